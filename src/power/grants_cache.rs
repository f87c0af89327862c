//! Role grants kept in memory, so the check that runs before every power command's
//! acknowledgement costs no database round trip (measured: the extra SQLite read doubled
//! the time to the acknowledgement; BENCHMARKS.md).
//!
//! The cache cannot go stale: grants change only through this process (the database lock
//! keeps any other heo-bot out), and every change drops the guild's entry after writing. A
//! load that raced a change is not kept: each change bumps a generation, and a load is
//! stored only if no change happened since it started.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use super::roles::Grants;

#[derive(Clone, Debug, Default)]
pub struct GrantsCache {
    inner: Arc<Mutex<Inner>>,
}

#[derive(Debug, Default)]
struct Inner {
    by_guild: HashMap<u64, Arc<Grants>>,
    generation: u64,
}

/// A cache miss: what to hand back to [`GrantsCache::store`] with the loaded grants.
#[derive(Debug)]
pub struct Miss {
    generation: u64,
}

impl GrantsCache {
    fn lock(&self) -> MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The guild's grants if cached, else a ticket for storing them once loaded.
    pub fn get(&self, guild: u64) -> Result<Arc<Grants>, Miss> {
        let inner = self.lock();
        match inner.by_guild.get(&guild) {
            Some(grants) => Ok(grants.clone()),
            None => Err(Miss {
                generation: inner.generation,
            }),
        }
    }

    /// Keeps `grants` loaded after `miss`, unless a change happened meanwhile.
    pub fn store(&self, guild: u64, miss: Miss, grants: Grants) -> Arc<Grants> {
        let grants = Arc::new(grants);
        let mut inner = self.lock();
        if inner.generation == miss.generation {
            inner.by_guild.insert(guild, grants.clone());
        }
        grants
    }

    /// Drops `guild`'s entry: call after every write to its grants.
    pub fn forget(&self, guild: u64) {
        let mut inner = self.lock();
        inner.generation += 1;
        inner.by_guild.remove(&guild);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::heo::PowerAction;

    fn grants(role: u64) -> Grants {
        Grants::new([(PowerAction::Start, role)])
    }

    #[test]
    fn a_stored_load_is_served_until_the_guild_is_forgotten() {
        let cache = GrantsCache::default();
        let miss = cache.get(1).unwrap_err();
        cache.store(1, miss, grants(7));
        assert_eq!(*cache.get(1).unwrap(), grants(7));
        assert!(cache.get(2).is_err(), "guilds are kept apart");
        cache.forget(1);
        assert!(cache.get(1).is_err());
    }

    #[test]
    fn a_load_that_raced_a_change_is_not_kept() {
        let cache = GrantsCache::default();
        let miss = cache.get(1).unwrap_err();
        cache.forget(1); // a grant was written while the load was under way
        let served = cache.store(1, miss, grants(7));
        assert_eq!(*served, grants(7), "the caller still gets what it loaded");
        assert!(cache.get(1).is_err(), "but it is not kept");
    }
}
