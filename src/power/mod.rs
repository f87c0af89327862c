//! The use case behind every command: guild → key → provider call → outcome.
//!
//! No Discord types here: guilds and members are plain snowflake numbers, and outcomes are
//! turned into sentences by `replies`. Before anything is sent, five [`guards`] may refuse a
//! request at once: the bot-wide [`backoff`] after a 429 (with PostgreSQL, shared with the
//! other processes by [`shared_backoff`]), one action at a time per server ([`server_locks`]),
//! each member's [`cooldown`], each guild's share of provider calls ([`guild_budget`]), and
//! the bot-wide cap on calls under way ([`call_cap`]). Who may ask at all is the guild's
//! per-action role rule ([`grants`], on `domain::decide`). Every outcome, refusals included,
//! goes to the audit trail ([`record`] says what goes in). Keys are linked in [`keys`].

mod backoff;
mod call_cap;
mod console;
mod cooldown;
mod gauges;
mod grants;
mod guards;
mod guild_budget;
mod guild_cache;
mod heo_status;
mod holds;
mod keys;
mod kill_prompts;
mod languages;
mod logs;
mod panels;
mod record;
mod request;
mod server_locks;
mod servers;
mod shared_backoff;

use std::time::{Duration, Instant};

use crate::audit::AuditTrail;
use crate::domain::{CallBudget, Grants};
use crate::health::Metrics;
use crate::heo::{Accepted, HeoClient, HeoError};
use crate::store::Store;

use backoff::Backoff;
use call_cap::CallCap;
use cooldown::Cooldown;
use guards::log_refusal;
use guild_budget::GuildBudget;
use server_locks::ServerLocks;

pub use guards::{Admitted, CallAdmitted};
pub use heo_status::HeoStatus;
pub use holds::Hold;
pub use keys::LinkOutcome;
pub use kill_prompts::{Claim, Clicker, KillPrompts, Prompt};
pub use logs::LogOutcome;
pub use record::CommandRefusal;
pub use request::{PowerOutcome, PowerRequest, Refusal};
pub use servers::Target;

/// The bot's power desk: the database, the provider client and the guards, shared by every
/// command.
#[derive(Clone, Debug)]
pub struct Power {
    store: Store,
    heo: HeoClient,
    backoff: Backoff,
    /// Whether a 429 pause is shared with the other processes on this database.
    shared_backoff: bool,
    /// The shared pause as last read, reused for a moment (see [`shared_backoff`]).
    shared_read: shared_backoff::LastRead,
    locks: ServerLocks,
    cooldown: Cooldown,
    budget: GuildBudget,
    calls: CallCap,
    /// The servers countdowns hold (see [`holds`]).
    holds: holds::Holds,
    grants: guild_cache::GuildCache<Grants>,
    names: guild_cache::GuildCache<servers::ServerIndex>,
    /// The guilds' languages (see [`Power::guild_language`]).
    languages: languages::GuildLanguages,
    audit: AuditTrail,
    metrics: Metrics,
    /// HEO's own status as last asked, shared bot-wide.
    heo_status: heo_status::StatusCache,
}

impl Power {
    /// A desk without a member cooldown, a guild budget or a practical cap on calls under
    /// way (see the `with_` methods), recording to an audit trail of its own on `store`.
    pub fn new(store: Store, heo: HeoClient) -> Self {
        let locks = ServerLocks::new(heo.timeout());
        Self {
            audit: AuditTrail::new(store.clone()),
            store,
            heo,
            backoff: Backoff::default(),
            shared_backoff: false,
            shared_read: shared_backoff::LastRead::default(),
            locks,
            cooldown: Cooldown::new(Duration::ZERO),
            budget: GuildBudget::new(None),
            calls: CallCap::unbounded(),
            holds: holds::Holds::default(),
            grants: guild_cache::GuildCache::default(),
            names: guild_cache::GuildCache::default(),
            languages: languages::GuildLanguages::default(),
            metrics: Metrics::default(),
            heo_status: heo_status::StatusCache::default(),
        }
    }

    /// Counts outcomes, refusals, provider calls and the audit trail's queues in `metrics`
    /// from now on. Called before the desk is used: the audit trail's tasks take the handle
    /// they find when they start.
    pub fn with_metrics(mut self, metrics: Metrics) -> Self {
        self.heo = self.heo.with_metrics(metrics.clone());
        self.audit = self.audit.with_metrics(metrics.clone());
        self.metrics = metrics;
        self
    }

    /// Where this desk counts; the commands count interactions there too.
    pub fn metrics(&self) -> &Metrics {
        &self.metrics
    }

    /// The audit trail every outcome is recorded to.
    pub fn audit(&self) -> &AuditTrail {
        &self.audit
    }

