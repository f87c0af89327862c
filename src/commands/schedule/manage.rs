//! `/schedule list|remove|pause|resume|timezone`: private answers to the admin.

use crate::domain::Zone;
use crate::i18n::Lang;
use crate::replies;

use super::super::{CommandError, Context, complete, respond};

/// List this server's schedules and when each runs next.
#[poise::command(slash_command, guild_only, rename = "list")]
pub async fn schedule_list(ctx: Context<'_>) -> Result<(), CommandError> {
    let Some(guild) = respond::guild_or_refuse(ctx).await? else {
        return Ok(());
    };
    let schedules = ctx.data().schedules.list(guild).await?;
    say(ctx, replies::schedule_list(lang(ctx), &schedules)).await
}

/// Remove a schedule.
#[poise::command(slash_command, guild_only, rename = "remove")]
pub async fn schedule_remove(
    ctx: Context<'_>,
    #[description = "The schedule's number, as /schedule list shows it, e.g. 3"]
    #[max_length = 20]
    id: String,
) -> Result<(), CommandError> {
    let Some((guild, id)) = guild_and_schedule(ctx, &id).await? else {
        return Ok(());
    };
    let removed = ctx.data().schedules.remove(guild, id).await?;
    say(
        ctx,
        replies::schedule_removed(lang(ctx), removed.as_ref(), id),
    )
    .await
}

/// Pause a schedule: nothing runs until it is resumed.
#[poise::command(slash_command, guild_only, rename = "pause")]
pub async fn schedule_pause(
    ctx: Context<'_>,
    #[description = "The schedule's number, as /schedule list shows it, e.g. 3"]
    #[max_length = 20]
    id: String,
) -> Result<(), CommandError> {
    let Some((guild, id)) = guild_and_schedule(ctx, &id).await? else {
        return Ok(());
    };
    let paused = ctx.data().schedules.pause(guild, id).await?;
    say(
        ctx,
        replies::schedule_paused(lang(ctx), paused.as_ref(), id),
    )
    .await
}

/// Resume a paused schedule from its next run after now.
#[poise::command(slash_command, guild_only, rename = "resume")]
pub async fn schedule_resume(
    ctx: Context<'_>,
    #[description = "The schedule's number, as /schedule list shows it, e.g. 3"]
    #[max_length = 20]
    id: String,
) -> Result<(), CommandError> {
    let Some((guild, id)) = guild_and_schedule(ctx, &id).await? else {
        return Ok(());
    };
    let resumed = ctx.data().schedules.resume(guild, id).await?;
    say(ctx, replies::schedule_resumed(lang(ctx), &resumed, id)).await
}

/// Set this server's time zone for new schedules.
#[poise::command(slash_command, guild_only, rename = "timezone")]
pub async fn schedule_timezone(
    ctx: Context<'_>,
    #[description = "IANA time zone, e.g. Europe/Berlin"]
    #[autocomplete = "complete::zones"]
    #[max_length = 64]
    zone: String,
) -> Result<(), CommandError> {
    let Some(guild) = respond::guild_or_refuse(ctx).await? else {
        return Ok(());
    };
    let Ok(zone) = Zone::parse(&zone) else {
        return say(ctx, replies::schedule_invalid_zone(lang(ctx), &zone)).await;
    };
    let member = ctx.author().id.get();
    ctx.data()
        .schedules
        .set_guild_zone(guild, zone, member)
        .await?;
    say(ctx, replies::schedule_zone_set(lang(ctx), zone)).await
}

/// The guild and the typed schedule number, or `None` once the member was told privately why
/// not (outside a guild, or not a number).
async fn guild_and_schedule(
    ctx: Context<'_>,
    typed: &str,
) -> Result<Option<(u64, i64)>, CommandError> {
    let Some(guild) = respond::guild_or_refuse(ctx).await? else {
        return Ok(None);
    };
    match schedule_id(typed) {
        Some(id) => Ok(Some((guild, id))),
        None => {
            say(ctx, replies::schedule_invalid_id(lang(ctx), typed)).await?;
            Ok(None)
        }
    }
}

/// `3` or `#3`, as the list shows it. A text option, not an integer one: poise declares an
/// integer option's bounds as floating-point numbers, which Discord's schema types as integers.
fn schedule_id(typed: &str) -> Option<i64> {
    let typed = typed.trim();
    let digits = typed.strip_prefix('#').unwrap_or(typed);
    digits.parse().ok().filter(|id| *id > 0)
}

/// The language of every answer here: they are private, so the admin's own.
fn lang(ctx: Context<'_>) -> Lang {
    respond::private_lang(ctx)
}

async fn say(ctx: Context<'_>, text: String) -> Result<(), CommandError> {
    ctx.send(respond::private(text)).await?;
    Ok(())
}
