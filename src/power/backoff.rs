//! The bot-wide pause after HEO answers 429.
//!
//! HEO rate-limits per client IP, so every guild this bot serves shares one budget: after a
//! 429, nothing more is sent by anyone until the wait has passed. The wait is HEO's
//! `Retry-After` when given (but never less than [`MIN_RETRY_AFTER`]), else 30 s doubling
//! with each consecutive 429 up to 10 minutes.
//!
//! With PostgreSQL, several processes may share one egress IP; `shared_backoff` passes the
//! pause on to them through the database, and [`Backoff::hold`] takes theirs in.
//!
//! Time comes in as an [`Instant`] argument, so the rules are tested without sleeping.

use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

/// The wait after a first 429 without `Retry-After`.
const FIRST_WAIT: Duration = Duration::from_secs(30);
/// The longest default wait, reached after five 429s in a row.
const MAX_WAIT: Duration = Duration::from_secs(10 * 60);
/// The shortest pause after any 429, whatever `Retry-After` says. A `Retry-After: 0`, or a
/// date already past (a proxy's clock, a confused limiter), would otherwise let every guild's
/// next command go straight back into a limiter that has just refused the bot, and HEO blocks
/// an IP for a while after repeated violations. Five seconds is long enough to let HEO's
/// bucket refill a little and short enough that a real "retry now" costs members little.
pub(super) const MIN_RETRY_AFTER: Duration = Duration::from_secs(5);
/// The longest `Retry-After` honoured: a confused proxy must not silence the bot for days.
pub(super) const MAX_RETRY_AFTER: Duration = Duration::from_secs(60 * 60);

/// Shared by every clone: one pause for the whole bot.
#[derive(Clone, Debug, Default)]
pub struct Backoff {
    state: Arc<Mutex<State>>,
}

#[derive(Debug, Default)]
struct State {
    /// Nothing is sent before this.
    until: Option<Instant>,
    /// 429s since HEO last answered with anything else.
    strikes: u32,
}

impl Backoff {
    fn state(&self) -> std::sync::MutexGuard<'_, State> {
        // Plain data: a panic elsewhere cannot leave it half-written.
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// How long the bot must still wait at `now`, if it must.
    pub fn remaining(&self, now: Instant) -> Option<Duration> {
        let until = self.state().until?;
        let left = until.saturating_duration_since(now);
        (!left.is_zero()).then_some(left)
    }

    /// Records a 429 received at `now`; returns how long the bot now waits.
    pub fn rate_limited(&self, retry_after: Option<Duration>, now: Instant) -> Duration {
        let mut state = self.state();
        state.strikes = state.strikes.saturating_add(1);
        let wait = match retry_after {
            Some(wait) => wait.clamp(MIN_RETRY_AFTER, MAX_RETRY_AFTER),
            None => default_wait(state.strikes),
        };
        // Requests already in flight may answer 429 after a longer wait was set: keep it.
        let until = now + wait;
        state.until = Some(state.until.map_or(until, |earlier| earlier.max(until)));
        state
            .until
            .map_or(wait, |u| u.saturating_duration_since(now))
    }

    /// Takes in a pause another process met: nothing is sent for `wait` after `now`. A longer
    /// pause already kept stays. The 429s in a row are not counted up: this process met none.
    pub fn hold(&self, wait: Duration, now: Instant) {
        let mut state = self.state();
        let until = now + wait.min(MAX_RETRY_AFTER);
        state.until = Some(state.until.map_or(until, |earlier| earlier.max(until)));
    }

    /// HEO answered with something other than 429: the budget is back.
    pub fn answered(&self) {
        self.state().strikes = 0;
    }
}

