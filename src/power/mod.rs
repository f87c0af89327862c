//! The use case behind every command: guild → key → provider call → outcome.
//!
//! No Discord types here: guilds and members are plain snowflake numbers, and outcomes are
//! turned into sentences by `replies`. Before anything is sent, three guards may refuse a
//! request at once: the bot-wide [`backoff`] after a 429 (with PostgreSQL, shared with the
//! other processes by [`shared_backoff`]), one action at a time per server ([`server_locks`]),
//! and each member's [`cooldown`]. Who may ask at all is the guild's
//! per-action role rule ([`grants`], on `domain::decide`). Every outcome, refusals included,
//! goes to the audit trail ([`record`] says what goes in). Keys are linked in [`keys`].

mod backoff;
mod cooldown;
mod grants;
mod guild_cache;
mod keys;
mod kill_prompts;
mod record;
mod request;
mod server_locks;
mod servers;
mod shared_backoff;

use std::time::{Duration, Instant};

use crate::audit::AuditTrail;
use crate::domain::Grants;
use crate::heo::{Accepted, HeoClient, HeoError};
use crate::store::{Store, StoreError};

use backoff::Backoff;
use cooldown::{Cooldown, Started};
use server_locks::{ServerLocks, Slot};

pub use keys::LinkOutcome;
pub use kill_prompts::{Claim, Clicker, KillPrompts, Prompt};
pub use record::CommandRefusal;
pub use request::{PowerOutcome, PowerRequest, Refusal};
pub use servers::Target;

/// A request that passed the guards: its server is taken and its member's cooldown is
/// started. Dropping it unsent frees both.
#[derive(Debug)]
pub struct Admitted {
    request: PowerRequest,
    _slot: Slot,
    clock: Started,
}

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
    grants: guild_cache::GuildCache<Grants>,
    names: guild_cache::GuildCache<servers::ServerIndex>,
    audit: AuditTrail,
}

impl Power {
    /// A desk without a member cooldown (see [`Power::with_cooldown`]), recording to an
    /// audit trail of its own on `store`.
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
            grants: guild_cache::GuildCache::default(),
            names: guild_cache::GuildCache::default(),
        }
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

    /// A 429 then pauses every process on this database, not only this one, and each checks
    /// the shared pause before sending (see [`shared_backoff`]).
    pub fn with_shared_backoff(mut self, shared: bool) -> Self {
        self.shared_backoff = shared;
        self
    }

    /// Whether the guards would refuse `request` now, without taking anything: asked before
    /// showing a kill prompt that could not be carried out.
    pub fn check(&self, request: &PowerRequest) -> Option<Refusal> {
        let refusal = self.peek(request, Instant::now());
        if let Some(refusal) = refusal {
            log_refusal(request, refusal);
        }
        refusal
    }

    fn peek(&self, request: &PowerRequest, now: Instant) -> Option<Refusal> {
        let server = request.server.as_str();
        if let Some(wait) = self.backoff.remaining(now) {
            return Some(Refusal::BackingOff { wait });
        }
        if let Some(within) = self.locks.remaining(request.guild, server, now) {
            return Some(Refusal::InProgress { within });
        }
        let wait = self
            .cooldown
            .remaining(request.guild, request.member, now)?;
        Some(Refusal::CoolingDown { wait })
    }

    /// Passes `request` through the guards, taking its server and starting its member's
    /// cooldown, or says why not. Synchronous, so a caller can answer a refusal before
    /// acknowledging anything, and nothing can slip in between the check and the take.
    pub fn admit(&self, request: &PowerRequest) -> Result<Admitted, Refusal> {
        let admitted = self.take(request, Instant::now());
        if let Err(refusal) = admitted {
            log_refusal(request, refusal);
            self.record(request, &PowerOutcome::Refused(refusal));
        }
        admitted
    }

    fn take(&self, request: &PowerRequest, now: Instant) -> Result<Admitted, Refusal> {
        if let Some(wait) = self.backoff.remaining(now) {
            return Err(Refusal::BackingOff { wait });
        }
        let slot = self
            .locks
            .take(request.guild, request.server.as_str(), now)
            .map_err(|within| Refusal::InProgress { within })?;
        let clock = self
            .cooldown
            .start(request.guild, request.member, now)
            .map_err(|wait| Refusal::CoolingDown { wait })?;
        Ok(Admitted {
            request: request.clone(),
            _slot: slot,
            clock,
        })
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
            _slot: slot,
            clock,
        } = admitted;
        let api_key = match self.store.api_key(request.guild).await {
            Ok(Some(api_key)) => api_key,
            Ok(None) => return PowerOutcome::NoKey,
            Err(error) => {
                log_store_error(&error, request.guild);
                return match error {
                    StoreError::Undecryptable { .. } => PowerOutcome::KeyUnreadable,
                    _ => PowerOutcome::StoreFailed,
                };
            }
        };
        // Another guild's request may have met a 429 while the key was read, or another
        // process (read here, not in `admit`, which cannot wait for the database).
        if let Some(wait) = self.backoff_wait().await {
            let refusal = Refusal::BackingOff { wait };
            log_refusal(&request, refusal);
            return PowerOutcome::Refused(refusal);
        }
        // From here the action may reach HEO, even if this task is cancelled.
        clock.keep();
        let result = self
            .heo
            .power(&api_key, &request.server, request.action)
            .await;
        let outcome = self.outcome(&request, result);
        self.share_backoff(&outcome).await;
        drop(slot);
        outcome
    }

    /// Logs the provider's answer and feeds it to the bot-wide backoff.
    fn outcome(&self, request: &PowerRequest, result: Result<Accepted, HeoError>) -> PowerOutcome {
        let error = match result {
            Ok(accepted) => {
                self.backoff.answered();
                log_requested(request, &accepted);
                return PowerOutcome::Requested;
            }
            Err(HeoError::RateLimited { retry_after }) => {
                // The reply then names the wait the bot will actually keep.
                let wait = self.backoff.rate_limited(retry_after, Instant::now());
                tracing::warn!(?retry_after, ?wait, "HEO rate-limited the bot; backing off");
                HeoError::RateLimited {
                    retry_after: Some(wait),
                }
            }
            Err(error) => {
                if error.http_status().is_some() {
                    self.backoff.answered();
                }
                error
            }
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

fn log_refusal(request: &PowerRequest, refusal: Refusal) {
    tracing::info!(
        guild = request.guild,
        member = request.member,
        server = %request.server,
        action = %request.action,
        ?refusal,
        "power request refused before sending"
    );
}

fn log_store_error(error: &StoreError, guild: u64) {
    tracing::error!(
        guild,
        error = error as &dyn std::error::Error,
        "could not read the guild's key"
    );
}
