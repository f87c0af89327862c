//! One bot process per database. A second process on the same file would keep its own
//! master key and its own in-memory guards; worse, `heo-bot rotate-master-key` run beside a
//! live bot would leave the bot sealing new keys under a master key that is no longer on
//! disk. The OS releases the lock when the process ends, crash included.

use std::fs::{File, OpenOptions, TryLockError};
use std::path::{Path, PathBuf};

use super::StoreError;

/// Held for as long as the database is open.
#[derive(Debug)]
pub(super) struct ProcessLock {
    _file: File,
}

/// Takes the exclusive lock on `<database>.lock`, or says which file another process holds.
pub(super) fn exclusive(database: &Path) -> Result<ProcessLock, StoreError> {
    let path = lock_path(database);
    let file = OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .map_err(|error| StoreError::Open(sqlx::Error::Io(error)))?;
    match file.try_lock() {
        Ok(()) => Ok(ProcessLock { _file: file }),
        Err(TryLockError::WouldBlock) => Err(StoreError::InUse(path)),
        Err(TryLockError::Error(error)) => Err(StoreError::Open(sqlx::Error::Io(error))),
    }
}

fn lock_path(database: &Path) -> PathBuf {
    let mut name = database.as_os_str().to_owned();
    name.push(".lock");
    PathBuf::from(name)
}
