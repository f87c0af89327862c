//! `/server history`: the guild's audit trail, privately.

use crate::domain::HistoryKind;
use crate::replies;

use super::{CommandError, Context, complete, respond};

/// How many entries `/server history` shows.
const HISTORY_LEN: u32 = 10;

/// Show the last 10 power actions sent to HEO here, or on one game server.
#[poise::command(slash_command, guild_only, rename = "history")]
pub async fn server_history(
    ctx: Context<'_>,
    #[description = "Only this server (name or ID); leave empty for all"]
    #[autocomplete = "complete::servers"]
    #[max_length = 100]
    server: Option<String>,
    #[description = "List the requests refused or cancelled before reaching HEO instead"]
    refusals: Option<bool>,
) -> Result<(), CommandError> {
    let Some(guild) = respond::guild_or_refuse(ctx).await? else {
        return Ok(());
    };
    let power = &ctx.data().power;
    let target = match server {
        Some(typed) => match power.resolve(guild, &typed).await {
            Ok(target) => Some(target),
            Err(reason) => {
                let text = replies::invalid_server_id(respond::private_lang(ctx), reason);
                ctx.send(respond::private(text)).await?;
                return Ok(());
            }
        },
        None => None,
    };
    let kind = if refusals == Some(true) {
        HistoryKind::NotSent
    } else {
        HistoryKind::Sent
    };
    let id = target.as_ref().map(|target| &target.id);
    let entries = power.audit().history(guild, id, kind, HISTORY_LEN).await?;
    let scope = target
        .as_ref()
        .map(|target| (target.id.as_str(), target.name.as_deref()));
    let text = replies::audit_history(respond::private_lang(ctx), &entries, scope, kind);
    ctx.send(respond::private(text)).await?;
    Ok(())
}
