//! Wall-clock time for what the bot does later: countdowns and schedules.
//!
//! Everything that waits for a moment of the calendar asks a [`Clock`] instead of the
//! system, so that tests can drive a ten-minute countdown or a week of schedules through the
//! real bot without waiting: [`Clock::driven`] gives a clock that stands still until its
//! [`DrivenClock`] moves it.

use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, Utc};
use tokio::sync::watch;

/// The longest a [`Clock::System`] sleep lasts before it looks at the wall clock again, so
/// that a clock set forward or back (NTP, a suspended machine) is followed within it.
const LONGEST_NAP: Duration = Duration::from_secs(30);

/// Where "now" comes from.
#[derive(Clone, Debug, Default)]
pub enum Clock {
    /// The machine's wall clock.
    #[default]
    System,
    /// A clock a test moves by hand (see [`Clock::driven`]).
    Driven(Arc<watch::Sender<DateTime<Utc>>>),
}

/// The hand that moves a [`Clock::Driven`]. Time never goes back.
#[derive(Clone, Debug)]
pub struct DrivenClock(Arc<watch::Sender<DateTime<Utc>>>);

impl Clock {
    /// A clock standing at `start` until the returned hand moves it.
    pub fn driven(start: DateTime<Utc>) -> (Self, DrivenClock) {
        let now = Arc::new(watch::Sender::new(start));
        (Self::Driven(now.clone()), DrivenClock(now))
    }

    /// The current time.
    pub fn now(&self) -> DateTime<Utc> {
        match self {
            Self::System => Utc::now(),
            Self::Driven(now) => *now.borrow(),
        }
    }

    /// Returns once the clock reads `at` or later (at once if it already does).
    pub async fn sleep_until(&self, at: DateTime<Utc>) {
        match self {
            Self::System => loop {
                let Ok(left) = (at - Utc::now()).to_std() else {
                    return;
                };
                if left.is_zero() {
                    return;
                }
                tokio::time::sleep(left.min(LONGEST_NAP)).await;
            },
            Self::Driven(now) => {
                let mut moved = now.subscribe();
                // Only fails if the hand and the clock are both gone, which cannot be while
                // `self` holds the sender; waiting forever is then the honest answer.
                if moved.wait_for(|now| *now >= at).await.is_err() {
                    std::future::pending::<()>().await;
                }
            }
        }
    }
}

impl DrivenClock {
    /// The time the clock reads.
    pub fn now(&self) -> DateTime<Utc> {
        *self.0.borrow()
    }

    /// Moves the clock forward by `by`, waking whatever waits for a moment now reached.
    pub fn advance(&self, by: Duration) {
        let by = chrono::Duration::from_std(by).expect("a test advances by a sane duration");
        self.0.send_modify(|now| *now += by);
    }

    /// Moves the clock to `at`; a moment in the past leaves it where it is.
    pub fn set(&self, at: DateTime<Utc>) {
        self.0.send_if_modified(|now| {
            let later = at > *now;
            if later {
                *now = at;
            }
            later
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t0() -> DateTime<Utc> {
        DateTime::parse_from_rfc3339("2026-03-29T00:30:00Z")
            .unwrap()
            .with_timezone(&Utc)
    }

    #[tokio::test]
    async fn a_driven_clock_wakes_a_sleeper_only_once_it_reaches_the_moment() {
        let (clock, hand) = Clock::driven(t0());
        let at = t0() + chrono::Duration::minutes(10);
        let sleeper = tokio::spawn({
            let clock = clock.clone();
            async move { clock.sleep_until(at).await }
        });
        hand.advance(Duration::from_secs(9 * 60));
        tokio::task::yield_now().await;
        assert!(!sleeper.is_finished(), "nine minutes are not ten");
        hand.advance(Duration::from_secs(60));
        tokio::time::timeout(Duration::from_secs(5), sleeper)
            .await
            .expect("woken at the moment")
            .unwrap();
        assert_eq!(clock.now(), at);
    }

    #[tokio::test]
    async fn a_moment_already_past_returns_at_once_and_time_never_goes_back() {
        let (clock, hand) = Clock::driven(t0());
        clock.sleep_until(t0() - chrono::Duration::hours(1)).await;
        Clock::System
            .sleep_until(Utc::now() - chrono::Duration::seconds(1))
            .await;
        hand.set(t0() - chrono::Duration::hours(1));
        assert_eq!(hand.now(), t0());
    }
}
