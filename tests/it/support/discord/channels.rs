//! Channels as the bot's posts meet them: the messages it posts there (which
//! [`super::posts`] creates and edits), channels that refuse them or take them slowly, as
//! Discord would, channels in which members may not post, and which guild each channel is in.

use std::collections::{HashMap, HashSet};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

/// A message the bot posted in a channel, as it sent it; what members see now, after edits
/// and clicks, is its [`super::model::Message`] (`FakeDiscord::post`).
#[derive(Debug, Clone)]
pub struct Post {
    pub id: u64,
    pub channel: u64,
    pub content: String,
    /// Action rows, as the bot sent them.
    pub components: Vec<Value>,
    /// `allowed_mentions` as the bot sent it (`Null` when it sent none).
    pub allowed_mentions: Value,
    pub at: Instant,
}

/// How a channel turns the bot away.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// A role override takes Send Messages from the bot: 403, code 50013.
    MissingPermissions,
    /// The bot cannot see the channel: 403, code 50001.
    MissingAccess,
    /// The channel was deleted: 404, code 10003.
    Deleted,
}

impl Refusal {
    pub(super) fn answer(self) -> (u16, Value) {
        let (status, message, code) = match self {
            Self::MissingPermissions => (403, "Missing Permissions", 50013),
            Self::MissingAccess => (403, "Missing Access", 50001),
            Self::Deleted => (404, "Unknown Channel", 10003),
        };
        (status, json!({"message": message, "code": code}))
    }
}

#[derive(Debug, Default)]
pub struct Channels {
    pub posts: Vec<Post>,
    pub refusing: HashMap<u64, Refusal>,
    /// Channels whose every post is answered only after this long: a channel Discord
    /// rate-limits (about 5 messages per 5 s), whose posts the bot's HTTP client waits for.
    /// Per channel, where a planned fault is per route, so other channels stay fast.
    pub slow: HashMap<u64, Duration>,
    /// Channels members may read but not post in, like an announcements channel; the bot
    /// still may. A command naming one carries the member's permissions there without
    /// Send Messages.
    pub muted: HashSet<u64>,
    /// The guild of each channel a member named in a command, or a test added: the channels
    /// `GET /channels/{id}` knows.
    pub guild_of: HashMap<u64, u64>,
    /// Each guild's Discord language (`guild_locale`) where a test set one; en-US otherwise.
    pub guild_locales: HashMap<u64, String>,
}
