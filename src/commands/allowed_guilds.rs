//! `ALLOWED_GUILDS`: a bot that serves only the Discord servers its owner listed. Anyone can
//! add a public bot to a server; with a list, the bot leaves every other server as soon as
//! Discord announces it (at start, and when the bot is added), and refuses any command that
//! arrives from one before it has left, without reading the database or calling HEO.

use poise::serenity_prelude as serenity;

use super::Data;

/// Leaves `guild`, announced by a `GUILD_CREATE`, unless the bot serves it. One log line
/// either way it goes.
pub async fn leave_unless_served(ctx: &serenity::Context, guild: serenity::GuildId, data: &Data) {
    if data.allowed_guilds.allows(guild.get()) {
        return;
    }
    match guild.leave(&ctx.http).await {
        Ok(()) => tracing::warn!(
            guild = guild.get(),
            "left a Discord server that ALLOWED_GUILDS does not list"
        ),
        // Its commands are still refused; the next start tries again.
        Err(error) => tracing::warn!(
            guild = guild.get(),
            error = &error as &dyn std::error::Error,
            "could not leave a Discord server that ALLOWED_GUILDS does not list"
        ),
    }
}

/// Whether a command from `guild` (`None` in DMs, which poise refuses anyway) may run.
pub fn serves(data: &Data, guild: Option<serenity::GuildId>) -> bool {
    guild.is_none_or(|guild| data.allowed_guilds.allows(guild.get()))
}
