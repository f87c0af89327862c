//! `heo-bot rotate-master-key`: every stored key re-encrypted under a new master key.
//!
//! The order makes every crash point recoverable: the new key is written to `<key file>.new`
//! first; the rows are re-encrypted in one transaction; only after the commit does the new
//! key replace the key file (rename). At start, a leftover `.new` key is used only if it is
//! the one that opens the rows (`master_key`).
//!
//! With PostgreSQL the key lives in `HEO_BOT_MASTER_KEY` of every process, so the new key
//! is written to `heo-bot.key.new` in the working directory for the operator to copy; and
//! since processes on other machines cannot see a lock file, the rotation is refused while
//! any bot process is connected to the database (an advisory lock, `store::claims`).

use std::fmt;
use std::path::{Path, PathBuf};

use super::key_file::{KeyFile, KeyFileError};
use super::seal::MasterKey;
use super::unlock::{self, UnlockError, Unlocked};
use crate::config::Config;
use crate::store::{Backend, ClaimError, StoreError};

/// With PostgreSQL, the new key goes to `heo-bot.key.new` in the working directory.
const POSTGRES_KEY_STEM: &str = "heo-bot";

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
    /// Bot processes are connected to the PostgreSQL database: they would keep sealing new
    /// keys under the old master key.
    #[error(
        "heo-bot processes are connected to this database; stop every one of them, then rotate the master key"
    )]
    BotsRunning,
    /// Whether bots are connected could not be checked.
    #[error("could not check whether heo-bot processes are connected to the database")]
    Check(#[source] StoreError),
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
                "re-encrypted {keys} stored keys under a new master key, written to {}; put that file's content into HEO_BOT_MASTER_KEY in place of the old key (in every heo-bot process that uses this database), then delete the file (the bot will not start with the old key)",
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
    let hold = match store.hold_for_rotation().await {
        Ok(hold) => hold,
        Err(error) => {
            store.close().await;
            return Err(match error {
                ClaimError::Store(error) => RotateError::Check(error),
                _ => RotateError::BotsRunning,
            });
        }
    };
    let file = match (key_file, store.backend()) {
        (Some(file), _) => file,
        (None, Backend::Postgres) => KeyFile::beside(Path::new(POSTGRES_KEY_STEM)),
        (None, Backend::Sqlite) => {
            store.close().await;
            return Err(RotateError::InMemory);
        }
    };
    let new = MasterKey::generate();
    // On disk before any row is sealed under it.
    file.write_pending(&new)?;
    let resealed = store.reseal(&new).await;
    hold.release().await;
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
