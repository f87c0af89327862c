//! The audit trail as one feature: every power action a member asked for, whatever became
//! of it, written in the background by one batched writer ([`writer`]) and, where the guild
//! picked one, posted one line each to its audit channel ([`channel`]).
//!
//! Entries arrive as plain [`AuditEntry`] values, so nothing here knows how a power request
//! turned into one (that is `power`'s business) or how a line reaches Discord (a [`Poster`]
//! that `commands` plugs in). The SQL is in `store`, the sentences in `replies`.

mod channel;
mod guild_queue;
mod post_queue;
mod writer;

use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use crate::domain::{AuditEntry, HistoryKind, ServerId};
use crate::health::Metrics;
use crate::store::{Store, StoreError};

pub use channel::{CannotPost, PostError, Poster, Posting, Reading};

/// The audit trail: where entries are recorded, read back, pruned, and posted. Clones share
/// one writer and one poster.
#[derive(Clone, Debug)]
pub struct AuditTrail {
    store: Store,
    writer: writer::Writer,
    poster: channel::PosterSlot,
    metrics: Metrics,
}

impl AuditTrail {
    pub fn new(store: Store) -> Self {
        Self {
            store,
            writer: writer::Writer::default(),
            poster: channel::PosterSlot::default(),
            metrics: Metrics::default(),
        }
    }

    /// Counts the queues' depth and the lines they drop in `metrics`; called before the first
    /// entry is recorded (the writer task keeps the handle it starts with).
    pub fn with_metrics(mut self, metrics: Metrics) -> Self {
        self.metrics = metrics;
        self
    }

    /// Queues `entry` for the writer; never waits. A full queue or a stopped writer loses the
    /// entry with a warning.
    pub fn record(&self, entry: AuditEntry) {
        self.writer.queue(self, entry);
    }

    /// Waits until every entry queued so far is written (or failed) and, where the guild has
    /// an audit channel, posted (or failed): called at shutdown, before the database closes.
    pub async fn flush(&self) {
        self.writer.flush().await;
    }

    /// `guild`'s newest `limit` entries of `kind`, newest first; only `server`'s when given.
    pub async fn history(
        &self,
        guild: u64,
        server: Option<&ServerId>,
        kind: HistoryKind,
        limit: u32,
    ) -> Result<Vec<AuditEntry>, StoreError> {
        let server = server.map(ServerId::as_str);
        let outcomes = kind.outcomes();
        self.store
            .recent_audit_of(guild, server, &outcomes, limit)
            .await
    }

    /// Deletes entries older than `retention_days` now, then every `period`, for as long as
    /// the task runs (the caller aborts it at shutdown).
    pub async fn prune_every(&self, retention_days: u32, period: Duration) {
        // The first tick completes at once; a prune that overran delays the next rather than
        // bunching the missed ones together.
        let mut ticks = tokio::time::interval(period);
        ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            ticks.tick().await;
            self.prune(retention_days).await;
        }
    }

    /// Deletes entries older than `retention_days`; a failure is only logged (the next run
    /// tries again).
    pub async fn prune(&self, retention_days: u32) {
        let cutoff = retention_cutoff(now_unix(), retention_days);
        match self.store.prune_audit(cutoff).await {
            Ok(deleted) => tracing::info!(deleted, retention_days, "old audit entries pruned"),
            Err(error) => tracing::warn!(
                error = &error as &dyn std::error::Error,
                "could not prune old audit entries"
            ),
        }
    }

    /// Posts entries through `poster` from now on. Only the first poster attached counts.
    pub fn attach_poster(&self, poster: Arc<dyn Poster>) {
        self.poster.attach(poster);
    }

    /// Posts `guild`'s entries to `channel` from now on (the caller checked it can post
    /// there).
    pub async fn set_channel(
        &self,
        guild: u64,
        channel: u64,
        member: u64,
    ) -> Result<(), StoreError> {
        self.store.set_audit_channel(guild, channel, member).await?;
        tracing::info!(guild, channel, member, "audit channel set");
        Ok(())
    }

    /// Stops posting `guild`'s entries. Returns the channel they went to, if any.
    pub async fn clear_channel(&self, guild: u64, member: u64) -> Result<Option<u64>, StoreError> {
        let channel = self.store.clear_audit_channel(guild).await?;
        tracing::info!(guild, ?channel, member, "audit channel turned off");
        Ok(channel)
    }
}

/// The unix time before which entries are older than `retention_days`, seen at `now`.
fn retention_cutoff(now: i64, retention_days: u32) -> i64 {
    now - i64::from(retention_days) * 86_400
}

/// Seconds since the Unix epoch; 0 on a clock set before 1970.
pub fn now_unix() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |elapsed| elapsed.as_secs() as i64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_are_kept_for_whole_days_before_the_cutoff() {
        assert_eq!(retention_cutoff(1_000_000, 1), 1_000_000 - 86_400);
        assert_eq!(
            retention_cutoff(1_000_000_000, 90),
            1_000_000_000 - 90 * 86_400
        );
    }
}
