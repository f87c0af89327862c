//! The Discord side of the audit channel: posting a line in a channel, and what a refusal
//! from Discord means for the member who picked that channel.

use std::sync::Arc;

use poise::serenity_prelude as serenity;

use crate::power::{AuditFeed, AuditRow, CannotPost, FeedError, Posting};
use crate::replies;

/// Discord's JSON error codes for a channel the bot may not post in, and for one that does
/// not exist or takes no text.
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
    let serenity::Error::Http(serenity::HttpError::UnsuccessfulRequest(response)) = error else {
        return CannotPost::DiscordFailed;
    };
    match (response.error.code, response.status_code.as_u16()) {
        (MISSING_ACCESS | MISSING_PERMISSIONS, _) | (_, 403) => CannotPost::NotAllowed,
        (UNKNOWN_CHANNEL | NOT_A_TEXT_CHANNEL, _) | (_, 404) => CannotPost::NoSuchChannel,
        _ => CannotPost::DiscordFailed,
    }
}
