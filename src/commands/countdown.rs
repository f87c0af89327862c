//! `/server stop|restart|kill … warn:10m`: the same checks as the action at once, then a
//! public countdown in the channel instead of the action, and a private answer linking to it.

use chrono::Duration as ChronoDuration;

use crate::countdown::{BeginError, Plan};
use crate::domain::{PowerAction, WarnMessage, WarnPeriod};
use crate::power::PowerOutcome;
use crate::replies;

use super::server::checked_request;
use super::{CommandError, Context, respond};

/// Starts a countdown to `action` on `server`, warning the players for `warn`.
pub async fn run_warned(
    ctx: Context<'_>,
    action: PowerAction,
    server: &str,
    warn: &str,
    message: Option<String>,
) -> Result<(), CommandError> {
    let (warn, message) = match typed(warn, message.as_deref()) {
        Ok(typed) => typed,
        Err(refusal) => {
            ctx.send(respond::private(refusal)).await?;
            return Ok(());
        }
    };
    let Some(request) = checked_request(ctx, action, server).await? else {
        return Ok(());
    };
    // Posting the countdown and storing it can take longer than Discord's 3 s.
    ctx.defer_ephemeral().await?;
    let data = ctx.data();
    let action_at = data.countdowns.clock().now()
        + ChronoDuration::from_std(warn.duration()).unwrap_or(ChronoDuration::MAX);
    let plan = Plan {
        request: request.clone(),
        warn,
        message,
        channel: ctx.channel_id().get(),
        action_at,
    };
    let text = match data.countdowns.begin(plan).await {
        Ok(countdown) => replies::countdown_started(&countdown, request.guild),
        Err(error) => {
            let outcome = match error {
                BeginError::NoKey => PowerOutcome::NoKey,
                BeginError::Refused(refusal) => PowerOutcome::Refused(refusal),
                BeginError::Store(_) => PowerOutcome::StoreFailed,
                BeginError::AlreadyRunning => {
                    let text = replies::countdown_already_running(&request);
                    ctx.send(respond::private(text)).await?;
                    return Ok(());
                }
                BeginError::CannotPost(_) => {
                    ctx.send(respond::private(replies::countdown_cannot_post()))
                        .await?;
                    return Ok(());
                }
            };
            data.power.record(&request, &outcome);
            replies::power_outcome(&request, &outcome)
        }
    };
    ctx.send(respond::private(text)).await?;
    Ok(())
}

/// The typed `warn` and `message`, or the private refusal of either.
fn typed(warn: &str, message: Option<&str>) -> Result<(WarnPeriod, Option<WarnMessage>), String> {
    let warn = WarnPeriod::parse(warn).map_err(replies::invalid_warn)?;
    let message = message
        .map(WarnMessage::parse)
        .transpose()
        .map_err(replies::invalid_warn_message)?;
    Ok((warn, message))
}
