//! The audit channel: a guild may have each audit entry posted, one line per action, to a
//! channel of its choice. Posting is Discord's business, so this module only names what
//! the power desk needs ([`AuditFeed`]) and where the guild's channel is kept; the
//! commands plug in the Discord side once the client exists.

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, OnceLock};

use crate::store::{AuditRow, StoreError};

use super::{AuditEntry, Power};

/// Why a line could not be posted; logged as a warning, never shown to the member who acted.
#[derive(Debug, thiserror::Error)]
#[error("could not post in the channel ({why:?}): {source}")]
pub struct FeedError {
    pub why: CannotPost,
    #[source]
    pub source: Box<dyn std::error::Error + Send + Sync>,
}

/// A boxed future, so that [`AuditFeed`] can be a trait object.
pub type Posting<'a> = Pin<Box<dyn Future<Output = Result<(), FeedError>> + Send + 'a>>;

/// Why the bot could not post in a channel, as far as a member can act on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CannotPost {
    /// The bot may not see the channel or send messages there.
    NotAllowed,
    /// The channel was deleted (Discord's Unknown Channel): no change in it can bring the
    /// lines back; pick another channel.
    Deleted,
    /// The channel exists but takes no messages (not a text channel); pick a text channel.
    TakesNoMessages,
    /// Discord failed or could not be reached; trying again may work.
    DiscordFailed,
}

/// Posts one audit entry to a channel.
pub trait AuditFeed: Send + Sync + 'static {
    fn post<'a>(&'a self, channel: u64, entry: &'a AuditRow) -> Posting<'a>;
}

/// The feed, plugged in once the Discord client exists; until then (and in tests of the
/// power desk alone) nothing is posted.
#[derive(Clone, Default)]
pub(super) struct FeedSlot(Arc<OnceLock<Arc<dyn AuditFeed>>>);

impl fmt::Debug for FeedSlot {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("FeedSlot")
            .field("attached", &self.0.get().is_some())
            .finish()
    }
}

impl Power {
    /// Posts audit entries through `feed` from now on. Only the first feed attached counts.
    pub fn attach_audit_feed(&self, feed: Arc<dyn AuditFeed>) {
        if self.feed.0.set(feed).is_err() {
            tracing::warn!("an audit feed was already attached; keeping the first");
        }
    }

    /// Posts `guild`'s audit trail to `channel` from now on (the caller checked it can post
    /// there).
    pub async fn set_audit_channel(
        &self,
        guild: u64,
        channel: u64,
        member: u64,
    ) -> Result<(), StoreError> {
        self.store.set_audit_channel(guild, channel, member).await?;
        tracing::info!(guild, channel, member, "audit channel set");
        Ok(())
    }

    /// Stops posting `guild`'s audit trail. Returns the channel it went to, if any.
    pub async fn clear_audit_channel(
        &self,
        guild: u64,
        member: u64,
    ) -> Result<Option<u64>, StoreError> {
        let channel = self.store.clear_audit_channel(guild).await?;
        tracing::info!(guild, ?channel, member, "audit channel turned off");
        Ok(channel)
    }

    /// Whether a feed is attached: without one there is nothing to look up.
    pub(super) fn has_audit_feed(&self) -> bool {
        self.feed.0.get().is_some()
    }

    /// Posts `entries`, all `guild`'s, to its audit channel if it has one, in order. Runs in
    /// the background after they are stored: a channel the bot can no longer post in, or a
    /// Discord outage, is only logged.
    pub(super) async fn post_to_audit_channel(&self, guild: u64, entries: &[AuditEntry]) {
        let Some(feed) = self.feed.0.get() else {
            return;
        };
        let channel = match self.store.audit_channel(guild).await {
            Ok(Some(channel)) => channel,
            Ok(None) => return,
            Err(error) => {
                tracing::warn!(
                    guild,
                    error = &error as &dyn std::error::Error,
                    "could not look up the audit channel"
                );
                return;
            }
        };
        for (posted, entry) in entries.iter().enumerate() {
            let Err(error) = feed.post(channel, &entry.to_row()).await else {
                continue;
            };
            if error.why == CannotPost::Deleted {
                // Deleted: no fix in the channel could bring the lines back, and a warning
                // per action forever would drown the log.
                self.forget_deleted_audit_channel(guild, channel).await;
                return;
            }
            // The rest of this batch would meet the same refusal: one warning, no more calls.
            tracing::warn!(
                guild,
                channel,
                unposted = entries.len() - posted,
                error = &error as &dyn std::error::Error,
                "could not post to the audit channel; check the bot's permissions there, or \
                 set another with /audit-channel"
            );
            return;
        }
    }

    async fn forget_deleted_audit_channel(&self, guild: u64, channel: u64) {
        match self.store.clear_audit_channel_if(guild, channel).await {
            Ok(true) => tracing::warn!(
                guild,
                channel,
                "the audit channel no longer exists; posting is off until /audit-channel \
                 picks another"
            ),
            // An admin picked another channel meanwhile.
            Ok(false) => {}
            Err(error) => tracing::warn!(
                guild,
                channel,
                error = &error as &dyn std::error::Error,
                "the audit channel no longer exists, and could not be turned off"
            ),
        }
    }
}
