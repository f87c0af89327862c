//! Thin poise adapters: declare permissions, acknowledge, call `power`, reply.

mod audit_channel;
mod audit_feed;
mod clearance;
mod complete;
mod errors;
mod keys;
mod kill_prompt;
mod power_role;
mod registration;
mod respond;
mod server;
mod server_history;
mod server_names;

use poise::serenity_prelude as serenity;

use crate::in_flight::InFlight;
use crate::power::Power;
use crate::store::StoreError;

pub use audit_feed::DiscordFeed;
pub use kill_prompt::KillPrompts;
pub use registration::RegistrationFailed;

/// What every command can reach.
pub struct Data {
    pub power: Power,
    pub kill_prompts: KillPrompts,
    /// Power actions under way; closed once shutdown begins.
    pub in_flight: InFlight,
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
}

pub type Context<'a> = poise::Context<'a, Data, CommandError>;
pub type ApplicationContext<'a> = poise::ApplicationContext<'a, Data, CommandError>;

/// Every command the bot registers.
pub fn all() -> Vec<poise::Command<Data, CommandError>> {
    vec![
        server::server(),
        power_role::power_role(),
        keys::link_key(),
        keys::unlink_key(),
        audit_channel::audit_channel(),
    ]
}

/// The poise framework: commands, error replies, button handling and registration.
///
/// The commands are registered in the background (see `registration`); a registration that
/// fails for good raises `registration_failed`, on which `startup` shuts down.
pub fn framework(
    data: Data,
    dev_guild: Option<u64>,
    registration_failed: RegistrationFailed,
) -> poise::Framework<Data, CommandError> {
    poise::Framework::builder()
        .options(poise::FrameworkOptions {
            commands: all(),
            on_error: |error| Box::pin(errors::on_error(error)),
            command_check: Some(|ctx| Box::pin(refuse_while_shutting_down(ctx))),
            event_handler: |framework, event| {
                Box::pin(on_event(
                    framework.serenity_context,
                    event,
                    framework.user_data,
                ))
            },
            // A reply never pings anyone, whatever a user typed into a server ID.
            allowed_mentions: Some(serenity::CreateAllowedMentions::new()),
            // The bot has no owner-only commands, so it need not look owners up at start.
            initialize_owners: false,
            ..Default::default()
        })
        .setup(move |ctx, ready, framework| {
            registration::Registration::new(ctx, ready, framework, dev_guild, registration_failed)
                .spawn();
            Box::pin(async move { Ok(data) })
        })
        .build()
}

/// Once shutdown has begun, every new command is answered "restarting" (by `on_error`)
/// instead of being started and then cut off.
async fn refuse_while_shutting_down(ctx: Context<'_>) -> Result<bool, CommandError> {
    if ctx.data().in_flight.is_closed() {
        return Err(CommandError::ShuttingDown);
    }
    Ok(true)
}

/// Discord's answer to a REST call it refused: the HTTP status and Discord's JSON error
/// code (-1 when the body was not Discord's JSON, as from a proxy). `None` when no answer
/// came (a network error) or the error is not a refused call. The one place that reads them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DiscordAnswer {
    pub status: u16,
    pub code: isize,
}

pub fn discord_answer(error: &serenity::Error) -> Option<DiscordAnswer> {
    match error {
        serenity::Error::Http(serenity::HttpError::UnsuccessfulRequest(response)) => {
            Some(DiscordAnswer {
                status: response.status_code.as_u16(),
                code: response.error.code,
            })
        }
        _ => None,
    }
}

async fn on_event(
    ctx: &serenity::Context,
    event: &serenity::FullEvent,
    data: &Data,
) -> Result<(), CommandError> {
    match event {
        serenity::FullEvent::InteractionCreate {
            interaction: serenity::Interaction::Component(click),
        } => kill_prompt::on_click(ctx, click, data).await?,
        // `unavailable` is set when Discord has an outage; only a real removal (kicked, or
        // the guild deleted) leaves it unset.
        serenity::FullEvent::GuildDelete { incomplete, .. } if !incomplete.unavailable => {
            data.power.forget_guild(incomplete.id.get()).await?;
        }
        _ => {}
    }
    Ok(())
}
