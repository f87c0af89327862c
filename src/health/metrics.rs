//! The metrics registry: one [`Metrics`] per process, handed to each room that counts
//! something (commands, power, audit, the HEO client), and read by `/metrics`.
//!
//! Counters and histograms move where things happen; gauges that describe a state (the
//! shards, the back-off, the keys linked) are read fresh at each scrape, by the listener and
//! the power desk's sampler. Nothing here imports a room above `domain`, so any room may be
//! handed a `Metrics`.

use std::collections::HashSet;
use std::fmt;
use std::sync::{Arc, PoisonError};
use std::time::Duration;

use prometheus_client::encoding::prometheus_text;

use super::families::Families;
use super::labels::{
    ActionLabels, ActionOutcomeLabels, ActionResultLabels, AuditStage, CommandLabels,
    CommandOutcomeLabels, Guard, GuardLabels, InteractionOutcome, ShardLabels,
};
use crate::domain::{Outcome, PowerAction};

/// The `Content-Type` of what [`Metrics::encode`] returns.
pub const CONTENT_TYPE: &str = prometheus_text::CONTENT_TYPE;

/// One shard now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ShardState {
    pub id: u32,
    /// Whether its gateway session is up (serenity's `Connected` stage): not while it
    /// connects, identifies or resumes.
    pub connected: bool,
    /// How long its last heartbeat took to be acknowledged, once one was.
    pub latency: Option<Duration>,
}

/// Clones share one registry.
#[derive(Clone)]
pub struct Metrics(Arc<Families>);

impl fmt::Debug for Metrics {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Metrics")
    }
}

impl Default for Metrics {
    fn default() -> Self {
        Self::new()
    }
}

impl Metrics {
    pub fn new() -> Self {
        Self(Arc::new(Families::new()))
    }

    /// Everything, in the Prometheus text format ([`CONTENT_TYPE`]).
    pub fn encode(&self) -> String {
        let mut text = String::new();
        // Writing to a `String` cannot fail.
        let _ = prometheus_text::encode(&mut text, &self.0.registry);
        text
    }

    /// A slash command (`command`, its qualified name) ended with `outcome`.
    pub fn interaction(&self, command: &str, outcome: InteractionOutcome) {
        let labels = CommandOutcomeLabels {
            command: command.to_owned(),
            outcome: outcome.code(),
        };
        self.0.interactions.get_or_create(&labels).inc();
    }

    /// `command` was acknowledged `took` after the bot began handling it.
    pub fn ack(&self, command: &str, took: Duration) {
        let labels = CommandLabels {
            command: command.to_owned(),
        };
        self.0
            .acks
            .get_or_create(&labels)
            .observe(took.as_secs_f64());
    }

    /// A power request for `action` came to `outcome` (as the audit trail records it).
    pub fn power_outcome(&self, action: PowerAction, outcome: Outcome) {
        let labels = ActionOutcomeLabels {
            action: action.path_segment(),
            outcome: outcome.code(),
        };
        self.0.power_outcomes.get_or_create(&labels).inc();
        if let Some(guard) = Guard::of(outcome) {
            let labels = GuardLabels {
                guard: guard.code(),
            };
            self.0.refusals.get_or_create(&labels).inc();
        }
    }

    /// A call to HEO for `action` ended with `result` (`accepted` or an error's code) after
    /// `took`.
    pub fn provider_call(&self, action: PowerAction, result: &'static str, took: Duration) {
        self.heo_call(action.path_segment(), result, took);
    }

    /// A console command sent to warn the players ended with `result` after `took`; counted
    /// with the power actions, as action `console`.
    pub fn console_call(&self, result: &'static str, took: Duration) {
        self.heo_call("console", result, took);
    }

    fn heo_call(&self, action: &'static str, result: &'static str, took: Duration) {
        let labels = ActionResultLabels { action, result };
        self.0.provider_calls.get_or_create(&labels).inc();
        let labels = ActionLabels { action };
        let seconds = took.as_secs_f64();
        self.0
            .provider_seconds
            .get_or_create(&labels)
            .observe(seconds);
    }

    pub fn set_backoff_active(&self, active: bool) {
        self.0.backoff_active.set(i64::from(active));
    }

    /// This process's shards as they are now.
    pub fn set_shards(&self, shards: &[ShardState]) {
        for shard in shards {
            let labels = ShardLabels { shard: shard.id };
            let connected = i64::from(shard.connected);
            self.0.shard_connected.get_or_create(&labels).set(connected);
            // Absent until the shard's first heartbeat is acknowledged.
            if let Some(latency) = shard.latency {
                let seconds = latency.as_secs_f64();
                self.0.gateway_latency.get_or_create(&labels).set(seconds);
            }
        }
    }

    /// `lines` more are waiting in the audit trail's `stage` queue.
    pub fn audit_queued(&self, stage: AuditStage, lines: usize) {
        let lines = i64::try_from(lines).unwrap_or(i64::MAX);
        self.0
            .audit_depth
            .get_or_create(&stage.into())
            .inc_by(lines);
    }

    /// `lines` left the audit trail's `stage` queue (written, posted, or failed).
    pub fn audit_done(&self, stage: AuditStage, lines: usize) {
        let lines = i64::try_from(lines).unwrap_or(i64::MAX);
        self.0
            .audit_depth
            .get_or_create(&stage.into())
            .dec_by(lines);
    }

    /// `lines` were lost at `stage`: never written, or never posted to the audit channel.
    pub fn audit_dropped(&self, stage: AuditStage, lines: usize) {
        let lines = u64::try_from(lines).unwrap_or(u64::MAX);
        self.0
            .audit_dropped
            .get_or_create(&stage.into())
            .inc_by(lines);
    }

    /// Discord made `guild` available to this process (`GUILD_CREATE`).
    pub fn guild_available(&self, guild: u64) {
        self.change_guilds(|ids| ids.insert(guild));
    }

    /// `guild` left this process: the bot was removed, or the guild is in an outage.
    pub fn guild_gone(&self, guild: u64) {
        self.change_guilds(|ids| ids.remove(&guild));
    }

    fn change_guilds(&self, change: impl FnOnce(&mut HashSet<u64>) -> bool) {
        let mut ids = self
            .0
            .guild_ids
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        change(&mut ids);
        self.0
            .guilds
            .set(i64::try_from(ids.len()).unwrap_or(i64::MAX));
    }

    pub fn set_keys_linked(&self, keys: u64) {
        self.0
            .keys_linked
            .set(i64::try_from(keys).unwrap_or(i64::MAX));
    }
}
