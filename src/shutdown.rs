//! The shutdown gate: the power actions under way, so that a shutdown can stop taking new
//! ones and let the running ones finish before the process exits.
//!
//! No Discord types here: commands hold a [`Running`] for as long as they talk to the
//! provider, and `startup` closes the gate and waits for them.

use std::time::Duration;

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
}
