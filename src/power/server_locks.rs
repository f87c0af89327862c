//! One action at a time per (guild, game server).
//!
//! A [`Slot`] is held while an action is on its way to HEO and frees the server when
//! dropped: on success, on error, on a panic, or when the request's task is cancelled.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

type LockedServer = (u64, String);

/// The servers with an action on its way to HEO, and when each was sent. Shared by every
/// clone.
#[derive(Clone, Debug)]
pub struct ServerLocks {
    /// How long an action can take at most: HEO's timeout.
    limit: Duration,
    busy: Arc<Mutex<HashMap<LockedServer, Instant>>>,
}

/// The right to send one action to one server; frees it when dropped.
#[derive(Debug)]
pub struct Slot {
    locks: ServerLocks,
    server: LockedServer,
}

impl ServerLocks {
    /// For actions that take at most `limit`.
    pub fn new(limit: Duration) -> Self {
        Self {
            limit,
            busy: Arc::default(),
        }
    }

    fn busy(&self) -> MutexGuard<'_, HashMap<LockedServer, Instant>> {
        // Plain data: a panic elsewhere cannot leave it half-written.
        self.busy.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Takes `server` of `guild` at `now`, or says by when the action in flight will have
    /// ended at the latest.
    pub fn take(&self, guild: u64, server: &str, now: Instant) -> Result<Slot, Duration> {
        let locked = (guild, server.to_owned());
        let mut busy = self.busy();
        if let Some(since) = busy.get(&locked) {
            return Err(self
                .limit
                .saturating_sub(now.saturating_duration_since(*since)));
        }
        busy.insert(locked.clone(), now);
        Ok(Slot {
            locks: self.clone(),
            server: locked,
        })
    }

    /// Whether an action on `server` of `guild` is in flight; if so, its latest end.
    pub fn remaining(&self, guild: u64, server: &str, now: Instant) -> Option<Duration> {
        let since = *self.busy().get(&(guild, server.to_owned()))?;
        Some(
            self.limit
                .saturating_sub(now.saturating_duration_since(since)),
        )
    }
}

impl Drop for Slot {
    fn drop(&mut self) {
        self.locks.busy().remove(&self.server);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LIMIT: Duration = Duration::from_secs(10);

    #[test]
    fn a_server_is_busy_until_its_slot_is_dropped() {
        let locks = ServerLocks::new(LIMIT);
        let t0 = Instant::now();
        let slot = locks.take(1, "srv_1", t0).unwrap();
        let later = t0 + Duration::from_secs(3);
        assert_eq!(
            locks.take(1, "srv_1", later).unwrap_err(),
            Duration::from_secs(7)
        );
        drop(slot);
        assert!(locks.take(1, "srv_1", later).is_ok());
    }

    #[test]
    fn other_servers_and_other_guilds_are_free() {
        let locks = ServerLocks::new(LIMIT);
        let t0 = Instant::now();
        let _slot = locks.take(1, "srv_1", t0).unwrap();
        assert!(locks.take(1, "srv_2", t0).is_ok());
        assert!(locks.take(2, "srv_1", t0).is_ok());
    }

    #[test]
    fn a_panic_while_holding_a_slot_frees_the_server() {
        let locks = ServerLocks::new(LIMIT);
        let held = locks.clone();
        let panicked = std::thread::spawn(move || {
            let _slot = held.take(1, "srv_1", Instant::now()).unwrap();
            panic!("the provider call blew up");
        })
        .join();
        assert!(panicked.is_err());
        assert_eq!(locks.remaining(1, "srv_1", Instant::now()), None);
        assert!(locks.take(1, "srv_1", Instant::now()).is_ok());
    }
}
