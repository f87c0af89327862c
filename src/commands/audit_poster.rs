//! The Discord side of the audit channel: posting a line in a channel, and what a refusal
//! from Discord means for the member who picked that channel.

use std::sync::Arc;

use poise::serenity_prelude as serenity;

use crate::audit::{CannotPost, PostError, Poster, Posting, Reading};
use crate::domain::AuditEntry;
use crate::i18n::Lang;
use crate::power::Power;
use crate::replies;

use super::discord_error::DiscordError;
use super::respond;

/// Posts audit entries with the bot's own HTTP client, in each guild's language.
pub struct DiscordPoster {
    http: Arc<serenity::Http>,
    /// Knows each guild's language. It owns the audit trail this poster is attached to, so
    /// the two keep each other alive: both live as long as the bot does.
    power: Power,
}

impl DiscordPoster {
    pub fn new(http: Arc<serenity::Http>, power: Power) -> Arc<Self> {
        Arc::new(Self { http, power })
    }
}

impl Poster for DiscordPoster {
    fn language(&self, guild: u64) -> Reading<'_> {
        Box::pin(self.power.guild_language(guild))
    }

    fn post<'a>(&'a self, channel: u64, lang: Lang, entry: &'a AuditEntry) -> Posting<'a> {
        Box::pin(async move {
            let text = replies::audit_channel_line(lang, entry);
            post_line(&self.http, channel, text)
                .await
                .map_err(|error| PostError {
                    why: cannot_post(DiscordError::of(&error)),
                    source: Box::new(error),
                })
        })
    }
}

/// Posts `text` in `channel`; a mention in it never pings.
pub async fn post_line(
    http: &serenity::Http,
    channel: u64,
    text: String,
) -> Result<(), serenity::Error> {
    let message = serenity::CreateMessage::new()
        .content(text)
        .allowed_mentions(respond::no_pings());
    serenity::ChannelId::new(channel)
        .send_message(http, message)
        .await?;
    Ok(())
}

/// What Discord's refusal to post means for the member who picked the channel. Only
/// Unknown Channel means the channel is gone: it turns the audit channel off.
pub fn cannot_post(error: DiscordError) -> CannotPost {
    match error {
        DiscordError::NotAllowed => CannotPost::NotAllowed,
        DiscordError::UnknownChannel => CannotPost::Deleted,
        DiscordError::NotATextChannel => CannotPost::TakesNoMessages,
        DiscordError::InvalidToken
        | DiscordError::UnknownMessage
        | DiscordError::RateLimited
        | DiscordError::Outage { .. }
        | DiscordError::Refused { .. }
        | DiscordError::NoAnswer
        | DiscordError::Other => CannotPost::DiscordFailed,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commands::discord_error::{
        MISSING_ACCESS, MISSING_PERMISSIONS, NOT_A_TEXT_CHANNEL, UNKNOWN_CHANNEL,
    };

    fn classify(status: u16, code: isize) -> CannotPost {
        cannot_post(DiscordError::from_answer(status, code))
    }

    #[test]
    fn a_refusal_is_classified_by_discords_code_and_only_unknown_channel_means_deleted() {
        assert_eq!(classify(403, MISSING_ACCESS), CannotPost::NotAllowed);
        assert_eq!(classify(403, MISSING_PERMISSIONS), CannotPost::NotAllowed);
        assert_eq!(classify(404, UNKNOWN_CHANNEL), CannotPost::Deleted);
        assert_eq!(
            classify(400, NOT_A_TEXT_CHANNEL),
            CannotPost::TakesNoMessages
        );
        // serenity's code for a body that is not Discord's JSON, as from a proxy.
        let bare = -1;
        assert_eq!(classify(403, bare), CannotPost::NotAllowed);
        assert_eq!(classify(404, bare), CannotPost::DiscordFailed);
        assert_eq!(classify(500, bare), CannotPost::DiscordFailed);
    }
}
