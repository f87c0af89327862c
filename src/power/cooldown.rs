//! The pause each member must leave between two power actions.
//!
//! A member's clock starts when the bot sends their action to HEO, whatever HEO answers:
//! every call spends the bot's shared rate budget. Requests refused before anything was
//! sent (no key, already in progress, cooling down, backing off) do not start it. The clock
//! is kept per guild, so one Discord user's actions in two guilds do not hold each other up.
//!
//! Time comes in as an [`Instant`] argument, so the rules are tested without sleeping.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

/// Above this many entries, stale ones are swept on the next start.
const SWEEP_ABOVE: usize = 1024;

type GuildMember = (u64, u64);

/// Shared by every clone.
#[derive(Clone, Debug)]
pub struct Cooldown {
    period: Duration,
    last_sent: Arc<Mutex<HashMap<GuildMember, Instant>>>,
}

/// A member's clock, started for an action about to be sent. Dropping it without
/// [`Started::keep`] puts the clock back as it was: nothing was sent after all.
#[derive(Debug)]
pub struct Started {
    cooldown: Cooldown,
    guild_member: GuildMember,
    at: Instant,
    before: Option<Instant>,
    kept: bool,
}

impl Cooldown {
    /// Members wait `period` between actions; zero turns the cooldown off.
    pub fn new(period: Duration) -> Self {
        Self {
            period,
            last_sent: Arc::default(),
        }
    }

    fn last_sent(&self) -> MutexGuard<'_, HashMap<GuildMember, Instant>> {
        // Plain data: a panic elsewhere cannot leave it half-written.
        self.last_sent
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
    }

    /// How long `member` of `guild` must still wait at `now`, if they must.
    pub fn remaining(&self, guild: u64, member: u64, now: Instant) -> Option<Duration> {
        let last = *self.last_sent().get(&(guild, member))?;
        self.left(last, now)
    }

    /// Starts `member`'s clock at `now`, or says how long they must still wait. Checks and
    /// starts under one lock, so two racing requests cannot both pass.
    pub fn start(&self, guild: u64, member: u64, now: Instant) -> Result<Started, Duration> {
        let guild_member = (guild, member);
        let mut last_sent = self.last_sent();
        let before = last_sent.get(&guild_member).copied();
        if let Some(wait) = before.and_then(|last| self.left(last, now)) {
            return Err(wait);
        }
        if !self.period.is_zero() {
            if last_sent.len() > SWEEP_ABOVE {
                last_sent.retain(|_, last| now.saturating_duration_since(*last) < self.period);
            }
            last_sent.insert(guild_member, now);
        }
        Ok(Started {
            cooldown: self.clone(),
            guild_member,
            at: now,
            before,
            kept: false,
        })
    }

    fn left(&self, last: Instant, now: Instant) -> Option<Duration> {
        let left = self
            .period
            .saturating_sub(now.saturating_duration_since(last));
        (!left.is_zero()).then_some(left)
    }
}

impl Started {
    /// The action is being sent: the clock stays started.
    pub fn keep(mut self) {
        self.kept = true;
    }
}

impl Drop for Started {
    fn drop(&mut self) {
        if self.kept {
            return;
        }
        let mut last_sent = self.cooldown.last_sent();
        // Only undo our own start, not a later one.
        if last_sent.get(&self.guild_member) == Some(&self.at) {
            match self.before {
                Some(before) => last_sent.insert(self.guild_member, before),
                None => last_sent.remove(&self.guild_member),
            };
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SEC: Duration = Duration::from_secs(1);

    #[test]
    fn a_member_waits_the_period_after_an_action_was_sent() {
        let cooldown = Cooldown::new(5 * SEC);
        let t0 = Instant::now();
        cooldown.start(1, 7, t0).unwrap().keep();
        assert_eq!(cooldown.start(1, 7, t0 + SEC).unwrap_err(), 4 * SEC);
        assert_eq!(cooldown.remaining(1, 7, t0 + 2 * SEC), Some(3 * SEC));
        assert!(cooldown.start(1, 7, t0 + 5 * SEC).is_ok());
    }

    #[test]
    fn other_members_and_other_guilds_do_not_wait() {
        let cooldown = Cooldown::new(5 * SEC);
        let t0 = Instant::now();
        cooldown.start(1, 7, t0).unwrap().keep();
        assert!(cooldown.start(1, 8, t0).is_ok());
        assert!(cooldown.start(2, 7, t0).is_ok());
    }

    #[test]
    fn a_start_dropped_before_sending_leaves_no_wait() {
        let cooldown = Cooldown::new(5 * SEC);
        let t0 = Instant::now();
        drop(cooldown.start(1, 7, t0).unwrap());
        assert_eq!(cooldown.remaining(1, 7, t0), None);
        cooldown.start(1, 7, t0).unwrap().keep();
        // After the period, a start that is then dropped restores the earlier clock.
        drop(cooldown.start(1, 7, t0 + 6 * SEC).unwrap());
        assert_eq!(cooldown.remaining(1, 7, t0 + 6 * SEC), None);
        assert_eq!(cooldown.remaining(1, 7, t0 + SEC), Some(4 * SEC));
    }

    #[test]
    fn a_zero_period_never_makes_anyone_wait() {
        let cooldown = Cooldown::new(Duration::ZERO);
        let t0 = Instant::now();
        cooldown.start(1, 7, t0).unwrap().keep();
        assert!(cooldown.start(1, 7, t0).is_ok());
        assert_eq!(cooldown.remaining(1, 7, t0), None);
    }

    #[test]
    fn stale_entries_are_swept_once_there_are_many() {
        let cooldown = Cooldown::new(SEC);
        let t0 = Instant::now();
        for member in 0..=SWEEP_ABOVE as u64 {
            cooldown.start(1, member, t0).unwrap().keep();
        }
        cooldown.start(2, 1, t0 + 2 * SEC).unwrap().keep();
        assert_eq!(cooldown.last_sent().len(), 1);
    }
}
