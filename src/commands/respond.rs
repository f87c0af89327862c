//! Reply builders shared by the commands. Every reply carries empty allowed mentions, so a
//! server ID or name can never ping anyone.

use poise::CreateReply;
use poise::serenity_prelude as serenity;

/// A reply everyone in the channel sees.
pub fn public(text: String) -> CreateReply {
    CreateReply::default()
        .content(text)
        .ephemeral(false)
        .allowed_mentions(serenity::CreateAllowedMentions::new())
}

/// A reply only the invoking member sees.
pub fn private(text: String) -> CreateReply {
    CreateReply::default()
        .content(text)
        .ephemeral(true)
        .allowed_mentions(serenity::CreateAllowedMentions::new())
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
