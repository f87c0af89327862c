//! `/server start|stop|restart|kill`; `/server add|remove|list` are in `server_names`,
//! `/server history` in `server_history`, `/server logs` in `server_logs`, `/server panel`
//! in `panel`.

use crate::domain::{PowerAction, Verdict};
use crate::power::{CommandRefusal, PowerOutcome, PowerRequest};
use crate::replies;
use crate::store::StoreError;

use super::metered::AckClock;
use super::panel::server_panel;
use super::server_history::server_history;
use super::server_logs::server_logs;
use super::server_names::{server_add, server_list, server_remove};
use super::standing::{invoker, standing};
use super::{CommandError, Context, complete, countdown, heo, kill_prompt, respond};

/// Start, stop, restart or kill a game server hosted at HEO.
#[poise::command(
    slash_command,
    guild_only,
    subcommands(
        "server_start",
        "server_stop",
        "server_restart",
        "server_kill",
        "server_add",
        "server_remove",
        "server_list",
        "server_history",
        "server_logs",
        "server_panel"
    ),
    subcommand_required,
    default_member_permissions = "MANAGE_GUILD"
)]
pub async fn server(_: Context<'_>) -> Result<(), CommandError> {
    Ok(())
}

/// Start a game server.
#[poise::command(slash_command, guild_only, rename = "start")]
async fn server_start(
    ctx: Context<'_>,
    #[description = "Server name, or ID as shown in the HEO dashboard, e.g. srv_123"]
    #[autocomplete = "complete::servers"]
    #[max_length = 100]
    server: String,
) -> Result<(), CommandError> {
    run_now(ctx, PowerAction::Start, &server).await
}

/// Stop a game server gracefully (warn:10m warns the players first, with a countdown).
#[poise::command(slash_command, guild_only, rename = "stop")]
async fn server_stop(
    ctx: Context<'_>,
    #[description = "Server name, or ID as shown in the HEO dashboard, e.g. srv_123"]
    #[autocomplete = "complete::servers"]
    #[max_length = 100]
    server: String,
    #[description = "Warn the players first for this long, e.g. 10m, 90s (up to 1h)"]
    #[max_length = 20]
    warn: Option<String>,
    #[description = "What the players are told with the warnings, e.g. Back in 5 minutes!"]
    #[max_length = 200]
    message: Option<String>,
) -> Result<(), CommandError> {
    match warn {
        Some(warn) => countdown::run_warned(ctx, PowerAction::Stop, &server, &warn, message).await,
        None => run_now(ctx, PowerAction::Stop, &server).await,
    }
}

/// Restart a game server (warn:10m warns the players first, with a countdown).
#[poise::command(slash_command, guild_only, rename = "restart")]
async fn server_restart(
    ctx: Context<'_>,
    #[description = "Server name, or ID as shown in the HEO dashboard, e.g. srv_123"]
    #[autocomplete = "complete::servers"]
    #[max_length = 100]
    server: String,
    #[description = "Warn the players first for this long, e.g. 10m, 90s (up to 1h)"]
    #[max_length = 20]
    warn: Option<String>,
    #[description = "What the players are told with the warnings, e.g. Back in 5 minutes!"]
    #[max_length = 200]
    message: Option<String>,
) -> Result<(), CommandError> {
    match warn {
        Some(warn) => {
            countdown::run_warned(ctx, PowerAction::Restart, &server, &warn, message).await
        }
        None => run_now(ctx, PowerAction::Restart, &server).await,
    }
}

/// Kill a game server at once (asks for confirmation unless force is true, or warn is given).
#[poise::command(slash_command, guild_only, rename = "kill")]
async fn server_kill(
    ctx: Context<'_>,
    #[description = "Server name, or ID as shown in the HEO dashboard, e.g. srv_123"]
    #[autocomplete = "complete::servers"]
    #[max_length = 100]
    server: String,
    #[description = "Skip the confirmation prompt and kill at once"] force: Option<bool>,
    #[description = "Warn the players first for this long, with a countdown (no prompt), e.g. 1m"]
    #[max_length = 20]
    warn: Option<String>,
    #[description = "What the players are told with the warnings"]
    #[max_length = 200]
    message: Option<String>,
) -> Result<(), CommandError> {
    // A warned kill is confirmed by its countdown: it is public, has an Abort button, and
    // gives everyone the whole warning to press it.
    if let Some(warn) = warn {
        return countdown::run_warned(ctx, PowerAction::Kill, &server, &warn, message).await;
    }
    if force == Some(true) {
        return run_now(ctx, PowerAction::Kill, &server).await;
    }
    let ack = AckClock::of(ctx);
    let Some(request) = checked_request(ctx, PowerAction::Kill, &server).await? else {
        ack.answered();
        return Ok(());
    };
    // The prompt, or a private refusal, is the answer.
    kill_prompt::ask(ctx, request).await?;
    ack.answered();
    Ok(())
}

