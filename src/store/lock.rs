//! One bot process per database. A second process on the same file would keep its own
//! master key and its own in-memory guards; worse, `heo-bot rotate-master-key` run beside a
//! live bot would leave the bot sealing new keys under a master key that is no longer on
//! disk. The OS releases the lock when the process ends, crash included.

use std::fs::{File, OpenOptions, TryLockError};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use super::StoreError;

/// Held for as long as the database is open.
#[derive(Debug)]
pub(super) struct ProcessLock {
    _file: File,
}

/// How long a lock held by someone else is waited for before giving up: long enough for a
/// process that is exiting, or a child forked a moment ago that has not yet replaced itself
/// with its program (it shares the lock until then), short enough that a second bot is
/// told at once.
const PATIENCE: Duration = Duration::from_millis(500);
const RETRY_EVERY: Duration = Duration::from_millis(25);

/// Takes the exclusive lock on `<database>.lock`, or says which file another process holds.
pub(super) async fn exclusive(database: &Path) -> Result<ProcessLock, StoreError> {
    let path = lock_path(database);
    let file = OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .map_err(|error| StoreError::Open(sqlx::Error::Io(error)))?;
    let give_up = Instant::now() + PATIENCE;
    loop {
        match file.try_lock() {
            Ok(()) => return Ok(ProcessLock { _file: file }),
            Err(TryLockError::WouldBlock) if Instant::now() < give_up => {
                tokio::time::sleep(RETRY_EVERY).await;
            }
            Err(TryLockError::WouldBlock) => return Err(StoreError::InUse(path)),
            Err(TryLockError::Error(error)) => {
                return Err(StoreError::Open(sqlx::Error::Io(error)));
            }
        }
    }
}

/// Takes the exclusive lock on `<database>.lock` if no other process holds it, without
/// waiting; `None` when one does (a running bot, or a rotation).
pub(super) fn try_exclusive(database: &Path) -> Result<Option<ProcessLock>, StoreError> {
    let file = OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(lock_path(database))
        .map_err(|error| StoreError::Open(sqlx::Error::Io(error)))?;
    match file.try_lock() {
        Ok(()) => Ok(Some(ProcessLock { _file: file })),
        Err(TryLockError::WouldBlock) => Ok(None),
        Err(TryLockError::Error(error)) => Err(StoreError::Open(sqlx::Error::Io(error))),
    }
}

/// The lock file of `database`.
pub(super) fn lock_path(database: &Path) -> PathBuf {
    let mut name = database.as_os_str().to_owned();
    name.push(".lock");
    PathBuf::from(name)
}
