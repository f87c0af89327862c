//! This process's shards as serenity sees them, for `/readyz` and the shard gauges.

use std::sync::{Arc, OnceLock};

use poise::serenity_prelude as serenity;

use super::metrics::ShardState;
use crate::sharding::Shards;

/// Where the shards are read from: empty until the Discord client exists. Clones share it.
#[derive(Clone, Default)]
pub struct ShardWatch(Arc<OnceLock<(Arc<serenity::ShardManager>, Shards)>>);

impl std::fmt::Debug for ShardWatch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("ShardWatch")
            .field(&self.0.get().map(|(_, shards)| shards))
            .finish()
    }
}

impl ShardWatch {
    /// Reads `shards` from `manager` from now on (the first call counts).
    pub fn attach(&self, manager: Arc<serenity::ShardManager>, shards: Shards) {
        let _ = self.0.set((manager, shards));
    }

    /// Each of this process's shards, in order; `None` before the client exists. A shard
    /// serenity has not started yet (it starts one every 5 s) counts as not connected.
    pub async fn states(&self) -> Option<Vec<ShardState>> {
        let (manager, shards) = self.0.get()?;
        let runners = manager.runners.lock().await;
        let states = shards
            .ids()
            .map(|id| {
                let runner = runners.get(&serenity::ShardId(id));
                ShardState {
                    id,
                    connected: runner
                        .is_some_and(|info| info.stage == serenity::ConnectionStage::Connected),
                    latency: runner.and_then(|info| info.latency),
                }
            })
            .collect();
        Some(states)
    }
}
