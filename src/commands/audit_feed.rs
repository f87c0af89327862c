//! The Discord side of the audit channel: posting a line in a channel, and what a refusal
//! from Discord means for the member who picked that channel.

use std::sync::Arc;

use poise::serenity_prelude as serenity;

use crate::power::{AuditFeed, AuditRow, CannotPost, FeedError, Posting};
use crate::replies;

use super::discord_answer;

/// Discord's JSON error codes for a channel the bot may not post in, for a deleted one, and
/// for one that takes no text.
const MISSING_ACCESS: isize = 50001;
const MISSING_PERMISSIONS: isize = 50013;
const UNKNOWN_CHANNEL: isize = 10003;
const NOT_A_TEXT_CHANNEL: isize = 50008;

/// Posts audit entries with the bot's own HTTP client.
pub struct DiscordFeed {
    http: Arc<serenity::Http>,
}

impl DiscordFeed {
    pub fn new(http: Arc<serenity::Http>) -> Arc<Self> {
        Arc::new(Self { http })
    }
}

impl AuditFeed for DiscordFeed {
    fn post<'a>(&'a self, channel: u64, entry: &'a AuditRow) -> Posting<'a> {
        Box::pin(async move {
            let text = replies::audit_feed_line(entry);
            post_line(&self.http, channel, text)
                .await
                .map_err(|error| FeedError {
                    why: cannot_post(&error),
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
        .allowed_mentions(serenity::CreateAllowedMentions::new());
    serenity::ChannelId::new(channel)
        .send_message(http, message)
        .await?;
    Ok(())
}

/// What Discord's refusal to post means for the member who picked the channel.
pub fn cannot_post(error: &serenity::Error) -> CannotPost {
    match discord_answer(error) {
        Some(answer) => classify(answer.status, answer.code),
        None => CannotPost::DiscordFailed,
    }
}

/// Discord's answer to a post, by HTTP status and JSON error code. Only Unknown Channel
/// means the channel is gone: it turns the audit channel off, so a bare 404 (a proxy, a
/// wrong URL) must not count as one.
fn classify(status: u16, code: isize) -> CannotPost {
    match (status, code) {
        (_, MISSING_ACCESS | MISSING_PERMISSIONS) | (403, _) => CannotPost::NotAllowed,
        (_, UNKNOWN_CHANNEL) => CannotPost::Deleted,
        (_, NOT_A_TEXT_CHANNEL) => CannotPost::TakesNoMessages,
        _ => CannotPost::DiscordFailed,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
