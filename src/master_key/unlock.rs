//! Chooses the master key at start and unlocks the store with it: `HEO_BOT_MASTER_KEY` if
//! set, else the key file beside the database, created on first start. A key that does not
//! open what is stored, or no key while something is stored, stops the bot before anything
//! is written.

use std::path::PathBuf;

use super::key_file::{KeyFile, KeyFileError};
use super::seal::MasterKey;
use crate::store::{Backend, Database, Store, StoreError};

/// Why the store could not be unlocked. `Display` is the line the operator reads.
#[derive(Debug, thiserror::Error)]
pub enum UnlockError {
    /// The database at `DATABASE_URL` could not be opened or migrated.
    #[error(
        "could not open the database at DATABASE_URL; check that its folder exists and is writable"
    )]
    Database(#[source] StoreError),
    /// The PostgreSQL database at `DATABASE_URL` could not be reached, logged into or
    /// migrated.
    #[error(
        "could not open the PostgreSQL database at DATABASE_URL; check that the server is running and reachable, that the database exists, and the user name and password"
    )]
    Postgres(#[source] StoreError),
    /// Another heo-bot process (a running bot, or a rotation) has the database open.
    #[error(
        "another heo-bot process is using this database (it holds {}); stop it first, then try again",
        .0.display()
    )]
    InUse(PathBuf),
    /// `HEO_BOT_MASTER_KEY` is not the key the stored keys were encrypted under.
    #[error(
        "HEO_BOT_MASTER_KEY does not decrypt the keys stored in the database; nothing was changed. Set it to the key the database was encrypted under"
    )]
    WrongEnvKey,
    /// The key file is not the key the stored keys were encrypted under.
    #[error(
        "the master key in {} does not decrypt the keys stored in the database; nothing was changed. Restore the key file that was backed up with this database, or set HEO_BOT_MASTER_KEY",
        .0.display()
    )]
    WrongKeyFile(PathBuf),
    /// Keys are stored encrypted, but there is no master key at all.
    #[error(
        "the database holds encrypted keys but no master key was found: HEO_BOT_MASTER_KEY is unset and {} does not exist; nothing was changed. Restore the key file from your backup, or set HEO_BOT_MASTER_KEY",
        .0.display()
    )]
    MissingKey(PathBuf),
    /// `heo-bot rotate-master-key` ran while `HEO_BOT_MASTER_KEY` was in use, and the
    /// variable still holds the old key.
    #[error(
        "HEO_BOT_MASTER_KEY holds the key from before `heo-bot rotate-master-key`; put the new key from {} into HEO_BOT_MASTER_KEY, then delete that file",
        .0.display()
    )]
    RotatedEnvKey(PathBuf),
    /// The key file could not be read or written.
    #[error(transparent)]
    KeyFile(#[from] KeyFileError),
}

/// An unlocked store and where its master key lives.
#[derive(Debug)]
pub struct Unlocked {
    pub store: Store,
    /// The key file beside the database (`None` for an in-memory database). Holds the key
    /// unless it came from `HEO_BOT_MASTER_KEY`.
    pub key_file: Option<KeyFile>,
    /// Whether the key came from `HEO_BOT_MASTER_KEY`.
    pub from_env: bool,
}

/// The master key a start would use, and so what it does to the key files to get it.
/// [`choose`] only reads; [`unlock`] then acts on the choice.
#[derive(Debug)]
pub enum Chosen {
    /// `HEO_BOT_MASTER_KEY` opens what is stored. A rotation's pending key, if any, is
    /// discarded: it was already copied into the variable, or never committed.
    Env(MasterKey),
    /// The key file opens what is stored. A pending key from a rotation that stopped before
    /// its commit is discarded: the rows are still under this key.
    File(MasterKey),
    /// The pending key of a rotation that committed but stopped before replacing the key
    /// file opens what is stored: the start finishes the rotation and makes it the key file.
    Pending(MasterKey),
    /// Nothing is stored and there is no key file: the start creates one with a new key.
    NewFile,
    /// An in-memory database without `HEO_BOT_MASTER_KEY`: a new key that dies with it.
    InMemory,
}

impl Chosen {
    /// The key, when it exists already (not for a key yet to be made).
    pub fn key(&self) -> Option<&MasterKey> {
        match self {
            Self::Env(key) | Self::File(key) | Self::Pending(key) => Some(key),
            Self::NewFile | Self::InMemory => None,
        }
    }
}

