//! Health and metrics: the optional HTTP listener on `METRICS_ADDR` that answers `/healthz`
//! (the process is alive), `/readyz` (it can answer commands now: [`Readiness`]) and
//! `/metrics` (the Prometheus text format: [`Metrics`]).
//!
//! [`Metrics`] and its label vocabulary (`labels.rs`) import nothing above `domain`, so every
//! room that counts something is handed one (commands, power, audit, the HEO client) without
//! changing which way the arrows point. The listener and the readiness check sit beside
//! `startup`, which wires them: they read the store, the drain and serenity's shards.
//! Database query latency is taken from sqlx's own timing of each statement
//! (`query_timing.rs`, a layer `logging` installs).

mod families;
mod labels;
mod listener;
mod metrics;
mod query_timing;
mod readiness;
mod shards;

pub use labels::{AuditStage, Guard, InteractionOutcome};
pub use listener::Sampler;
pub use metrics::{Metrics, ShardState};
pub use query_timing::layer as query_timing_layer;
pub use readiness::NotReady;

use listener::{Endpoints, bind, serve};
use readiness::Readiness;
use shards::ShardWatch;

use std::net::SocketAddr;

use poise::serenity_prelude as serenity;

use crate::sharding::Shards;
use crate::shutdown::Drain;
use crate::store::Store;

/// The health side of one run: its metrics, its view of the shards and, with `METRICS_ADDR`,
/// the bound listener until [`Health::serve`] starts it.
pub struct Health {
    metrics: Metrics,
    shards: ShardWatch,
    listener: Option<tokio::net::TcpListener>,
}

/// The running listener; dropping it (however `run` ends) stops it.
pub struct Serving(Option<tokio::task::JoinHandle<()>>);

impl Drop for Serving {
    fn drop(&mut self) {
        if let Some(task) = self.0.take() {
            task.abort();
        }
    }
}

/// `METRICS_ADDR` could not be listened on. `Display` is the operator's line.
#[derive(Debug, thiserror::Error)]
#[error("could not listen on METRICS_ADDR {addr}; pick a free port, or stop what uses this one")]
pub struct BindError {
    pub addr: SocketAddr,
    #[source]
    pub source: std::io::Error,
}

impl Health {
    /// Binds `addr` if given: first, so that a port in use stops the bot before it connects.
    pub async fn bind(addr: Option<SocketAddr>) -> Result<Self, BindError> {
        let listener = match addr {
            Some(addr) => Some(
                bind(addr)
                    .await
                    .map_err(|source| BindError { addr, source })?,
            ),
            None => None,
        };
        Ok(Self {
            metrics: Metrics::new(),
            shards: ShardWatch::default(),
            listener,
        })
    }

    pub fn metrics(&self) -> &Metrics {
        &self.metrics
    }

    /// Starts answering, if there is a listener: ready while the shards are connected,
    /// `store` answers and `drain` is open; `sampler` reads the power desk's gauges.
    pub fn serve(&mut self, store: &Store, drain: &Drain, sampler: Sampler) -> Serving {
        let Some(listener) = self.listener.take() else {
            return Serving(None);
        };
        if let Ok(addr) = listener.local_addr() {
            tracing::info!(%addr, "serving /healthz, /readyz and /metrics");
        }
        let endpoints = Endpoints {
            metrics: self.metrics.clone(),
            readiness: Readiness::new(self.shards.clone(), store.clone(), drain.clone()),
            shards: self.shards.clone(),
            sampler,
        };
        Serving(Some(serve(listener, endpoints)))
    }

    /// Reads `shards` from `manager` from now on, for `/readyz` and the shard gauges.
    pub fn watch_shards(&self, manager: std::sync::Arc<serenity::ShardManager>, shards: Shards) {
        self.shards.attach(manager, shards);
    }
}
