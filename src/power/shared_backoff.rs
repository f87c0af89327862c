//! The 429 pause shared with the other bot processes on this database
//! (`HEO_BACKOFF_SHARED`, see [`Power::with_shared_backoff`]).
//!
//! HEO limits per client IP, and processes sharing a PostgreSQL database often share one
//! egress IP too: after one of them meets a 429, the others must wait as well, or their
//! requests pile onto the limit and can get the IP banned. A 429 writes the instant its pause
//! ends (wall clock, Unix milliseconds: an `Instant` means nothing in another process), and
//! before anything is sent the desk reads it besides its own pause, taking a pause it finds
//! into its own so that the next request is refused without asking the database.
//!
//! The database only ever adds caution: a failed or slow read or write is logged and this
//! process's own pause alone decides, so a database problem delays an action by at most
//! [`DATABASE_WAIT`] and never stops it.
//!
//! A read is reused for [`REREAD_AFTER`]: reading before every request cost about a quarter
//! of the throughput at 64 concurrent commands on PostgreSQL (BENCHMARKS.md), while another
//! process's 429 is now seen at most that long after it was written.

use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use crate::heo::HeoError;

use super::Power;
use super::backoff::MAX_RETRY_AFTER;

/// How long a read or write of the shared pause may take before it is given up.
const DATABASE_WAIT: Duration = Duration::from_secs(2);
/// How long a read of the shared pause is reused before the database is asked again.
const REREAD_AFTER: Duration = Duration::from_millis(250);

/// The shared pause as last read, shared by the desk's clones.
#[derive(Clone, Debug, Default)]
pub(super) struct LastRead(Arc<Mutex<Option<Read>>>);

/// One read: when, and the pause's end it found (Unix ms; `None`: no pause).
#[derive(Clone, Copy, Debug)]
struct Read {
    at: Instant,
    until_ms: Option<i64>,
}

impl LastRead {
    /// What was read within [`REREAD_AFTER`] of `now`, if anything was.
    fn fresh(&self, now: Instant) -> Option<Option<i64>> {
        let last = (*self.0.lock().unwrap_or_else(PoisonError::into_inner))?;
        (now.saturating_duration_since(last.at) < REREAD_AFTER).then_some(last.until_ms)
    }

    fn remember(&self, at: Instant, until_ms: Option<i64>) {
        *self.0.lock().unwrap_or_else(PoisonError::into_inner) = Some(Read { at, until_ms });
    }
}

impl Power {
    /// How long nothing may be sent yet because of a 429: this process's pause, or another
    /// process's when shared, whichever ends later.
    pub(super) async fn backoff_wait(&self) -> Option<Duration> {
        if self.shared_backoff
            && let Some(wait) = self.shared_wait().await
        {
            self.backoff.hold(wait, Instant::now());
        }
        self.backoff.remaining(Instant::now())
    }

    async fn shared_wait(&self) -> Option<Duration> {
        let asked_at = Instant::now();
        if let Some(until_ms) = self.shared_read.fresh(asked_at) {
            return wait_until(until_ms?, now_unix_ms());
        }
        match tokio::time::timeout(DATABASE_WAIT, self.store.heo_pause()).await {
            Ok(Ok(until_ms)) => {
                self.shared_read.remember(asked_at, until_ms);
                wait_until(until_ms?, now_unix_ms())
            }
            Ok(Err(error)) => {
                tracing::warn!(
                    error = &error as &dyn std::error::Error,
                    "could not read the shared HEO back-off; this process's own decides"
                );
                None
            }
            Err(_) => {
                tracing::warn!(
                    timeout = ?DATABASE_WAIT,
                    "reading the shared HEO back-off took too long; this process's own decides"
                );
                None
            }
        }
    }

    /// When `error` is a 429, passes the pause this process now keeps on to the others.
    pub(super) async fn share_backoff(&self, error: &HeoError) {
        let HeoError::RateLimited {
            retry_after: Some(wait),
        } = error
        else {
            return;
        };
        if !self.shared_backoff {
            return;
        }
        let until_ms = pause_end(now_unix_ms(), *wait);
        match tokio::time::timeout(DATABASE_WAIT, self.store.extend_heo_pause(until_ms)).await {
            Ok(Ok(())) => {}
            Ok(Err(error)) => tracing::warn!(
                error = &error as &dyn std::error::Error,
                "could not share the HEO back-off with the other processes"
            ),
            Err(_) => tracing::warn!(
                timeout = ?DATABASE_WAIT,
                "sharing the HEO back-off with the other processes took too long"
            ),
        }
    }
}

fn now_unix_ms() -> i64 {
    let since_epoch = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default();
    i64::try_from(since_epoch.as_millis()).unwrap_or(i64::MAX)
}

/// The instant (Unix milliseconds) `wait` after `now_ms`.
fn pause_end(now_ms: i64, wait: Duration) -> i64 {
    now_ms.saturating_add(i64::try_from(wait.as_millis()).unwrap_or(i64::MAX))
}

/// What is left at `now_ms` of a pause that ends at `until_ms`, if anything. At most
/// [`MAX_RETRY_AFTER`], as for a 429 of this process: a row written by a process whose clock
/// runs far ahead must not silence every process for longer than HEO itself could.
fn wait_until(until_ms: i64, now_ms: i64) -> Option<Duration> {
    let left_ms = u64::try_from(until_ms.saturating_sub(now_ms)).ok()?;
    (left_ms > 0).then(|| Duration::from_millis(left_ms).min(MAX_RETRY_AFTER))
}

#[cfg(test)]
mod tests {
    use super::*;

    const T0: i64 = 1_800_000_000_000;

    #[test]
    fn a_pause_ends_its_wait_after_now_to_the_millisecond() {
        assert_eq!(pause_end(T0, Duration::from_millis(120_500)), T0 + 120_500);
        assert_eq!(pause_end(i64::MAX - 1, Duration::MAX), i64::MAX);
    }

    #[test]
    fn what_is_left_counts_down_to_nothing() {
        let until = pause_end(T0, Duration::from_secs(120));
        assert_eq!(wait_until(until, T0), Some(Duration::from_secs(120)));
        assert_eq!(
            wait_until(until, T0 + 500),
            Some(Duration::from_millis(119_500))
        );
        assert_eq!(wait_until(until, until), None);
        assert_eq!(wait_until(until, until + 1), None);
        assert_eq!(wait_until(i64::MIN, T0), None);
    }

    #[test]
    fn a_pause_far_in_the_future_waits_no_longer_than_the_longest_retry_after() {
        assert_eq!(wait_until(i64::MAX, T0), Some(MAX_RETRY_AFTER));
    }

    #[test]
    fn a_read_is_reused_for_a_moment_then_asked_again() {
        let last = LastRead::default();
        let t0 = Instant::now();
        assert_eq!(last.fresh(t0), None, "nothing read yet");
        last.remember(t0, Some(T0));
        assert_eq!(last.fresh(t0 + REREAD_AFTER / 2), Some(Some(T0)));
        assert_eq!(last.fresh(t0 + REREAD_AFTER), None);
        last.remember(t0, None);
        assert_eq!(last.fresh(t0), Some(None), "no pause is remembered too");
    }

    #[test]
    fn the_wall_clock_is_in_milliseconds_since_1970() {
        let now = now_unix_ms();
        // 2020-09-13 to 2286: seconds would be far below, microseconds far above.
        assert!(
            (1_600_000_000_000..10_000_000_000_000).contains(&now),
            "{now}"
        );
    }
}