/// Opens the database at `database_url` and unlocks it with `env_key` (from
/// `HEO_BOT_MASTER_KEY`) or the key file.
pub async fn unlock(
    database_url: &str,
    env_key: Option<&MasterKey>,
) -> Result<Unlocked, UnlockError> {
    let database = Database::open(database_url).await.map_err(|error| {
        match (error, Backend::of(database_url)) {
            (StoreError::InUse(lock), _) => UnlockError::InUse(lock),
            (other, Some(Backend::Postgres)) => UnlockError::Postgres(other),
            (other, _) => UnlockError::Database(other),
        }
    })?;
    let key_file = database.path().map(KeyFile::beside);
    let chosen = choose(&database, env_key, key_file.as_ref()).await;
    let key = match chosen.and_then(|chosen| take(chosen, key_file.as_ref())) {
        Ok(key) => key,
        Err(error) => {
            database.close().await;
            return Err(error);
        }
    };
    let store = database.unlock(key).await.map_err(UnlockError::Database)?;
    Ok(Unlocked {
        store,
        key_file,
        from_env: env_key.is_some(),
    })
}

/// Which master key opens `database`: `env_key` (from `HEO_BOT_MASTER_KEY`) if given, else
/// the key file beside it (`None` for a database that is not a file). Reads the key files and
/// the database, and changes neither: `heo-bot doctor` asks this too, and a wrong or missing
/// key is the same error, with the same words, as at start.
pub async fn choose(
    database: &Database,
    env_key: Option<&MasterKey>,
    key_file: Option<&KeyFile>,
) -> Result<Chosen, UnlockError> {
    match (env_key, key_file) {
        (Some(key), file) => from_env(database, key, file).await,
        (None, Some(file)) => from_file(database, file).await,
        // Nothing outlives an in-memory database, so neither does its key.
        (None, None) => Ok(Chosen::InMemory),
    }
}

/// Does what `chosen` needs done to the key files, and gives the key.
fn take(chosen: Chosen, file: Option<&KeyFile>) -> Result<MasterKey, UnlockError> {
    Ok(match (chosen, file) {
        (Chosen::Env(key) | Chosen::File(key), file) => {
            if let Some(file) = file {
                file.discard_pending()?;
            }
            key
        }
        (Chosen::Pending(key), Some(file)) => {
            file.promote_pending()?;
            tracing::warn!(path = %file.path().display(), "finished an interrupted master key rotation");
            key
        }
        (Chosen::NewFile, Some(file)) => {
            let key = MasterKey::generate();
            file.create(&key)?;
            tracing::info!(path = %file.path().display(), "created the master key file; back it up with the database");
            key
        }
        // `choose` names a pending key or a new file only where there is a key file.
        (Chosen::Pending(key), None) => key,
        (Chosen::NewFile | Chosen::InMemory, _) => MasterKey::generate(),
    })
}

async fn from_env(
    database: &Database,
    key: &MasterKey,
    file: Option<&KeyFile>,
) -> Result<Chosen, UnlockError> {
    if accepts(database, key).await? {
        return Ok(Chosen::Env(key.clone()));
    }
    if let Some(file) = file
        && let Some(pending) = file.read_pending()?
        && accepts(database, &pending).await?
    {
        return Err(UnlockError::RotatedEnvKey(file.pending_path().to_owned()));
    }
    Err(UnlockError::WrongEnvKey)
}

async fn from_file(database: &Database, file: &KeyFile) -> Result<Chosen, UnlockError> {
    let current = file.read()?;
    if let Some(key) = current.as_ref()
        && accepts(database, key).await?
    {
        return Ok(Chosen::File(key.clone()));
    }
    if let Some(pending) = file.read_pending()?
        && accepts(database, &pending).await?
    {
        return Ok(Chosen::Pending(pending));
    }
    if current.is_some() {
        return Err(UnlockError::WrongKeyFile(file.path().to_owned()));
    }
    if database
        .holds_sealed_keys()
        .await
        .map_err(UnlockError::Database)?
    {
        return Err(UnlockError::MissingKey(file.path().to_owned()));
    }
    Ok(Chosen::NewFile)
}

async fn accepts(database: &Database, key: &MasterKey) -> Result<bool, UnlockError> {
    database.accepts(key).await.map_err(UnlockError::Database)
}
