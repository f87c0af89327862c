//! The power desk's state as gauges, read at each scrape of `/metrics`.

use std::sync::Arc;
use std::time::{Duration, Instant};

use super::Power;
use crate::health::Sampler;

/// How long counting the linked keys may take before the scrape goes on without it.
const COUNT_WAIT: Duration = Duration::from_secs(2);

impl Power {
    /// What the metrics listener calls at each scrape: [`Power::sample_gauges`].
    pub fn sampler(&self) -> Sampler {
        let power = self.clone();
        Arc::new(move || {
            let power = power.clone();
            Box::pin(async move { power.sample_gauges().await })
        })
    }

    /// Sets whether the bot backs off now (its own pause, or another process's it took in),
    /// and how many keys the database holds. A database that does not answer in time leaves
    /// the last count: a scrape must not hang, and `/readyz` reports the database.
    pub async fn sample_gauges(&self) {
        let backing_off = self.backoff.remaining(Instant::now()).is_some();
        self.metrics.set_backoff_active(backing_off);
        match tokio::time::timeout(COUNT_WAIT, self.store.linked_key_count()).await {
            Ok(Ok(keys)) => self.metrics.set_keys_linked(keys),
            Ok(Err(error)) => tracing::debug!(
                error = &error as &dyn std::error::Error,
                "could not count the linked keys for /metrics"
            ),
            Err(_) => tracing::debug!("counting the linked keys for /metrics took too long"),
        }
    }
}
