//! `/server stop|restart|kill … warn:10m`: the same checks as the action at once, then a
//! public countdown in the channel instead of the action, and a private answer linking to it.

use chrono::Duration as ChronoDuration;

use crate::countdown::{BeginError, Countdown, Plan};
use crate::domain::{PowerAction, WarnMessage, WarnPeriod};
use crate::i18n::Lang;
use crate::power::{PowerOutcome, PowerRequest};
use crate::replies;

use super::server::checked_request;
use super::{CommandError, Context, Data, respond};

/// Starts a countdown to `action` on `server`, warning the players for `warn`.
pub async fn run_warned(
    ctx: Context<'_>,
    action: PowerAction,
    server: &str,
    warn: &str,
    message: Option<String>,
) -> Result<(), CommandError> {
    // Every answer here is the invoker's alone; the countdown itself reads the guild's language.
    let lang = respond::private_lang(ctx);
    let (warn, message) = match typed(lang, warn, message.as_deref()) {
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
    let channel = ctx.channel_id().get();
    let begun = begin(ctx.data(), lang, request, warn, message, channel).await;
    ctx.send(respond::private(begun.text)).await?;
    Ok(())
}

/// What beginning a countdown came to: the private answer, and the countdown if it began.
pub(super) struct Begun {
    pub text: String,
    pub countdown: Option<Countdown>,
}

/// Begins a countdown to `request` in `channel`, warning the players for `warn` (a command's
/// or a panel's); the private answer is in `lang`. A countdown that cannot begin is recorded
/// as the refusal it is.
pub(super) async fn begin(
    data: &Data,
    lang: Lang,
    request: PowerRequest,
    warn: WarnPeriod,
    message: Option<WarnMessage>,
    channel: u64,
) -> Begun {
    let action_at = data.countdowns.clock().now()
        + ChronoDuration::from_std(warn.duration()).unwrap_or(ChronoDuration::MAX);
    let plan = Plan {
        request: request.clone(),
        warn,
        message,
        channel,
        action_at,
    };
    let error = match data.countdowns.begin(plan).await {
        Ok(countdown) => {
            let text = replies::countdown_started(lang, &countdown, request.guild);
            return Begun {
                text,
                countdown: Some(countdown),
            };
        }
        Err(error) => error,
    };
    let outcome = match error {
        BeginError::NoKey => PowerOutcome::NoKey,
        BeginError::Refused(refusal) => PowerOutcome::Refused(refusal),
        BeginError::Store(_) => PowerOutcome::StoreFailed,
        BeginError::AlreadyRunning => {
            return not_begun(replies::countdown_already_running(lang, &request));
        }
        BeginError::CannotPost(_) => return not_begun(replies::countdown_cannot_post(lang)),
    };
    data.power.record(&request, &outcome);
    not_begun(replies::power_outcome(lang, &request, &outcome))
}

fn not_begun(text: String) -> Begun {
    Begun {
        text,
        countdown: None,
    }
}

/// The typed `warn` and `message`, or the private refusal of either (in `lang`).
pub(super) fn typed(
    lang: Lang,
    warn: &str,
    message: Option<&str>,
) -> Result<(WarnPeriod, Option<WarnMessage>), String> {
    let warn = WarnPeriod::parse(warn).map_err(|reason| replies::invalid_warn(lang, reason))?;
    let message = message
        .map(WarnMessage::parse)
        .transpose()
        .map_err(|reason| replies::invalid_warn_message(lang, reason))?;
    Ok((warn, message))
}
