//! `/heo status`: HEO's own word on how it is doing, for anyone in the guild; and the reply
//! to a power action that adds it when HEO reports trouble.

use crate::power::{Power, PowerOutcome, PowerRequest};
use crate::replies;

use super::{CommandError, Context, respond};
use crate::i18n::Lang;

/// About HEO Systems itself.
// No default_member_permissions: HEO's status is public and harmless to show anyone.
#[poise::command(
    slash_command,
    guild_only,
    subcommands("heo_status"),
    subcommand_required
)]
pub async fn heo(_: Context<'_>) -> Result<(), CommandError> {
    Ok(())
}

/// Show whether HEO Systems reports a disruption or maintenance right now.
#[poise::command(slash_command, guild_only, rename = "status")]
async fn heo_status(ctx: Context<'_>) -> Result<(), CommandError> {
    // HEO may take up to its timeout to answer, longer than Discord waits for an answer.
    ctx.defer_ephemeral().await?;
    let status = ctx.data().power.heo_status().await;
    ctx.send(respond::private(replies::heo_status(
        respond::private_lang(ctx),
        &status,
    )))
    .await?;
    Ok(())
}

/// The channel's reply to a power action's outcome, with what HEO's status page says when
/// the failure may be HEO's own trouble and the page reports some (asked at most once a
/// minute, and never longer than HEO's timeout).
pub async fn outcome_reply(
    lang: Lang,
    power: &Power,
    request: &PowerRequest,
    outcome: &PowerOutcome,
) -> String {
    let trouble = power.outage_behind(outcome).await;
    replies::power_outcome_and_status(lang, request, outcome, trouble.as_ref())
}
