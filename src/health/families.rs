//! The metric families: their names, help texts and buckets, registered once. `Metrics`
//! moves them; this file only says what exists.

use std::collections::HashSet;
use std::sync::Mutex;
use std::sync::atomic::AtomicU64;

use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::Histogram;
use prometheus_client::registry::Registry;

use super::labels::{
    ActionLabels, ActionOutcomeLabels, ActionResultLabels, AuditStage, CommandLabels,
    CommandOutcomeLabels, Guard, GuardLabels, ShardLabels, StageLabels,
};
use super::query_timing;

/// HEO usually answers within a second; its timeout is 10 s unless raised.
const PROVIDER_BUCKETS: [f64; 10] = [0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0];
/// Discord shows "The application did not respond" after 3 s.
const ACK_BUCKETS: [f64; 10] = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.0, 3.0];

pub(super) struct Families {
    pub(super) registry: Registry,
    pub(super) interactions: Family<CommandOutcomeLabels, Counter>,
    pub(super) acks: Family<CommandLabels, Histogram>,
    pub(super) power_outcomes: Family<ActionOutcomeLabels, Counter>,
    pub(super) refusals: Family<GuardLabels, Counter>,
    pub(super) provider_calls: Family<ActionResultLabels, Counter>,
    pub(super) provider_seconds: Family<ActionLabels, Histogram>,
    pub(super) backoff_active: Gauge,
    pub(super) shard_connected: Family<ShardLabels, Gauge>,
    pub(super) gateway_latency: Family<ShardLabels, Gauge<f64, AtomicU64>>,
    pub(super) audit_depth: Family<StageLabels, Gauge>,
    pub(super) audit_dropped: Family<StageLabels, Counter>,
    pub(super) guilds: Gauge,
    /// The guilds behind `guilds`: a set, so a repeated `GUILD_CREATE` counts once.
    pub(super) guild_ids: Mutex<HashSet<u64>>,
    pub(super) keys_linked: Gauge,
}

impl Families {
    pub(super) fn new() -> Self {
        let families = Self {
            registry: Registry::default(),
            interactions: Family::default(),
            acks: Family::new_with_constructor(|| Histogram::new(ACK_BUCKETS)),
            power_outcomes: Family::default(),
            refusals: Family::default(),
            provider_calls: Family::default(),
            provider_seconds: Family::new_with_constructor(|| Histogram::new(PROVIDER_BUCKETS)),
            backoff_active: Gauge::default(),
            shard_connected: Family::default(),
            gateway_latency: Family::default(),
            audit_depth: Family::default(),
            audit_dropped: Family::default(),
            guilds: Gauge::default(),
            guild_ids: Mutex::default(),
            keys_linked: Gauge::default(),
        };
        families.registered().with_zeros()
    }

    /// The series an alert watches shown at 0 from the start, not only once they move: an
    /// alert on `increase(...)` needs a first sample to compare with.
    fn with_zeros(self) -> Self {
        for guard in Guard::ALL {
            let labels = GuardLabels {
                guard: guard.code(),
            };
            drop(self.refusals.get_or_create(&labels));
        }
        for stage in [AuditStage::Write, AuditStage::Post] {
            drop(self.audit_depth.get_or_create(&stage.into()));
            drop(self.audit_dropped.get_or_create(&stage.into()));
        }
        self
    }

    fn registered(mut self) -> Self {
        let r = &mut self.registry;
        r.register(
            "heo_bot_interactions",
            "Slash commands and kill-prompt clicks handled, by command and how they ended",
            self.interactions.clone(),
        );
        r.register(
            "heo_bot_ack_duration_seconds",
            "Time from the start of a power command (or kill-prompt click) to its first answer",
            self.acks.clone(),
        );
        r.register(
            "heo_bot_power_outcomes",
            "Power requests by action and outcome, as the audit trail records them",
            self.power_outcomes.clone(),
        );
        r.register(
            "heo_bot_refusals",
            "Power requests refused before anything was sent, by guard",
            self.refusals.clone(),
        );
        r.register(
            "heo_bot_provider_calls",
            "Calls to the HEO API by action (the power actions, and console for in-game warnings) and classified result",
            self.provider_calls.clone(),
        );
        r.register(
            "heo_bot_provider_call_duration_seconds",
            "Duration of calls to the HEO power API",
            self.provider_seconds.clone(),
        );
        r.register(
            "heo_bot_backoff_active",
            "1 while the bot backs off after HEO's 429 and sends nothing",
            self.backoff_active.clone(),
        );
        self.register_gateway_and_state();
        self
    }

    fn register_gateway_and_state(&mut self) {
        let r = &mut self.registry;
        r.register(
            "heo_bot_shard_connected",
            "1 while the shard's gateway connection is up",
            self.shard_connected.clone(),
        );
        r.register(
            "heo_bot_gateway_latency_seconds",
            "Time between the shard's last heartbeat and its acknowledgement",
            self.gateway_latency.clone(),
        );
        r.register(
            "heo_bot_db_query_duration_seconds",
            "Duration of database queries",
            query_timing::histogram(),
        );
        r.register(
            "heo_bot_audit_queue_depth",
            "Audit entries waiting to be written, and lines waiting to be posted",
            self.audit_depth.clone(),
        );
        r.register(
            "heo_bot_audit_dropped",
            "Audit entries never written, and lines never posted to an audit channel",
            self.audit_dropped.clone(),
        );
        r.register(
            "heo_bot_guilds",
            "Guilds this process serves",
            self.guilds.clone(),
        );
        r.register(
            "heo_bot_keys_linked",
            "Guilds with a HEO API key linked, in the database",
            self.keys_linked.clone(),
        );
    }
}
