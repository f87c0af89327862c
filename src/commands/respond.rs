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
