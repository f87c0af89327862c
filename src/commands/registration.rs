//! Registering the slash commands with Discord, beside the event stream rather than before
//! it.
//!
//! poise holds back every event until its setup returns, each waiting task polling every
//! 100 ms. Discord sends one `GUILD_CREATE` per guild right after `READY`, so registering
//! inside the setup (a round trip to Discord) kept that whole burst in memory at once:
//! measured with 10,000 guilds, a peak of 83–105 MB instead of about 30 MB (BENCHMARKS.md).
//! Commands registered by an earlier start keep working meanwhile.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use poise::serenity_prelude as serenity;

use super::{CommandError, Data};

/// What the registration needs, taken from the framework while its setup runs.
pub struct Registration {
    pub http: Arc<serenity::Http>,
    pub commands: Vec<serenity::CreateCommand>,
    pub dev_guild: Option<u64>,
    pub shard_manager: Arc<serenity::ShardManager>,
    /// Set when Discord refuses the registration; `startup` then exits with an error.
    pub failed: Arc<AtomicBool>,
    /// For the "ready" line.
    pub user: String,
    pub guilds: usize,
}

impl Registration {
    pub fn new(
        ctx: &serenity::Context,
        ready: &serenity::Ready,
        framework: &poise::Framework<Data, CommandError>,
        dev_guild: Option<u64>,
        failed: Arc<AtomicBool>,
    ) -> Self {
        Self {
            http: ctx.http.clone(),
            commands: poise::builtins::create_application_commands(&framework.options().commands),
            dev_guild,
            shard_manager: framework.shard_manager().clone(),
            failed,
            user: ready.user.name.clone(),
            guilds: ready.guilds.len(),
        }
    }

    /// Registers in the background. On success logs "heo-bot is ready"; on a refusal logs
    /// Discord's answer, sets `failed` and stops the shards, rather than leave a bot running
    /// whose commands Discord may not show.
    pub fn spawn(self) {
        tokio::spawn(async move {
            match self.register().await {
                Ok(()) => {
                    tracing::info!(user = %self.user, guilds = self.guilds, "heo-bot is ready");
                }
                Err(error) => {
                    tracing::error!(
                        error = &error as &dyn std::error::Error,
                        "Discord refused the command registration; stopping"
                    );
                    self.failed.store(true, Ordering::SeqCst);
                    self.shard_manager.shutdown_all().await;
                }
            }
        });
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
