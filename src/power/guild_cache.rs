//! Per-guild data kept in memory (role grants, server names), so what runs before every
//! power command's acknowledgement costs no database round trip (measured: each SQLite read
//! there adds about 0.1 ms to the acknowledgement; BENCHMARKS.md).
//!
//! An entry cannot go stale: the data changes only through this process (the database lock
//! keeps any other heo-bot out), and every change drops the guild's entry after writing. A
//! load that raced a change is not kept: each change bumps a generation, and a load is
//! stored only if no change happened since it started.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

#[derive(Debug)]
pub struct GuildCache<T> {
    inner: Arc<Mutex<Inner<T>>>,
}

// Not derived: a derive would require `T: Clone` / `T: Default`.
impl<T> Clone for GuildCache<T> {
    fn clone(&self) -> Self {
        Self {
            inner: self.inner.clone(),
        }
    }
}

impl<T> Default for GuildCache<T> {
    fn default() -> Self {
        Self {
            inner: Arc::new(Mutex::new(Inner {
                by_guild: HashMap::new(),
                generation: 0,
            })),
        }
    }
}

#[derive(Debug)]
struct Inner<T> {
    by_guild: HashMap<u64, Arc<T>>,
    generation: u64,
}

/// A cache miss: what to hand back to [`GuildCache::store`] with the loaded data.
#[derive(Debug)]
pub struct Miss {
    generation: u64,
}

impl<T> GuildCache<T> {
    fn lock(&self) -> MutexGuard<'_, Inner<T>> {
        self.inner.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The guild's entry if cached, else a ticket for storing it once loaded.
    pub fn get(&self, guild: u64) -> Result<Arc<T>, Miss> {
        let inner = self.lock();
        match inner.by_guild.get(&guild) {
            Some(grants) => Ok(grants.clone()),
            None => Err(Miss {
                generation: inner.generation,
            }),
        }
    }

    /// Keeps `loaded` after `miss`, unless a change happened meanwhile.
    pub fn store(&self, guild: u64, miss: Miss, loaded: T) -> Arc<T> {
        let loaded = Arc::new(loaded);
        let mut inner = self.lock();
        if inner.generation == miss.generation {
            inner.by_guild.insert(guild, loaded.clone());
        }
        loaded
    }

    /// Drops `guild`'s entry: call after every write to its data.
    pub fn forget(&self, guild: u64) {
        let mut inner = self.lock();
        inner.generation += 1;
        inner.by_guild.remove(&guild);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Grants, PowerAction};

    fn grants(role: u64) -> Grants {
        Grants::new([(PowerAction::Start, role)])
    }

    #[test]
    fn a_stored_load_is_served_until_the_guild_is_forgotten() {
        let cache = GuildCache::<Grants>::default();
        let miss = cache.get(1).unwrap_err();
        cache.store(1, miss, grants(7));
        assert_eq!(*cache.get(1).unwrap(), grants(7));
        assert!(cache.get(2).is_err(), "guilds are kept apart");
        cache.forget(1);
        assert!(cache.get(1).is_err());
    }

    #[test]
    fn a_load_that_raced_a_change_is_not_kept() {
        let cache = GuildCache::<Grants>::default();
        let miss = cache.get(1).unwrap_err();
        cache.forget(1); // a grant was written while the load was under way
        let served = cache.store(1, miss, grants(7));
        assert_eq!(*served, grants(7), "the caller still gets what it loaded");
        assert!(cache.get(1).is_err(), "but it is not kept");
    }
}
