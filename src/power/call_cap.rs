//! The bot-wide cap on provider calls under way at once (`HEO_MAX_CONCURRENT_CALLS`).
//!
//! Each call under way holds a task, a socket and the member's interaction until HEO answers
//! or the timeout ends it. A hanging HEO would otherwise let every new command pile up
//! another one, without bound; over the cap a command is refused at once rather than queued,
//! since a queue would only hold the same tasks and make members wait on a provider that is
//! not answering.

use std::sync::Arc;

use tokio::sync::{OwnedSemaphorePermit, Semaphore, TryAcquireError};

/// Shared by every clone: one cap for the whole process.
#[derive(Clone, Debug)]
pub struct CallCap {
    permits: Arc<Semaphore>,
}

/// One call under way; dropping it frees its place.
#[derive(Debug)]
pub struct Place {
    _permit: OwnedSemaphorePermit,
}

impl CallCap {
    /// At most `max` calls under way at once (at least one).
    pub fn new(max: usize) -> Self {
        let max = max.clamp(1, Semaphore::MAX_PERMITS);
        Self {
            permits: Arc::new(Semaphore::new(max)),
        }
    }

    /// No practical cap: for a desk that its builder has not given one.
    pub fn unbounded() -> Self {
        Self::new(Semaphore::MAX_PERMITS)
    }

    /// A place for one more call, unless every place is taken. Never waits.
    pub fn take(&self) -> Option<Place> {
        match self.permits.clone().try_acquire_owned() {
            Ok(permit) => Some(Place { _permit: permit }),
            // The semaphore is never closed; a closed one would take nothing either.
            Err(TryAcquireError::NoPermits | TryAcquireError::Closed) => None,
        }
    }

    /// Whether every place is taken now.
    pub fn is_full(&self) -> bool {
        self.permits.available_permits() == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn over_the_cap_nothing_is_taken_until_a_place_is_freed() {
        let cap = CallCap::new(2);
        let first = cap.take().expect("a first place");
        let _second = cap.take().expect("a second place");
        assert!(cap.is_full());
        assert!(cap.take().is_none());
        drop(first);
        assert!(!cap.is_full());
        assert!(cap.take().is_some());
    }

    #[test]
    fn clones_share_one_cap_and_a_zero_cap_still_lets_one_call_through() {
        let cap = CallCap::new(0);
        let _only = cap.clone().take().expect("one place");
        assert!(cap.take().is_none());
    }
}
