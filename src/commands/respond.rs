//! Reply builders shared by the commands. Every message the bot sends or edits carries
//! [`no_pings`], so a server ID or name can never ping anyone.

use poise::CreateReply;
use poise::serenity_prelude as serenity;

/// The allowed mentions of every message the bot sends or edits, ephemeral ones included:
/// none. Set explicitly on each, not left to Discord's default (which pings whoever the text
/// mentions); the test Discord server fails any message without it.
pub fn no_pings() -> serenity::CreateAllowedMentions {
    serenity::CreateAllowedMentions::new()
}

/// A reply everyone in the channel sees.
pub fn public(text: String) -> CreateReply {
    CreateReply::default()
        .content(text)
        .ephemeral(false)
        .allowed_mentions(no_pings())
}

/// A reply only the invoking member sees.
pub fn private(text: String) -> CreateReply {
    CreateReply::default()
        .content(text)
        .ephemeral(true)
        .allowed_mentions(no_pings())
}

/// The guild the command runs in, or a private "guild only" answer. poise's `guild_only`
/// already refuses DMs; this keeps the types honest without an `unwrap`.
pub async fn guild_or_refuse(ctx: super::Context<'_>) -> Result<Option<u64>, super::CommandError> {
    match ctx.guild_id() {
        Some(guild) => Ok(Some(guild.get())),
        None => {
            ctx.send(private(crate::replies::guild_only())).await?;
            Ok(None)
        }
    }
}
