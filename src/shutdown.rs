//! The shutdown gate: the power actions under way, so that a shutdown can stop taking new
//! ones and let the running ones finish before the process exits; and the [`Alarm`]s that
//! stop the bot as SIGTERM does (a failed registration, too few shards).
//!
//! No Discord types here: commands hold a [`Running`] for as long as they talk to the
//! provider, and `startup` closes the gate and waits for them.

use std::sync::Arc;
use std::time::Duration;

use tokio::sync::watch;

use tokio_util::task::TaskTracker;
use tokio_util::task::task_tracker::TaskTrackerToken;

/// Shared by every command; clones see the same actions.
#[derive(Clone, Debug, Default)]
pub struct Drain {
    tracker: TaskTracker,
}

/// One running action; dropping it (however the command ends) counts it as finished.
#[must_use = "the action counts as running only while this is held"]
#[derive(Debug)]
pub struct Running {
    _token: TaskTrackerToken,
}

impl Drain {
    pub fn new() -> Self {
        Self::default()
    }

    /// Counts a new action as running, or `None` once shutdown has begun.
    pub fn enter(&self) -> Option<Running> {
        // Count first, then look at the gate: either the drain waits for this action, or
        // this action sees the closed gate, never neither.
        let token = self.tracker.token();
        if self.is_closed() {
            return None; // `token` drops here and uncounts itself.
        }
        Some(Running { _token: token })
    }

    /// Whether shutdown has begun: new actions are refused from then on.
    pub fn is_closed(&self) -> bool {
        self.tracker.is_closed()
    }

    /// How many actions are running now.
    pub fn running(&self) -> usize {
        self.tracker.len()
    }

    /// Refuses new actions, then waits up to `bound` for the running ones to end. Returns
    /// how many were still running when it stopped waiting (0 when all finished).
    pub async fn close_and_drain(&self, bound: Duration) -> usize {
        self.tracker.close();
        match tokio::time::timeout(bound, self.tracker.wait()).await {
            Ok(()) => 0,
            Err(_) => self.running(),
        }
    }
}

/// A reason to stop the bot, raised by whoever finds it (with what it found) and awaited by
/// `startup`, which then shuts down as on SIGTERM: the actions under way finish and are
/// answered. Clones share one alarm; the first raise counts.
#[derive(Debug)]
pub struct Alarm<T>(Arc<watch::Sender<Option<T>>>);

// Not derived: a derive would require `T: Clone` / `T: Default`.
impl<T> Clone for Alarm<T> {
    fn clone(&self) -> Self {
        Self(self.0.clone())
    }
}

impl<T> Default for Alarm<T> {
    fn default() -> Self {
        Self(Arc::new(watch::channel(None).0))
    }
}

impl<T: Clone> Alarm<T> {
    /// Raises the alarm with `why`, unless it was raised already.
    pub fn raise(&self, why: T) {
        self.0.send_if_modified(|raised| {
            let first = raised.is_none();
            if first {
                *raised = Some(why);
            }
            first
        });
    }

    /// Why the alarm was raised, if it was.
    pub fn why(&self) -> Option<T> {
        self.0.borrow().clone()
    }

    /// Completes once the alarm is raised (at once if it already is).
    pub async fn raised(&self) {
        // The sender lives as long as `self`, so the wait cannot end any other way.
        let _ = self.0.subscribe().wait_for(Option::is_some).await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_drain_waits_for_running_actions_and_refuses_new_ones() {
        let drain = Drain::new();
        let entry = drain.enter().expect("open before shutdown");
        let releaser = tokio::spawn(async move {
            tokio::time::sleep(Duration::from_millis(50)).await;
            drop(entry);
        });
        let left = drain.close_and_drain(Duration::from_secs(5)).await;
        assert_eq!(left, 0);
        assert!(drain.enter().is_none(), "closed after shutdown began");
        assert_eq!(drain.running(), 0, "a refused entry is not counted");
        releaser.await.unwrap();
    }

    #[tokio::test]
    async fn a_drain_gives_up_after_its_bound_and_says_how_many_were_left() {
        let drain = Drain::new();
        let _stuck = drain.enter().unwrap();
        let _also = drain.enter().unwrap();
        let left = drain.close_and_drain(Duration::from_millis(50)).await;
        assert_eq!(left, 2);
    }

    #[tokio::test]
    async fn a_drain_with_nothing_running_returns_at_once() {
        let drain = Drain::new();
        drop(drain.enter());
        let left = tokio::time::timeout(
            Duration::from_millis(100),
            drain.close_and_drain(Duration::from_secs(60)),
        )
        .await
        .expect("no wait with nothing running");
        assert_eq!(left, 0);
    }

    #[tokio::test]
    async fn a_raised_alarm_wakes_its_waiter_and_keeps_its_first_reason() {
        let alarm = Alarm::<u32>::default();
        let waiter = tokio::spawn({
            let alarm = alarm.clone();
            async move { alarm.raised().await }
        });
        tokio::task::yield_now().await;
        assert_eq!(alarm.why(), None);
        alarm.raise(1);
        alarm.raise(2);
        tokio::time::timeout(Duration::from_secs(1), waiter)
            .await
            .expect("woken by the raise")
            .unwrap();
        assert_eq!(alarm.why(), Some(1));
        tokio::time::timeout(Duration::from_millis(100), alarm.raised())
            .await
            .expect("a raised alarm completes at once");
    }
}