/// 30 s, 60 s, 120 s, ... up to [`MAX_WAIT`], for the `strikes`th 429 in a row.
fn default_wait(strikes: u32) -> Duration {
    let doublings = strikes.saturating_sub(1).min(16);
    FIRST_WAIT.saturating_mul(1 << doublings).min(MAX_WAIT)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SEC: Duration = Duration::from_secs(1);

    #[test]
    fn nothing_waits_before_a_429() {
        assert_eq!(Backoff::default().remaining(Instant::now()), None);
    }

    #[test]
    fn retry_after_is_honoured_and_counts_down_to_nothing() {
        let backoff = Backoff::default();
        let t0 = Instant::now();
        assert_eq!(backoff.rate_limited(Some(12 * SEC), t0), 12 * SEC);
        assert_eq!(backoff.remaining(t0), Some(12 * SEC));
        assert_eq!(backoff.remaining(t0 + SEC / 2), Some(23 * SEC / 2));
        assert_eq!(backoff.remaining(t0 + 12 * SEC), None);
        assert_eq!(backoff.remaining(t0 + 13 * SEC), None);
    }

    #[test]
    fn without_retry_after_the_wait_doubles_from_30_seconds_up_to_10_minutes() {
        let backoff = Backoff::default();
        let mut now = Instant::now();
        let mut waits = Vec::new();
        for _ in 0..7 {
            let wait = backoff.rate_limited(None, now);
            waits.push(wait.as_secs());
            now += wait;
        }
        assert_eq!(waits, [30, 60, 120, 240, 480, 600, 600]);
    }

    #[test]
    fn any_other_answer_resets_the_doubling() {
        let backoff = Backoff::default();
        let t0 = Instant::now();
        backoff.rate_limited(None, t0);
        backoff.rate_limited(None, t0 + 30 * SEC);
        backoff.answered();
        assert_eq!(backoff.rate_limited(None, t0 + 90 * SEC), 30 * SEC);
    }

    #[test]
    fn a_later_shorter_429_does_not_cut_a_longer_wait() {
        let backoff = Backoff::default();
        let t0 = Instant::now();
        backoff.rate_limited(Some(10 * SEC), t0);
        assert_eq!(backoff.rate_limited(Some(SEC), t0 + SEC), 9 * SEC);
        assert_eq!(backoff.remaining(t0 + SEC), Some(9 * SEC));
    }

    #[test]
    fn a_retry_after_of_zero_or_below_the_floor_still_pauses_for_the_floor() {
        let backoff = Backoff::default();
        let t0 = Instant::now();
        assert_eq!(
            backoff.rate_limited(Some(Duration::ZERO), t0),
            MIN_RETRY_AFTER
        );
        assert_eq!(backoff.remaining(t0), Some(MIN_RETRY_AFTER));
        let t1 = t0 + MIN_RETRY_AFTER;
        assert_eq!(backoff.rate_limited(Some(SEC), t1), MIN_RETRY_AFTER);
        assert_eq!(backoff.rate_limited(Some(6 * SEC), t1), 6 * SEC);
    }

    #[test]
    fn an_absurd_retry_after_is_capped_at_an_hour() {
        let backoff = Backoff::default();
        let t0 = Instant::now();
        let wait = backoff.rate_limited(Some(Duration::from_secs(86_400 * 365)), t0);
        assert_eq!(wait, MAX_RETRY_AFTER);
    }

    #[test]
    fn a_held_pause_lengthens_the_wait_but_never_shortens_it() {
        let backoff = Backoff::default();
        let t0 = Instant::now();
        backoff.hold(20 * SEC, t0);
        assert_eq!(backoff.remaining(t0), Some(20 * SEC));
        backoff.hold(5 * SEC, t0 + SEC);
        assert_eq!(backoff.remaining(t0 + SEC), Some(19 * SEC));
        backoff.hold(Duration::from_secs(86_400), t0);
        assert_eq!(backoff.remaining(t0), Some(MAX_RETRY_AFTER));
    }

    #[test]
    fn a_held_pause_does_not_count_as_a_429_of_this_process() {
        let backoff = Backoff::default();
        let t0 = Instant::now();
        backoff.hold(60 * SEC, t0);
        assert_eq!(backoff.rate_limited(None, t0 + 60 * SEC), 30 * SEC);
    }

    #[test]
    fn clones_share_one_pause() {
        let backoff = Backoff::default();
        let t0 = Instant::now();
        backoff.clone().rate_limited(Some(5 * SEC), t0);
        assert_eq!(backoff.remaining(t0), Some(5 * SEC));
    }
}
