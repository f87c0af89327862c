//! Registering the slash commands with Discord, beside the event stream rather than before
//! it.
//!
//! poise holds back every event until its setup returns, each waiting task polling every
//! 100 ms. Discord sends one `GUILD_CREATE` per guild right after `READY`, so registering
//! inside the setup (a round trip to Discord) kept that whole burst in memory at once:
//! measured with 10,000 guilds, a peak of 83–105 MB instead of about 30 MB (BENCHMARKS.md).
//! Commands registered by an earlier start keep working meanwhile.

use std::sync::Arc;
use std::time::Duration;

use poise::serenity_prelude as serenity;

use super::discord_error::DiscordError;
use super::{CommandError, Data};
use crate::shutdown::Alarm;

/// How long to wait before each new attempt after a failure worth retrying: three attempts
/// in all, about three seconds, so a bot that cannot register stops soon.
const RETRY_DELAYS: [Duration; 2] = [Duration::from_secs(1), Duration::from_secs(2)];

/// What the registration needs, taken from the framework while its setup runs.
pub struct Registration {
    pub http: Arc<serenity::Http>,
    pub commands: Vec<serenity::CreateCommand>,
    pub dev_guild: Option<u64>,
    /// Raised when the registration fails for good.
    pub failed: RegistrationFailed,
    /// For the "ready" line.
    pub user: String,
    pub guilds: usize,
}

/// Raised when the registration has failed for good: `startup` then shuts down as it does on
/// SIGTERM and exits with an error.
pub type RegistrationFailed = Alarm<()>;

impl Registration {
    pub fn new(
        ctx: &serenity::Context,
        ready: &serenity::Ready,
        framework: &poise::Framework<Data, CommandError>,
        dev_guild: Option<u64>,
        failed: RegistrationFailed,
    ) -> Self {
        Self {
            http: ctx.http.clone(),
            commands: poise::builtins::create_application_commands(&framework.options().commands),
            dev_guild,
            failed,
            user: ready.user.name.clone(),
            guilds: ready.guilds.len(),
        }
    }

    /// Registers in the background. On success logs "heo-bot is ready"; on a failure that
    /// retrying did not cure, logs Discord's answer and raises `failed`, rather than leave a
    /// bot running whose commands Discord may not show.
    pub fn spawn(self) {
        tokio::spawn(async move {
            match self.register_with_retries().await {
                Ok(()) => {
                    tracing::info!(user = %self.user, guilds = self.guilds, "heo-bot is ready");
                }
                Err(error) => {
                    tracing::error!(
                        error = &error as &dyn std::error::Error,
                        "the command registration failed (Discord refused it, or failed every \
                         attempt); stopping"
                    );
                    self.failed.raise(());
                }
            }
        });
    }

    async fn register_with_retries(&self) -> Result<(), serenity::Error> {
        let mut delays = RETRY_DELAYS.iter();
        loop {
            let error = match self.register().await {
                Ok(()) => return Ok(()),
                Err(error) => error,
            };
            match delays.next() {
                Some(delay) if DiscordError::of(&error).worth_retrying() => {
                    tracing::warn!(
                        error = &error as &dyn std::error::Error,
                        retry_in_secs = delay.as_secs(),
                        "the command registration failed; retrying"
                    );
                    tokio::time::sleep(*delay).await;
                }
                _ => return Err(error),
            }
        }
    }

    async fn register(&self) -> Result<(), serenity::Error> {
        let commands = self.commands.clone();
        match self.dev_guild {
            Some(guild) => {
                serenity::GuildId::new(guild)
                    .set_commands(&self.http, commands)
                    .await?;
                tracing::info!(guild, "commands registered in the development guild");
            }
            None => {
                serenity::Command::set_global_commands(&self.http, commands).await?;
                tracing::info!(
                    "commands registered globally (Discord may take a while to show them)"
                );
            }
        }
        Ok(())
    }
}
