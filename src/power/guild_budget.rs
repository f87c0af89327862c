//! Each guild's fair share of provider calls (`HEO_GUILD_BUDGET`).
//!
//! HEO limits per client IP, so every guild shares one budget and a 429 pauses the whole bot.
//! Without a share of its own, one guild (anyone can add a public bot and link a key) could
//! spend that budget on random server IDs until HEO answers 429, again and again, while the
//! member cooldown only slows each member. So each guild gets a token bucket: `calls` calls at
//! once, then one more every `window / calls`.
//!
//! The bucket is kept in its equivalent "virtual clock" form (GCRA): per guild, the instant at
//! which its bucket is full again. A call pushes that instant `window / calls` later, and is
//! refused when it would end up more than `window` ahead of now. Exact integer time, no
//! floating-point tokens, and a guild whose instant has passed holds a full bucket, the same
//! as having no entry: idle guilds are swept, so memory follows the guilds active within one
//! window.
//!
//! Like the cooldown, a call is spent when the action may reach HEO; a request dropped before
//! that (no key, a 429 pause met after the key was read) gives its call back.
//!
//! Time comes in as an [`Instant`] argument, so the rules are tested without sleeping.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

use crate::domain::CallBudget;

/// Idle entries are swept once there are more than this many, or twice as many as after the
/// last sweep: a sweep is linear, and the doubling keeps its cost per call constant however
/// many guilds are active.
const SWEEP_ABOVE: usize = 1024;

/// Shared by every clone. Without a budget, nothing is ever refused or kept.
#[derive(Clone, Debug, Default)]
pub struct GuildBudget {
    budget: Option<CallBudget>,
    table: Arc<Mutex<Table>>,
}

#[derive(Debug, Default)]
struct Table {
    /// Per guild, when its bucket is full again (only guilds for which that is still ahead).
    full_at: HashMap<u64, Instant>,
    sweep_above: usize,
}

/// One call taken from a guild's bucket for an action about to be sent. Dropping it without
/// [`Spent::keep`] gives the call back: nothing was sent after all.
#[derive(Debug)]
pub struct Spent {
    budget: GuildBudget,
    guild: u64,
    kept: bool,
}

impl GuildBudget {
    /// Each guild gets `budget`; `None` turns the budget off.
    pub fn new(budget: Option<CallBudget>) -> Self {
        Self {
            budget,
            table: Arc::default(),
        }
    }

    fn table(&self) -> MutexGuard<'_, Table> {
        // Plain data: a panic elsewhere cannot leave it half-written.
        self.table.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// How long `guild` must still wait at `now` before its next call, if it must.
    pub fn remaining(&self, guild: u64, now: Instant) -> Option<Duration> {
        let budget = self.budget?;
        let full_at = self.table().full_at.get(&guild).copied();
        wait_for(budget, full_at, now).err()
    }

    /// Takes one call from `guild`'s bucket at `now`, or says how long until one is back.
    /// Checks and takes under one lock, so two racing requests cannot both take the last.
    pub fn spend(&self, guild: u64, now: Instant) -> Result<Spent, Duration> {
        if let Some(budget) = self.budget {
            let mut table = self.table();
            let after = wait_for(budget, table.full_at.get(&guild).copied(), now)?;
            table.sweep(now);
            table.full_at.insert(guild, after);
        }
        // Made only once the call is taken: dropping it gives one back.
        Ok(Spent {
            budget: self.clone(),
            guild,
            kept: false,
        })
    }

    /// Gives one call back to `guild`.
    fn give_back(&self, guild: u64) {
        let Some(budget) = self.budget else {
            return;
        };
        let mut table = self.table();
        if let Some(full_at) = table.full_at.get_mut(&guild) {
            // `checked_sub` fails only where the platform's clock cannot reach that far back;
            // the call is then earned back with time instead.
            if let Some(earlier) = full_at.checked_sub(budget.refill_every()) {
                *full_at = earlier;
            }
        }
    }
}

/// When the bucket is full again after one more call at `now`, or how long until that call
/// fits, for a bucket full again at `full_at` (`None`: full now).
fn wait_for(
    budget: CallBudget,
    full_at: Option<Instant>,
    now: Instant,
) -> Result<Instant, Duration> {
    let from = full_at.map_or(now, |full_at| full_at.max(now));
    let after = from + budget.refill_every();
    let ahead = after.saturating_duration_since(now);
    match ahead.checked_sub(budget.window) {
        Some(over) if !over.is_zero() => Err(over),
        _ => Ok(after),
    }
}

