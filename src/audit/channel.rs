//! The audit channel: a guild may have each entry posted, one line per action, to a channel
//! of its choice. Posting is Discord's business, so this module only names what the trail
//! needs (a [`Poster`]) and decides what a refusal means for the guild's channel; `commands`
//! plugs in the Discord side once the client exists.

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, OnceLock};

use crate::domain::AuditEntry;
use crate::i18n::Lang;

use super::AuditTrail;

/// Why a line could not be posted; logged as a warning, never shown to the member who acted.
#[derive(Debug, thiserror::Error)]
#[error("could not post in the channel ({why:?}): {source}")]
pub struct PostError {
    pub why: CannotPost,
    #[source]
    pub source: Box<dyn std::error::Error + Send + Sync>,
}

/// A boxed future, so that [`Poster`] can be a trait object.
pub type Posting<'a> = Pin<Box<dyn Future<Output = Result<(), PostError>> + Send + 'a>>;

/// A boxed future of the language a guild's audit channel reads.
pub type Reading<'a> = Pin<Box<dyn Future<Output = Lang> + Send + 'a>>;

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

/// Where audit lines are posted: one entry, one line, in one channel, in the language the
/// guild's channel reads.
pub trait Poster: Send + Sync + 'static {
    /// The language `guild`'s channel reads: which one is the power desk's business, so the
    /// trail asks the poster, once per batch of lines.
    fn language(&self, guild: u64) -> Reading<'_>;

    fn post<'a>(&'a self, channel: u64, lang: Lang, entry: &'a AuditEntry) -> Posting<'a>;
}

/// The poster, plugged in once the Discord client exists; until then (and in tests of the
/// trail alone) nothing is posted.
#[derive(Clone, Default)]
pub(super) struct PosterSlot(Arc<OnceLock<Arc<dyn Poster>>>);

impl PosterSlot {
    pub(super) fn attach(&self, poster: Arc<dyn Poster>) {
        if self.0.set(poster).is_err() {
            tracing::warn!("an audit poster was already attached; keeping the first");
        }
    }

    pub(super) fn get(&self) -> Option<&Arc<dyn Poster>> {
        self.0.get()
    }
}

impl fmt::Debug for PosterSlot {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PosterSlot")
            .field("attached", &self.0.get().is_some())
            .finish()
    }
}

impl AuditTrail {
    /// Posts `entries`, all `guild`'s, to its audit channel if it has one, in order. Runs in
    /// the background after they are stored: a channel the bot can no longer post in, or a
    /// Discord outage, is only logged.
    pub(super) async fn post_to_channel(&self, guild: u64, entries: &[AuditEntry]) {
        let Some(poster) = self.poster.get() else {
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
        let lang = poster.language(guild).await;
        for (posted, entry) in entries.iter().enumerate() {
            let Err(error) = poster.post(channel, lang, entry).await else {
                continue;
            };
            if error.why == CannotPost::Deleted {
                // Deleted: no fix in the channel could bring the lines back, and a warning
                // per action forever would drown the log.
                self.forget_deleted_channel(guild, channel).await;
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

    async fn forget_deleted_channel(&self, guild: u64, channel: u64) {
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
