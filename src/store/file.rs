//! The database file as it was opened, to notice it being deleted or replaced under the
//! running bot.
//!
//! SQLite keeps writing through its open handles to a deleted file, so without this check
//! every key linked after an accidental `rm` would be lost, silently, at the next restart.

use std::path::{Path, PathBuf};

use super::StoreError;

#[derive(Debug)]
pub(super) struct DbFile {
    path: PathBuf,
    identity: Identity,
}

/// Device and inode on Unix: a file put back at the same path is still another file.
#[cfg(unix)]
type Identity = (u64, u64);
#[cfg(not(unix))]
type Identity = ();

impl DbFile {
    /// The file at `path`, or `None` when there is none to watch (an in-memory database).
    pub(super) fn watch(path: &Path) -> Option<Self> {
        Some(Self {
            path: path.to_owned(),
            identity: identity(path)?,
        })
    }

    /// Fails when the file is no longer the one the bot opened.
    pub(super) fn check(&self) -> Result<(), StoreError> {
        match identity(&self.path) {
            Some(now) if now == self.identity => Ok(()),
            _ => Err(StoreError::FileGone(self.path.clone())),
        }
    }
}

#[cfg(unix)]
fn identity(path: &Path) -> Option<Identity> {
    use std::os::unix::fs::MetadataExt;
    let metadata = std::fs::metadata(path).ok()?;
    Some((metadata.dev(), metadata.ino()))
}

#[cfg(not(unix))]
fn identity(path: &Path) -> Option<Identity> {
    std::fs::metadata(path).ok().map(|_| ())
}
