//! The power actions under way, so that a shutdown can stop taking new ones and let the
//! running ones finish before the process exits.
//!
//! No Discord types here: commands hold an [`Entry`] for as long as they talk to the
//! provider, and `startup` closes the gate and waits on the signal.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::Duration;

use tokio::sync::Notify;

/// Shared by every command; clones see the same count.
#[derive(Clone, Debug, Default)]
pub struct InFlight {
    inner: Arc<Inner>,
}

#[derive(Debug, Default)]
struct Inner {
    running: AtomicUsize,
    closed: AtomicBool,
    /// Woken whenever an entry ends, so the shutdown re-reads the count.
    ended: Notify,
}

/// One running action; dropping it (however the command ends) counts it as finished.
#[must_use = "the action counts as running only while its entry is held"]
#[derive(Debug)]
pub struct Entry {
    inner: Arc<Inner>,
}

impl InFlight {
    pub fn new() -> Self {
        Self::default()
    }

    /// Counts a new action as running, or `None` once shutdown has begun.
    pub fn enter(&self) -> Option<Entry> {
        // Count first, then look at the gate: with both sides sequentially consistent, either
        // the shutdown sees this entry or this entry sees the closed gate, never neither.
        self.inner.running.fetch_add(1, Ordering::SeqCst);
        let entry = Entry {
            inner: self.inner.clone(),
        };
        if self.is_closed() {
            return None; // `entry` drops here and uncounts itself.
        }
        Some(entry)
    }

    /// Whether shutdown has begun: new actions are refused from then on.
    pub fn is_closed(&self) -> bool {
        self.inner.closed.load(Ordering::SeqCst)
    }

    /// How many actions are running now.
    pub fn running(&self) -> usize {
        self.inner.running.load(Ordering::SeqCst)
    }

    /// Refuses new actions, then waits up to `bound` for the running ones to end. Returns
    /// how many were still running when it stopped waiting (0 when all finished).
    pub async fn close_and_drain(&self, bound: Duration) -> usize {
        self.inner.closed.store(true, Ordering::SeqCst);
        let drained = tokio::time::timeout(bound, async {
            loop {
                let ended = self.inner.ended.notified();
                tokio::pin!(ended);
                // Registered before the count is read, so an end in between is not missed.
                ended.as_mut().enable();
                if self.running() == 0 {
                    return;
                }
                ended.await;
            }
        })
        .await;
        match drained {
            Ok(()) => 0,
            Err(_) => self.running(),
        }
    }
}

impl Drop for Entry {
    fn drop(&mut self) {
        self.inner.running.fetch_sub(1, Ordering::SeqCst);
        self.inner.ended.notify_waiters();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_drain_waits_for_running_actions_and_refuses_new_ones() {
        let in_flight = InFlight::new();
        let entry = in_flight.enter().expect("open before shutdown");
        let releaser = tokio::spawn(async move {
            tokio::time::sleep(Duration::from_millis(50)).await;
            drop(entry);
        });
        let left = in_flight.close_and_drain(Duration::from_secs(5)).await;
        assert_eq!(left, 0);
        assert!(in_flight.enter().is_none(), "closed after shutdown began");
        assert_eq!(in_flight.running(), 0, "a refused entry is not counted");
        releaser.await.unwrap();
    }

    #[tokio::test]
    async fn a_drain_gives_up_after_its_bound_and_says_how_many_were_left() {
        let in_flight = InFlight::new();
        let _stuck = in_flight.enter().unwrap();
        let _also = in_flight.enter().unwrap();
        let left = in_flight.close_and_drain(Duration::from_millis(50)).await;
        assert_eq!(left, 2);
    }

    #[tokio::test]
    async fn a_drain_with_nothing_running_returns_at_once() {
        let in_flight = InFlight::new();
        drop(in_flight.enter());
        let left = tokio::time::timeout(
            Duration::from_millis(100),
            in_flight.close_and_drain(Duration::from_secs(60)),
        )
        .await
        .expect("no wait with nothing running");
        assert_eq!(left, 0);
    }
}
