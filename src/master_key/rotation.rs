//! `heo-bot rotate-master-key`: every stored key re-encrypted under a new master key.
//!
//! The order makes every crash point recoverable: the new key is written to `<key file>.new`
//! first; the rows are re-encrypted in one transaction; only after the commit does the new
//! key replace the key file (rename). At start, a leftover `.new` key is used only if it is
//! the one that opens the rows (`master_key`).

use std::fmt;
use std::path::PathBuf;

use super::key_file::KeyFileError;
use super::seal::MasterKey;
use super::unlock::{self, UnlockError, Unlocked};
use crate::config::Config;
use crate::store::StoreError;

/// A finished rotation. `Display` is what the operator reads; it never holds the key.
#[derive(Debug)]
pub enum Rotated {
    /// The new key is in the key file.
    KeyFile { path: PathBuf, keys: usize },
    /// `HEO_BOT_MASTER_KEY` is in use: the new key waits in `pending` for the operator.
    Env { pending: PathBuf, keys: usize },
}

/// Why the rotation did not happen. In every case the current master key still opens every
/// stored key.
#[derive(Debug, thiserror::Error)]
pub enum RotateError {
    /// The store could not be opened with the current master key.
    #[error(transparent)]
    Unlock(#[from] UnlockError),
    /// The re-encryption failed and was rolled back.
    #[error(
        "could not re-encrypt the stored keys; nothing was changed and the current master key still works"
    )]
    Reseal(#[source] StoreError),
    /// The new key could not be written beside the database.
    #[error(transparent)]
    KeyFile(#[from] KeyFileError),
    /// There is no database file to rotate.
    #[error("DATABASE_URL is an in-memory database; there is no stored key to re-encrypt")]
    InMemory,
}

impl fmt::Display for Rotated {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::KeyFile { path, keys } => write!(
                f,
                "re-encrypted {keys} stored keys under a new master key, now in {}; back it up together with the database (the old key no longer works)",
                path.display()
            ),
            Self::Env { pending, keys } => write!(
                f,
                "re-encrypted {keys} stored keys under a new master key, written to {}; put that file's content into HEO_BOT_MASTER_KEY in place of the old key, then delete the file (the bot will not start with the old key)",
                pending.display()
            ),
        }
    }
}

/// Re-encrypts every stored key under a new random master key. Stop the bot first.
pub async fn rotate_master_key(config: &Config) -> Result<Rotated, RotateError> {
    let Unlocked {
        store,
        key_file,
        from_env,
    } = unlock::unlock(&config.database_url, config.master_key.as_ref()).await?;
    let Some(file) = key_file else {
        store.close().await;
        return Err(RotateError::InMemory);
    };
    let new = MasterKey::generate();
    // On disk before any row is sealed under it.
    file.write_pending(&new)?;
    let resealed = store.reseal(&new).await;
    store.close().await;
    let keys = match resealed {
        Ok(keys) => keys,
        Err(error) => {
            // Best effort: a leftover pending key is discarded at the next start anyway,
            // because the current key still opens the rows.
            let _ = file.discard_pending();
            return Err(RotateError::Reseal(error));
        }
    };
    tracing::info!(keys, "master key rotated");
    if from_env {
        return Ok(Rotated::Env {
            pending: file.pending_path().to_owned(),
            keys,
        });
    }
    file.promote_pending()?;
    Ok(Rotated::KeyFile {
        path: file.path().to_owned(),
        keys,
    })
}
