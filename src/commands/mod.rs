//! Thin poise adapters: declare permissions, acknowledge, call `power`, reply.

mod allowed_guilds;
mod audit_channel;
mod audit_poster;
mod click_answer;
mod complete;
mod countdown;
mod countdown_abort;
mod countdown_board;
mod discord_error;
mod errors;
mod heo;
mod http;
mod keys;
mod kill_prompt;
mod language;
mod localized;
mod metered;
mod panel;
mod power_role;
mod registration;
mod respond;
mod schedule;
mod server;
mod server_history;
mod server_logs;
mod server_names;
mod standing;

use poise::serenity_prelude as serenity;

use crate::countdown::Countdowns;
use crate::domain::AllowedGuilds;
use crate::power::{KillPrompts, Power};
use crate::schedule::Schedules;
use crate::shutdown::Drain;
use crate::store::StoreError;

pub use audit_poster::DiscordPoster;
pub use countdown_board::DiscordBoard;
pub use discord_error::DiscordError;
pub use http::discord_http;
pub use localized::{choice_id, message_id};
pub use registration::RegistrationFailed;

/// What every command can reach.
pub struct Data {
    pub power: Power,
    pub kill_prompts: KillPrompts,
    pub countdowns: Countdowns,
    /// Power actions under way; closed once shutdown begins.
    pub drain: Drain,
    /// The guilds the bot serves (`ALLOWED_GUILDS`); it leaves any other.
    pub allowed_guilds: AllowedGuilds,
    /// Scheduled power actions; changes made through it wake the scheduler.
    pub schedules: Schedules,
}

/// A failure inside a command. Logged with its cause; users get a sentence from `replies`.
#[derive(Debug, thiserror::Error)]
pub enum CommandError {
    /// A Discord API call failed (the reply could not be sent, the token expired, ...).
    #[error("a Discord request failed")]
    Discord(#[from] serenity::Error),
    /// The database failed.
    #[error("a database operation failed")]
    Store(#[from] StoreError),
    /// The bot is shutting down and takes no new actions; the user can retry after the
    /// restart.
    #[error("the bot is shutting down")]
    ShuttingDown,
    /// The command came from a guild `ALLOWED_GUILDS` does not list: nothing was read or sent,
    /// and the bot leaves that guild. Only the bot's owner can change the list.
    #[error("the guild is not in ALLOWED_GUILDS")]
    GuildNotServed,
}

pub type Context<'a> = poise::Context<'a, Data, CommandError>;
pub type ApplicationContext<'a> = poise::ApplicationContext<'a, Data, CommandError>;

/// Every command the bot registers, described in every language.
pub fn all() -> Vec<poise::Command<Data, CommandError>> {
    let mut commands = vec![
        server::server(),
        power_role::power_role(),
        keys::link_key(),
        keys::unlink_key(),
        audit_channel::audit_channel(),
        schedule::schedule(),
        heo::heo(),
        language::language(),
    ];
    localized::localize(&mut commands);
    commands
}

/// The poise framework: commands, error replies, button handling and registration.
///
/// The commands are registered in the background (see `registration`); a registration that
/// fails for good raises `registration_failed`, on which `startup` shuts down.
/// The commands, their checks and event handling. `registers`: whether this process registers
/// the commands with Discord (with several processes, only the one running shard 0 does).
pub fn framework(
    data: Data,
    dev_guild: Option<u64>,
    registers: bool,
    registration_failed: RegistrationFailed,
) -> poise::Framework<Data, CommandError> {
    poise::Framework::builder()
        .options(poise::FrameworkOptions {
            commands: all(),
            on_error: |error| Box::pin(errors::on_error(error)),
            command_check: Some(|ctx| Box::pin(command_check(ctx))),
            post_command: |ctx| Box::pin(metered::finished(ctx)),
            event_handler: |framework, event| {
                Box::pin(on_event(
                    framework.serenity_context,
                    event,
                    framework.user_data,
                ))
            },
            // A reply never pings anyone, whatever a user typed into a server ID.
            allowed_mentions: Some(respond::no_pings()),
            // The bot has no owner-only commands, so it need not look owners up at start.
            initialize_owners: false,
            ..Default::default()
        })
        .setup(move |ctx, ready, framework| {
            if registers {
                registration::Registration::new(
                    ctx,
                    ready,
                    framework,
                    dev_guild,
                    registration_failed,
                )
                .spawn();
            } else {
                tracing::info!(
                    user = %ready.user.name,
                    "heo-bot is ready; the process running shard 0 registers the commands"
                );
            }
            Box::pin(async move { Ok(data) })
        })
        .build()
}

/// A command from a guild the bot does not serve is refused before it reads or sends
/// anything. Once shutdown has begun, every new command is answered "restarting" (by
/// `on_error`) instead of being started and then cut off.
async fn command_check(ctx: Context<'_>) -> Result<bool, CommandError> {
    if !allowed_guilds::serves(ctx.data(), ctx.guild_id()) {
        return Err(CommandError::GuildNotServed);
    }
    if ctx.data().drain.is_closed() {
        return Err(CommandError::ShuttingDown);
    }
    Ok(true)
}

async fn on_event(
    ctx: &serenity::Context,
    event: &serenity::FullEvent,
    data: &Data,
) -> Result<(), CommandError> {
    match event {
        serenity::FullEvent::InteractionCreate {
            interaction: serenity::Interaction::Component(click),
        } => {
            // Each handler ignores the other's buttons; only the one whose button it is counts.
            let custom_id = &click.data.custom_id;
            let (button, clicked) = if countdown_board::abort_target(custom_id).is_some() {
                let clicked = countdown_abort::on_click(ctx, click, data).await;
                (metered::ABORT_BUTTON, clicked)
            } else if let Some(target) = panel::panel_button(custom_id) {
                let clicked = panel::on_click(ctx, click, data, target).await;
                (metered::PANEL_BUTTON, clicked)
            } else {
                let clicked = kill_prompt::on_click(ctx, click, data).await;
                (metered::KILL_BUTTON, clicked)
            };
            metered::clicked(data, button, &clicked);
            clicked?;
        }
        serenity::FullEvent::GuildCreate { guild, .. } => {
            if data.allowed_guilds.allows(guild.id.get()) {
                data.power.metrics().guild_available(guild.id.get());
                // What a countdown or a scheduled run in this guild speaks, unless an admin
                // chose otherwise with `/language set`.
                let locale = Some(guild.preferred_locale.as_str());
                data.power.note_guild_locale(guild.id.get(), locale);
            }
            allowed_guilds::leave_unless_served(ctx, guild.id, data).await;
        }
        serenity::FullEvent::GuildUpdate { new_data, .. } => {
            let locale = Some(new_data.preferred_locale.as_str());
            data.power.note_guild_locale(new_data.id.get(), locale);
        }
        serenity::FullEvent::GuildDelete { incomplete, .. } => {
            data.power.metrics().guild_gone(incomplete.id.get());
            // `unavailable` is set when Discord has an outage; only a real removal (kicked,
            // or the guild deleted) leaves it unset.
            if !incomplete.unavailable {
                data.power.forget_guild(incomplete.id.get()).await?;
            }
        }
        _ => {}
    }
    Ok(())
}
