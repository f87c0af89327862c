//! The servers a countdown holds: from the moment a warned action is announced until it is
//! sent or aborted, no other power action may reach that server. Held in memory, in the
//! process that runs the countdown, which is the process that serves its guild (a second
//! process could not start one on the same server: the database keeps one per server).

use std::collections::HashMap;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use crate::domain::PowerAction;

/// A countdown holding a server, as a refusal names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hold {
    pub countdown: i64,
    pub action: PowerAction,
    /// When the action is due, Unix seconds.
    pub action_at: i64,
    /// Where the countdown is shown, once posted.
    pub channel: u64,
    pub message: Option<u64>,
}

#[derive(Clone, Debug, Default)]
pub(super) struct Holds(Arc<Mutex<HashMap<(u64, String), Hold>>>);

impl Holds {
    fn held(&self) -> MutexGuard<'_, HashMap<(u64, String), Hold>> {
        // Plain data: a panic elsewhere cannot leave it half-written.
        self.0.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The countdown holding `server` of `guild`, if any.
    pub(super) fn on(&self, guild: u64, server: &str) -> Option<Hold> {
        self.held().get(&(guild, server.to_owned())).copied()
    }

    /// Holds `server` of `guild` for `hold`, or names the countdown already holding it.
    pub(super) fn take(&self, guild: u64, server: &str, hold: Hold) -> Result<(), Hold> {
        let mut held = self.held();
        let key = (guild, server.to_owned());
        if let Some(existing) = held.get(&key).filter(|h| h.countdown != hold.countdown) {
            return Err(*existing);
        }
        held.insert(key, hold);
        Ok(())
    }

    /// Lets go of `server` of `guild` if countdown `countdown` holds it.
    pub(super) fn release(&self, guild: u64, server: &str, countdown: i64) {
        let mut held = self.held();
        let key = (guild, server.to_owned());
        if held.get(&key).is_some_and(|h| h.countdown == countdown) {
            held.remove(&key);
        }
    }
}
