//! The guards every power request passes before anything is sent, in the order a member
//! meets them: the bot-wide pause after a 429, one action at a time per server, the member's
//! cooldown, the guild's share of provider calls, and the bot-wide cap on calls under way.
//! Each refuses at once, saying how long to wait; none waits or queues.

use std::time::Instant;

use super::call_cap::Place;
use super::cooldown::Started;
use super::guild_budget::Spent;
use super::server_locks::Slot;
use super::{Power, PowerOutcome, PowerRequest, Refusal};

/// A call that is not a power action (a log read, an in-game warning) that passed the guards
/// that protect HEO's shared budget: one of its guild's calls spent and a place among the
/// calls under way taken. It needs no server lock (a read changes nothing; a warning belongs
/// to a countdown that holds its server) and no member cooldown (the guild budget already
/// bounds what one guild can ask of HEO).
#[derive(Debug)]
pub struct CallAdmitted {
    pub(super) guild: u64,
    pub(super) spent: Spent,
    pub(super) place: Place,
}

/// A request that passed the guards: its server is taken, its member's cooldown started,
/// one of its guild's calls spent and a place among the calls under way taken. Dropping it
/// unsent gives all of them back.
#[derive(Debug)]
pub struct Admitted {
    pub(super) request: PowerRequest,
    pub(super) slot: Slot,
    /// `None` for a countdown's action: its member's cooldown was for asking for it.
    pub(super) clock: Option<Started>,
    pub(super) spent: Spent,
    pub(super) place: Place,
}

impl Power {
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
        let (guild, server) = (request.guild, request.server.as_str());
        if let Some(wait) = self.backoff.remaining(now) {
            return Some(Refusal::BackingOff { wait });
        }
        if let Some(hold) = self.holds.on(guild, server) {
            return Some(Refusal::CountingDown(hold));
        }
        if let Some(within) = self.locks.remaining(guild, server, now) {
            return Some(Refusal::InProgress { within });
        }
        if let Some(wait) = self.cooldown.remaining(guild, request.member, now) {
            return Some(Refusal::CoolingDown { wait });
        }
        if let Some(wait) = self.budget.remaining(guild, now) {
            return Some(Refusal::GuildBudget { wait });
        }
        self.calls.is_full().then(|| self.busy())
    }

    /// Passes `request` through the guards, taking its server, starting its member's
    /// cooldown, spending one of its guild's calls and taking a place among the calls under
    /// way, or says why not. Synchronous, so a caller can answer a refusal before
    /// acknowledging anything, and nothing can slip in between the check and the take.
    pub fn admit(&self, request: &PowerRequest) -> Result<Admitted, Refusal> {
        self.admit_as(request, None, false)
    }

    /// [`Power::admit`] for an action nobody is waiting for at the keyboard: the end of
    /// countdown `countdown` (the server it holds is its own), or a scheduled run without one.
    /// The member's cooldown does not apply: it is for a member asking again and again.
    pub fn admit_unattended(
        &self,
        request: &PowerRequest,
        countdown: Option<i64>,
    ) -> Result<Admitted, Refusal> {
        self.admit_as(request, countdown, true)
    }

    fn admit_as(
        &self,
        request: &PowerRequest,
        countdown: Option<i64>,
        unattended: bool,
    ) -> Result<Admitted, Refusal> {
        let admitted = self.take(request, Instant::now(), countdown, unattended);
        if let Err(refusal) = admitted {
            log_refusal(request, refusal);
            self.record(request, &PowerOutcome::Refused(refusal));
        }
        admitted
    }

    fn take(
        &self,
        request: &PowerRequest,
        now: Instant,
        countdown: Option<i64>,
        unattended: bool,
    ) -> Result<Admitted, Refusal> {
        let guild = request.guild;
        if let Some(wait) = self.backoff.remaining(now) {
            return Err(Refusal::BackingOff { wait });
        }
        if let Some(hold) = self.holds.on(guild, request.server.as_str())
            && Some(hold.countdown) != countdown
        {
            return Err(Refusal::CountingDown(hold));
        }
        let slot = self
            .locks
            .take(guild, request.server.as_str(), now)
            .map_err(|within| Refusal::InProgress { within })?;
        let clock = if unattended {
            None
        } else {
            let started = self.cooldown.start(guild, request.member, now);
            Some(started.map_err(|wait| Refusal::CoolingDown { wait })?)
        };
        let spent = self
            .budget
            .spend(guild, now)
            .map_err(|wait| Refusal::GuildBudget { wait })?;
        let place = self.calls.take().ok_or_else(|| self.busy())?;
        Ok(Admitted {
            request: request.clone(),
            slot,
            clock,
            spent,
            place,
        })
    }

    /// Passes a call for `guild` that is not a power action through the bot-wide 429 pause,
    /// the guild's share of calls and the cap on calls under way, or says why not. Never
    /// waits.
    pub fn admit_call(&self, guild: u64) -> Result<CallAdmitted, Refusal> {
        let now = Instant::now();
        let admitted = match self.backoff.remaining(now) {
            Some(wait) => Err(Refusal::BackingOff { wait }),
            None => self
                .budget
                .spend(guild, now)
                .map_err(|wait| Refusal::GuildBudget { wait })
                .and_then(|spent| {
                    let place = self.calls.take().ok_or_else(|| self.busy())?;
                    Ok(CallAdmitted {
                        guild,
                        spent,
                        place,
                    })
                }),
        };
        if let Err(refusal) = &admitted {
            tracing::info!(guild, ?refusal, "HEO call refused before sending");
        }
        admitted
    }

    /// Every place is taken; each call under way ends within HEO's timeout.
    pub(super) fn busy(&self) -> Refusal {
        Refusal::Busy {
            within: self.heo.timeout(),
        }
    }
}

pub(super) fn log_refusal(request: &PowerRequest, refusal: Refusal) {
    tracing::info!(
        guild = request.guild,
        member = request.member,
        server = %request.server,
        action = %request.action,
        ?refusal,
        "power request refused before sending"
    );
}
