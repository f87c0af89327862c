//! `/readyz`: whether this process can answer commands now. A load balancer or an
//! orchestrator stops sending it work while it is not ready; the reason names the first thing
//! that is wrong, for the operator reading the probe's failure.

use std::time::Duration;

use super::shards::ShardWatch;
use crate::shutdown::Drain;
use crate::store::Store;

/// How long the database may take to answer a probe. A database slower than this cannot
/// answer a command in time either; short, so a probe never piles up behind a stuck one.
const DATABASE_WAIT: Duration = Duration::from_secs(2);

/// Why the process is not ready. `Display` is the probe's `reason`: short, and never a secret
/// or an ID beyond a shard number.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NotReady {
    /// A shutdown has begun (SIGTERM, or a fatal error): new commands are turned away while the
    /// actions under way finish.
    #[error("shutting down")]
    Draining,
    /// The Discord client is still being set up at start.
    #[error("the shards have not started yet")]
    NotStarted,
    /// A shard's gateway session is down (connecting, resuming after a network fault, or
    /// not yet started): its guilds' commands do not reach the bot.
    #[error("shard {0} is not connected")]
    ShardDown(u32),
    /// The database failed, or did not answer within [`DATABASE_WAIT`].
    #[error("the database does not answer")]
    Database,
}

/// What `/readyz` looks at. Clones share it.
#[derive(Clone, Debug)]
pub struct Readiness {
    shards: ShardWatch,
    store: Store,
    drain: Drain,
}

impl Readiness {
    pub fn new(shards: ShardWatch, store: Store, drain: Drain) -> Self {
        Self {
            shards,
            store,
            drain,
        }
    }

    /// Ready, or the first reason not to be: the drain first (it needs no I/O), then the
    /// shards, then a ping of the database.
    pub async fn check(&self) -> Result<(), NotReady> {
        if self.drain.is_closed() {
            return Err(NotReady::Draining);
        }
        let shards = self.shards.states().await.ok_or(NotReady::NotStarted)?;
        if let Some(down) = shards.iter().find(|shard| !shard.connected) {
            return Err(NotReady::ShardDown(down.id));
        }
        match tokio::time::timeout(DATABASE_WAIT, self.store.ping()).await {
            Ok(Ok(())) => Ok(()),
            Ok(Err(error)) => {
                // Debug only: a probe every few seconds would otherwise repeat the warning
                // the failing commands already log.
                tracing::debug!(
                    error = &error as &dyn std::error::Error,
                    "readiness: the database failed"
                );
                Err(NotReady::Database)
            }
            Err(_) => Err(NotReady::Database),
        }
    }
}
