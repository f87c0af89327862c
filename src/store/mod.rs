//! All SQL lives here. Snowflakes become `i64` only inside this module.
//!
//! Opening is two steps: [`Database::open`] connects and migrates; [`Database::unlock`] checks
//! the master key against what is stored, seals rows an earlier version stored in plain text,
//! and gives the [`Store`] that reads and writes keys and per-action role grants.

mod audit;
mod audit_channels;
mod file;
mod grants;
mod guilds;
mod keys;
mod lock;
mod master_key_check;
mod recycle;
mod reseal;
mod servers;

use std::path::PathBuf;
use std::str::FromStr;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use sqlx::SqlitePool;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions};

use crate::master_key::{MasterKey, OpenError};

/// How long a write waits for another writer before SQLite gives up with "database is locked".
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// A migrated database whose master key has not been checked yet.
#[derive(Debug)]
pub struct Database {
    pool: SqlitePool,
    /// The file behind the pool; `None` for an in-memory database.
    path: Option<PathBuf>,
    /// The same file as opened, watched for deletion; `None` for pools handed in by tests.
    file: Option<Arc<file::DbFile>>,
    /// This process's claim on the file; `None` for pools handed in by tests.
    lock: Option<lock::ProcessLock>,
}

/// The bot's key store: a pool over one SQLite file and the master key its rows are sealed
/// under.
#[derive(Clone, Debug)]
pub struct Store {
    pool: SqlitePool,
    master: Arc<MasterKey>,
    file: Option<Arc<file::DbFile>>,
    /// Released by [`Store::close`], so the same process may open the file again.
    lock: Arc<Mutex<Option<lock::ProcessLock>>>,
}

/// A database problem. Logged with its cause; users get a generic "try again" reply.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The database could not be opened or created (bad path, permissions, disk full).
    #[error("could not open the database")]
    Open(#[source] sqlx::Error),
    /// The migrations in `migrations/` could not be applied.
    #[error("could not apply database migrations")]
    Migrate(#[source] sqlx::migrate::MigrateError),
    /// A query failed (locked for too long, read-only file, disk full, ...).
    #[error("database query failed")]
    Query(#[source] sqlx::Error),
    /// The database file was deleted or replaced while the bot ran. Nothing more is read
    /// or written until the bot is restarted with the file restored.
    #[error("the database file {0} was deleted or replaced while the bot was running")]
    FileGone(PathBuf),
    /// Another process (a running bot, or a rotation) holds the database's lock file.
    /// Stop it first.
    #[error("another heo-bot process is using this database (it holds {0})")]
    InUse(PathBuf),
    /// A guild ID that does not fit SQLite's signed 64-bit integer (never a real snowflake).
    #[error("guild ID {0} is out of range")]
    IdOutOfRange(u64),
    /// The master key does not open the keys already stored: it is not the key they were
    /// sealed under. Nothing was changed; start with the right key.
    #[error("the master key does not decrypt the keys stored in this database")]
    WrongMasterKey,
    /// One guild's stored key does not decrypt (copied from another guild, or altered).
    /// The guild should link its key again.
    #[error("guild {guild}'s stored key does not decrypt")]
    Undecryptable {
        guild: u64,
        #[source]
        source: OpenError,
    },
}

impl From<sqlx::Error> for StoreError {
    fn from(error: sqlx::Error) -> Self {
        // Every query's error passes here, so this is where a connection that can no
        // longer write is noticed.
        recycle::note(&error);
        Self::Query(error)
    }
}

impl Database {
    /// Opens (creating if missing) the database at `url` and applies pending migrations.
    pub async fn open(url: &str) -> Result<Self, StoreError> {
        let options = SqliteConnectOptions::from_str(url)
            .map_err(StoreError::Open)?
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .busy_timeout(BUSY_TIMEOUT)
            // Deleted or replaced rows are overwritten with zeros, not left in free pages.
            .pragma("secure_delete", "ON");
        let path = file_path(&options);
        // Before the first connection, so two processes never migrate at once either.
        let lock = match path.as_deref() {
            Some(path) => Some(lock::exclusive(path).await?),
            None => None,
        };
        let mut pool = SqlitePoolOptions::new().max_connections(4);
        // An in-memory database lives in its connections: never replace them.
        if path.is_some() {
            pool = pool.before_acquire(|_, meta| {
                Box::pin(async move { Ok(recycle::still_usable(meta.age)) })
            });
        }
        let pool = pool.connect_with(options).await.map_err(StoreError::Open)?;
        let mut database = Self::from_pool(pool).await?;
        database.file = path.as_deref().and_then(file::DbFile::watch).map(Arc::new);
        database.lock = lock;
        database.path = path;
        Ok(database)
    }

    /// Wraps an existing pool, applying migrations.
    async fn from_pool(pool: SqlitePool) -> Result<Self, StoreError> {
        sqlx::migrate!()
            .run(&pool)
            .await
            .map_err(StoreError::Migrate)?;
        Ok(Self {
            pool,
            path: None,
            file: None,
            lock: None,
        })
    }

    /// The database file, if it is one (not in memory); the master key file sits beside it.
    pub fn path(&self) -> Option<&std::path::Path> {
        self.path.as_deref()
    }

    /// Closes the pool without unlocking (when no usable master key was found).
    pub async fn close(self) {
        self.pool.close().await;
    }
}

impl Store {
    /// Opens the database at `url` and unlocks it with `master` in one step.
    pub async fn open(url: &str, master: MasterKey) -> Result<Self, StoreError> {
        Database::open(url).await?.unlock(master).await
    }

    /// Wraps an existing pool, applying migrations and unlocking it with `master`: for the
    /// tests' `#[sqlx::test]` databases (the bot itself opens a file with [`Store::open`]).
    pub async fn from_pool(pool: SqlitePool, master: MasterKey) -> Result<Self, StoreError> {
        Database::from_pool(pool).await?.unlock(master).await
    }

    /// The pool, once the database file is checked to be the one opened at start.
    fn pool(&self) -> Result<&SqlitePool, StoreError> {
        if let Some(file) = &self.file {
            file.check()?;
        }
        Ok(&self.pool)
    }

    /// Waits for open connections to finish, closes the pool and gives up the file's lock.
    pub async fn close(&self) {
        self.pool.close().await;
        self.lock
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .take();
    }
}

fn file_path(options: &SqliteConnectOptions) -> Option<PathBuf> {
    let path = options.get_filename();
    let name = path.to_string_lossy();
    let in_memory = name.is_empty() || name == ":memory:" || name.starts_with("file:");
    (!in_memory).then(|| path.to_path_buf())
}

/// Discord snowflakes are `u64` but always below 2^63, so they fit SQLite's INTEGER.
fn snowflake_to_i64(id: u64) -> Result<i64, StoreError> {
    i64::try_from(id).map_err(|_| StoreError::IdOutOfRange(id))
}