/// Passes the guards (or answers privately why not), acknowledges publicly, sends the
/// action, and replies with its outcome in the channel.
async fn run_now(ctx: Context<'_>, action: PowerAction, server: &str) -> Result<(), CommandError> {
    let ack = AckClock::of(ctx);
    let Some(request) = checked_request(ctx, action, server).await? else {
        ack.answered();
        return Ok(());
    };
    // Held until the outcome is posted, so a shutdown waits for it.
    let _running = ctx.data().drain.enter().ok_or(CommandError::ShuttingDown)?;
    let power = &ctx.data().power;
    // Refusals that need no database or provider come before the acknowledgement, so they
    // stay private: a member mashing the command must not fill the channel.
    let admitted = match power.admit(&request) {
        Ok(admitted) => admitted,
        Err(refusal) => {
            let text = replies::refused(respond::private_lang(ctx), &request, refusal);
            ctx.send(respond::private(text)).await?;
            ack.answered();
            return Ok(());
        }
    };
    // Acknowledge before the provider is called: a slow provider must never make Discord
    // show "The application did not respond".
    ctx.defer().await?;
    ack.answered();
    let outcome = power.send(admitted).await;
    let lang = respond::public_lang(ctx).await;
    let text = heo::outcome_reply(lang, power, &request, &outcome).await;
    ctx.send(respond::public(text)).await?;
    Ok(())
}

/// Builds the request, or answers privately why it cannot be made (nothing is sent then):
/// the server ID is unusable, or the guild's per-action roles do not allow the member.
pub(super) async fn checked_request(
    ctx: Context<'_>,
    action: PowerAction,
    server: &str,
) -> Result<Option<PowerRequest>, CommandError> {
    let Some(guild) = respond::guild_or_refuse(ctx).await? else {
        return Ok(None);
    };
    let (power, member) = (&ctx.data().power, ctx.author().id.get());
    // Read from the interaction's own member, before anything is acknowledged.
    let standing = standing(guild, invoker(ctx));
    // Each may read SQLite when the guild's entry is not cached yet; side by side, that
    // costs the acknowledgement one round trip instead of two.
    let (target, verdict) = tokio::join!(
        power.resolve(guild, server),
        power.permits(guild, action, member, &standing)
    );
    let request = match target {
        Ok(target) => PowerRequest {
            guild,
            member,
            server: target.id,
            name: target.name,
            action,
            schedule: None,
            panel: None,
        },
        Err(reason) => {
            let text = replies::invalid_server_id(respond::private_lang(ctx), reason);
            ctx.send(respond::private(text)).await?;
            return Ok(None);
        }
    };
    Ok(permitted(ctx, &request, verdict).await?.then_some(request))
}

/// Whether the guild's per-action roles let the invoker make `request`; if not, says
/// privately which roles would. An unreadable database refuses (privately), as it would
/// refuse the send.
async fn permitted(
    ctx: Context<'_>,
    request: &PowerRequest,
    verdict: Result<Verdict, StoreError>,
) -> Result<bool, CommandError> {
    let power = &ctx.data().power;
    let (guild, action) = (request.guild, request.action);
    let outcome = match verdict {
        Ok(Verdict::Allowed) => return Ok(true),
        Ok(Verdict::Refused { roles }) => {
            // Spawned, so it never delays the reply, and kept even if the reply fails.
            power.record_refusal(request, CommandRefusal::NotPermitted);
            let text = replies::not_permitted(respond::private_lang(ctx), guild, action, &roles);
            ctx.send(respond::private(text)).await?;
            return Ok(false);
        }
        Err(error) => {
            let error = &error as &dyn std::error::Error;
            tracing::error!(guild, error, "could not read the role grants");
            PowerOutcome::StoreFailed
        }
    };
    power.record(request, &outcome);
    let text = replies::power_outcome(respond::private_lang(ctx), request, &outcome);
    ctx.send(respond::private(text)).await?;
    Ok(false)
}
