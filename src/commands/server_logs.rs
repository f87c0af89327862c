//! `/server logs`: the last lines of a game server's latest log, privately.

use poise::serenity_prelude as serenity;

use crate::domain::{Grantable, Verdict};
use crate::replies::{self, LogReply};

use super::standing::{invoker, standing};
use super::{CommandError, Context, complete, respond};

/// Lines shown when the member does not say.
const DEFAULT_LINES: u16 = 50;
/// The most lines asked for at once: 500 long lines still fit the kept end of a log.
const MAX_LINES: u16 = 500;

/// Show the last lines of a game server's latest log (only you see it).
#[poise::command(slash_command, guild_only, rename = "logs")]
pub async fn server_logs(
    ctx: Context<'_>,
    #[description = "Server name, or ID as shown in the HEO dashboard, e.g. srv_123"]
    #[autocomplete = "complete::servers"]
    #[max_length = 100]
    server: String,
    #[description = "How many of the last lines to show (default 50)"]
    #[min = 1]
    #[max = 500]
    lines: Option<u16>,
) -> Result<(), CommandError> {
    let Some(guild) = respond::guild_or_refuse(ctx).await? else {
        return Ok(());
    };
    let (power, member) = (&ctx.data().power, ctx.author().id.get());
    // Everything here is private: the invoker's language.
    let lang = respond::private_lang(ctx);
    let standing = standing(guild, invoker(ctx));
    let (target, verdict) = tokio::join!(
        power.resolve(guild, &server),
        power.permits(guild, Grantable::Logs, member, &standing)
    );
    let target = match target {
        Ok(target) => target,
        Err(reason) => {
            let text = replies::invalid_server_id(lang, reason);
            ctx.send(respond::private(text)).await?;
            return Ok(());
        }
    };
    if let Verdict::Refused { roles } = verdict? {
        let text = replies::not_permitted(lang, guild, Grantable::Logs, &roles);
        ctx.send(respond::private(text)).await?;
        return Ok(());
    }
    // Held until the answer is sent, so a shutdown waits for it as for a power action.
    let _running = ctx.data().drain.enter().ok_or(CommandError::ShuttingDown)?;
    let (id, name) = (target.id.as_str(), target.name.as_deref());
    let admitted = match power.admit_call(guild) {
        Ok(admitted) => admitted,
        Err(refusal) => {
            let text = replies::log_refused(lang, id, name, refusal);
            ctx.send(respond::private(text)).await?;
            return Ok(());
        }
    };
    ctx.defer_ephemeral().await?;
    let outcome = power.latest_log(admitted, &target.id).await;
    let lines = usize::from(lines.unwrap_or(DEFAULT_LINES).clamp(1, MAX_LINES));
    let reply = match replies::log_reply(lang, id, name, lines, &outcome) {
        LogReply::Text(text) => respond::private(text),
        LogReply::File {
            text,
            filename,
            bytes,
        } => respond::private(text).attachment(serenity::CreateAttachment::bytes(bytes, filename)),
    };
    ctx.send(reply).await?;
    Ok(())
}