impl Table {
    /// Drops the entries of guilds whose bucket is full again at `now`, when there are many.
    fn sweep(&mut self, now: Instant) {
        if self.full_at.len() <= self.sweep_above.max(SWEEP_ABOVE) {
            return;
        }
        self.full_at.retain(|_, full_at| *full_at > now);
        self.sweep_above = 2 * self.full_at.len();
    }
}

impl Spent {
    /// The action is being sent: the call stays spent.
    pub fn keep(mut self) {
        self.kept = true;
    }
}

impl Drop for Spent {
    fn drop(&mut self) {
        if !self.kept {
            self.budget.give_back(self.guild);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SEC: Duration = Duration::from_secs(1);

    /// `calls` calls per `window_secs` seconds.
    fn budget(calls: u32, window_secs: u64) -> GuildBudget {
        GuildBudget::new(Some(CallBudget {
            calls,
            window: Duration::from_secs(window_secs),
        }))
    }

    fn spend_kept(budget: &GuildBudget, guild: u64, at: Instant) -> Result<(), Duration> {
        budget.spend(guild, at).map(Spent::keep)
    }

    #[test]
    fn a_guild_makes_its_calls_at_once_then_waits_for_one_to_come_back() {
        let budget = budget(3, 60);
        let t0 = Instant::now();
        for _ in 0..3 {
            spend_kept(&budget, 1, t0).unwrap();
        }
        assert_eq!(spend_kept(&budget, 1, t0), Err(20 * SEC));
        assert_eq!(budget.remaining(1, t0 + 5 * SEC), Some(15 * SEC));
        spend_kept(&budget, 1, t0 + 20 * SEC).unwrap();
        assert_eq!(spend_kept(&budget, 1, t0 + 20 * SEC), Err(20 * SEC));
    }

    #[test]
    fn an_idle_guild_gets_its_whole_bucket_back_and_no_more() {
        let budget = budget(2, 10);
        let t0 = Instant::now();
        spend_kept(&budget, 1, t0).unwrap();
        spend_kept(&budget, 1, t0).unwrap();
        // Long idle: still only two at once.
        let later = t0 + 3600 * SEC;
        spend_kept(&budget, 1, later).unwrap();
        spend_kept(&budget, 1, later).unwrap();
        assert_eq!(spend_kept(&budget, 1, later), Err(5 * SEC));
    }

    #[test]
    fn other_guilds_keep_their_own_bucket() {
        let budget = budget(1, 60);
        let t0 = Instant::now();
        spend_kept(&budget, 1, t0).unwrap();
        assert!(spend_kept(&budget, 1, t0).is_err());
        assert_eq!(budget.remaining(2, t0), None);
        spend_kept(&budget, 2, t0).unwrap();
    }

    #[test]
    fn a_call_dropped_before_sending_is_given_back() {
        let budget = budget(1, 60);
        let t0 = Instant::now();
        drop(budget.spend(1, t0).unwrap());
        assert_eq!(budget.remaining(1, t0), None);
        spend_kept(&budget, 1, t0).unwrap();
        assert_eq!(budget.remaining(1, t0), Some(60 * SEC));
    }

    #[test]
    fn without_a_budget_nothing_is_refused_or_kept() {
        let budget = GuildBudget::new(None);
        let t0 = Instant::now();
        for _ in 0..10_000 {
            spend_kept(&budget, 1, t0).unwrap();
        }
        assert_eq!(budget.remaining(1, t0), None);
        assert!(budget.table().full_at.is_empty());
    }

    #[test]
    fn idle_guilds_are_swept_once_there_are_many() {
        let budget = budget(1, 1);
        let t0 = Instant::now();
        for guild in 0..=SWEEP_ABOVE as u64 {
            spend_kept(&budget, guild, t0).unwrap();
        }
        assert_eq!(budget.table().full_at.len(), SWEEP_ABOVE + 1);
        spend_kept(&budget, u64::MAX, t0 + 2 * SEC).unwrap();
        assert_eq!(budget.table().full_at.len(), 1);
    }

    #[test]
    fn a_sweep_that_frees_little_waits_for_the_table_to_double() {
        let budget = budget(1, 3600);
        let t0 = Instant::now();
        let active = 2 * SWEEP_ABOVE as u64;
        for guild in 0..active {
            spend_kept(&budget, guild, t0).unwrap();
        }
        // All still active: one sweep freed nothing, and set the next at twice the table.
        let table = budget.table();
        assert_eq!(table.full_at.len() as u64, active);
        assert!(
            table.sweep_above >= 2 * SWEEP_ABOVE,
            "{}",
            table.sweep_above
        );
    }
}
