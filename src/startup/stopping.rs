//! How a running bot stops: on SIGTERM, or on any [`Alarm`] that ends it (a failed
//! registration, too few shards, the shards' claim lost, a gateway that refused the bot for
//! good). The actions under way finish first, within `SHUTDOWN_GRACE_SECS`; then the
//! Discord connections close, within a bound of their own, whatever state they are in.

use std::sync::Arc;
use std::time::Duration;

use poise::serenity_prelude as serenity;
use tokio::time::Instant;

use crate::countdown::Countdowns;
use crate::shutdown::{Alarm, Drain};

/// How long the shards get to close their gateway connections. A connected shard closes in
/// milliseconds; one stuck connecting or resuming never answers serenity's shutdown, which
/// serenity waits 5 s for, per shard.
const SHARDS_CLOSE_WITHIN: Duration = Duration::from_secs(3);
/// The least time queued audit entries get to be written after the drain, even when the
/// drain used the whole grace period.
const AUDIT_FLUSH_AT_LEAST: Duration = Duration::from_secs(2);

/// Raised once the bot has stopped taking actions and its shards are closed (or given up
/// on), with the moment by which the rest of the stop should be done.
pub(super) type ShardsClosed = Alarm<Instant>;

/// Why the bot stops: every alarm that ends it, the first raised counts.
pub(super) struct StopReasons {
    pub requested: Alarm<()>,
    pub registration_failed: crate::commands::RegistrationFailed,
    pub outgrown: crate::sharding::Outgrown,
    pub claim_lost: Alarm<()>,
    /// The gateway ended the shards with an error that retrying cannot change (a refused
    /// token, refused intents).
    pub gateway_failed: Alarm<()>,
}

impl StopReasons {
    async fn any(&self) {
        tokio::select! {
            () = self.requested.raised() => {}
            () = self.registration_failed.raised() => {}
            () = self.outgrown.raised() => {}
            () = self.claim_lost.raised() => {}
            () = self.gateway_failed.raised() => {}
        }
    }
}

/// Waits for a reason to stop, then stops as SIGTERM does: a failed registration or too few
/// shards stop the bot the same way, so that an action under way still finishes and is
/// answered. Raises `closed` at the end.
pub(super) async fn stop_when_asked(
    reasons: StopReasons,
    drain: Drain,
    countdowns: Countdowns,
    shard_manager: Arc<serenity::ShardManager>,
    grace: Duration,
    closed: ShardsClosed,
) {
    reasons.any().await;
    let finish_by = Instant::now() + grace;
    // The shards stay up while draining: replies to the actions under way, and the
    // "restarting" answers to new commands, still need the gateway's interactions.
    tracing::info!(running = drain.running(), "shutting down");
    // A countdown waiting for its moment stops here and stays stored for the next start;
    // one sending its action holds the drain like any other.
    countdowns.stop();
    let left = drain.close_and_drain(grace).await;
    if left > 0 {
        tracing::warn!(
            left,
            grace_secs = grace.as_secs(),
            "stopped waiting for power actions still under way"
        );
    }
    // serenity's `shutdown_all` returns at once, without stopping anything, when no shard
    // runs (one re-queued while Discord is unreachable), and waits on each stuck one: the
    // caller stops waiting for serenity once this is raised, in every case.
    if tokio::time::timeout(SHARDS_CLOSE_WITHIN, shard_manager.shutdown_all())
        .await
        .is_err()
    {
        tracing::warn!("stopped waiting for the Discord gateway connections to close");
    }
    closed.raise(finish_by.max(Instant::now() + AUDIT_FLUSH_AT_LEAST));
}