    /// Members then wait `period` between actions (zero: no cooldown).
    pub fn with_cooldown(mut self, period: Duration) -> Self {
        self.cooldown = Cooldown::new(period);
        self
    }

    /// Each guild may then make `budget`'s provider calls (`None`: no limit per guild).
    pub fn with_guild_budget(mut self, budget: Option<CallBudget>) -> Self {
        self.budget = GuildBudget::new(budget);
        self
    }

    /// At most `max` provider calls are then under way at once, in this process.
    pub fn with_max_concurrent_calls(mut self, max: usize) -> Self {
        self.calls = CallCap::new(max);
        self
    }

    /// A 429 then pauses every process on this database, not only this one, and each checks
    /// the shared pause before sending (see [`shared_backoff`]).
    pub fn with_shared_backoff(mut self, shared: bool) -> Self {
        self.shared_backoff = shared;
        self
    }

    /// Holds `server` of `guild` for countdown `hold` (see [`holds`]), or names the countdown
    /// already holding it.
    pub fn hold(&self, guild: u64, server: &str, hold: Hold) -> Result<(), Hold> {
        self.holds.take(guild, server, hold)
    }

    /// Lets go of `server` of `guild` if countdown `countdown` holds it.
    pub fn release(&self, guild: u64, server: &str, countdown: i64) {
        self.holds.release(guild, server, countdown);
    }

    /// Sends an admitted request to the provider with the requesting guild's own key. The
    /// server stays taken until the provider has answered. Every outcome goes to the audit
    /// trail.
    pub async fn send(&self, admitted: Admitted) -> PowerOutcome {
        let request = admitted.request.clone();
        let outcome = self.send_unrecorded(admitted).await;
        self.record(&request, &outcome);
        outcome
    }

    async fn send_unrecorded(&self, admitted: Admitted) -> PowerOutcome {
        let Admitted {
            request,
            slot,
            clock,
            spent,
            place,
        } = admitted;
        let api_key = match self.key_for_call(request.guild).await {
            Ok(api_key) => api_key,
            Err(why) => return why.into(),
        };
        // Another guild's request may have met a 429 while the key was read, or another
        // process (read here, not in `admit`, which cannot wait for the database).
        if let Some(wait) = self.backoff_wait().await {
            let refusal = Refusal::BackingOff { wait };
            log_refusal(&request, refusal);
            return PowerOutcome::Refused(refusal);
        }
        // From here the action may reach HEO, even if this task is cancelled.
        if let Some(clock) = clock {
            clock.keep();
        }
        spent.keep();
        let result = self
            .heo
            .power(&api_key, &request.server, request.action)
            .await;
        let outcome = self.outcome(&request, result);
        // HEO has answered: sharing a 429 with the other processes is no call to HEO.
        drop(place);
        if let PowerOutcome::Failed(error) = &outcome {
            self.share_backoff(error).await;
        }
        drop(slot);
        outcome
    }

    /// Logs the provider's answer and feeds it to the bot-wide backoff.
    fn outcome(&self, request: &PowerRequest, result: Result<Accepted, HeoError>) -> PowerOutcome {
        let error = match self.answered(result) {
            Ok(accepted) => {
                log_requested(request, &accepted);
                return PowerOutcome::Requested;
            }
            Err(error) => error,
        };
        tracing::warn!(
            guild = request.guild,
            server = %request.server,
            action = %request.action,
            error = &error as &dyn std::error::Error,
            "power action failed"
        );
        PowerOutcome::Failed(error)
    }
}

impl Power {
    /// Feeds any call's answer to the bot-wide backoff: an answer clears it, a 429 sets it.
    fn answered<T>(&self, result: Result<T, HeoError>) -> Result<T, HeoError> {
        match result {
            Ok(answer) => {
                self.backoff.answered();
                Ok(answer)
            }
            Err(HeoError::RateLimited { retry_after }) => {
                // The reply then names the wait the bot will actually keep.
                let wait = self.backoff.rate_limited(retry_after, Instant::now());
                tracing::warn!(?retry_after, ?wait, "HEO rate-limited the bot; backing off");
                Err(HeoError::RateLimited {
                    retry_after: Some(wait),
                })
            }
            Err(error) => {
                if error.http_status().is_some() {
                    self.backoff.answered();
                }
                Err(error)
            }
        }
    }
}

fn log_requested(request: &PowerRequest, accepted: &Accepted) {
    if accepted.server_id.as_deref() != Some(request.server.as_str()) {
        tracing::warn!(
            guild = request.guild,
            server = %request.server,
            answered_for = ?accepted.server_id,
            "HEO accepted the action for a different or missing server ID"
        );
    }
    tracing::info!(
        guild = request.guild,
        member = request.member,
        server = %request.server,
        action = %request.action,
        "power action requested"
    );
}
