//! All SQL lives here. Snowflakes become `i64` only inside this module.
//!
//! Two databases sit behind one API: the embedded SQLite file (the default) and PostgreSQL,
//! which several bot processes can share. The URL's scheme chooses. Every query is written
//! once, in SQL both understand (`$1` placeholders, `ON CONFLICT`, `RETURNING`), and
//! [`with_pool!`] runs it on whichever pool is open; each database has its own migrations
//! (`migrations/sqlite/`, `migrations/postgres/`) that leave the same tables behind.
//!
//! Opening is two steps: [`Database::open`] connects and migrates; [`Database::unlock`] checks
//! the master key against what is stored, seals rows an earlier version stored in plain text,
//! and gives the [`Store`] that reads and writes keys and per-action role grants.
//! [`Database::open_read_only`] opens one only to look at it (`heo-bot doctor`): it is never
//! migrated or unlocked.

/// Runs `$body` with `$pool` bound to the open pool, whichever database it is: the body is
/// compiled once per database, so a query one of them cannot run fails the build, not a
/// user's command.
macro_rules! with_pool {
    ($pool:expr, |$p:ident| $body:expr) => {
        match $pool {
            $crate::store::Pool::Sqlite($p) => $body,
            $crate::store::Pool::Postgres($p) => $body,
        }
    };
}

mod audit;
mod audit_channels;
mod claims;
mod copy;
mod countdowns;
mod file;
mod grants;
mod guilds;
mod heo_pause;
mod keys;
mod languages;
mod lock;
mod master_key_check;
mod migrations;
mod panels;
mod probe;
mod read_only;
mod recycle;
mod reseal;
mod schedule_rows;
mod schedules;
mod servers;

use std::path::PathBuf;
use std::str::FromStr;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions};
use sqlx::{PgPool, SqlitePool};

use crate::master_key::{MasterKey, OpenError};

pub use claims::{ClaimError, RotationHold, ShardClaim};
pub use copy::{CopyError, RowCounts};
pub use countdowns::StoredCountdown;
pub use migrations::MigrationState;
pub use read_only::{AuditChannel, ReadOnly, StoredKeys};
pub use schedules::ShardSpan;

/// How long a write waits for another writer before SQLite gives up with "database is locked".
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// How long a PostgreSQL connection may take to open before the store gives up.
const PG_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// Which database a `DATABASE_URL` names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    /// `sqlite:…`: one file, one bot process.
    Sqlite,
    /// `postgres://…` or `postgresql://…`: one server, any number of bot processes.
    Postgres,
}

impl Backend {
    /// The database `url` names, or `None` for a scheme the bot does not know.
    pub fn of(url: &str) -> Option<Self> {
        let url = url.trim_start();
        if url.starts_with("sqlite:") {
            Some(Self::Sqlite)
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Some(Self::Postgres)
        } else {
            None
        }
    }
}

/// The open pool: SQLite or PostgreSQL.
#[derive(Clone, Debug)]
pub enum Pool {
    Sqlite(SqlitePool),
    Postgres(PgPool),
}

impl From<SqlitePool> for Pool {
    fn from(pool: SqlitePool) -> Self {
        Self::Sqlite(pool)
    }
}

impl From<PgPool> for Pool {
    fn from(pool: PgPool) -> Self {
        Self::Postgres(pool)
    }
}

impl Pool {
    /// Which database this is.
    pub fn backend(&self) -> Backend {
        match self {
            Self::Sqlite(_) => Backend::Sqlite,
            Self::Postgres(_) => Backend::Postgres,
        }
    }

    async fn close(&self) {
        with_pool!(self, |pool| pool.close().await);
    }
}

/// A migrated database whose master key has not been checked yet.
#[derive(Debug)]
pub struct Database {
    pool: Pool,
    /// The file behind the pool; `None` for an in-memory database.
    path: Option<PathBuf>,
    /// The same file as opened, watched for deletion; `None` for pools handed in by tests.
    file: Option<Arc<file::DbFile>>,
    /// This process's claim on the file; `None` for pools handed in by tests.
    lock: Option<lock::ProcessLock>,
}

/// The bot's key store: a pool over the database and the master key its rows are sealed
/// under.
#[derive(Clone, Debug)]
pub struct Store {
    pool: Pool,
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
    /// The migrations in `migrations/<database>/` could not be applied.
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
    /// Opens the database at `url` (creating a missing SQLite file) and applies pending
    /// migrations.
    pub async fn open(url: &str) -> Result<Self, StoreError> {
        match Backend::of(url) {
            Some(Backend::Postgres) => Self::open_postgres(url).await,
            _ => Self::open_sqlite(url).await,
        }
    }

    async fn open_postgres(url: &str) -> Result<Self, StoreError> {
        let options = PgConnectOptions::from_str(url).map_err(StoreError::Open)?;
        let pool = PgPoolOptions::new()
            .max_connections(8)
            .acquire_timeout(PG_CONNECT_TIMEOUT)
            .connect_with(options)
            .await
            .map_err(StoreError::Open)?;
        Self::from_pool(pool.into()).await
    }

    async fn open_sqlite(url: &str) -> Result<Self, StoreError> {
        let options = SqliteConnectOptions::from_str(url)
            .map_err(StoreError::Open)?
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .busy_timeout(BUSY_TIMEOUT)
            // Deleted or replaced rows are overwritten with zeros, not left in free pages.
            .pragma("secure_delete", "ON");
        let path = file_path(&options, url);
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
        let mut database = Self::from_pool(pool.into()).await?;
        database.file = path.as_deref().and_then(file::DbFile::watch).map(Arc::new);
        database.lock = lock;
        database.path = path;
        Ok(database)
    }

    /// Wraps an existing pool, applying migrations.
    async fn from_pool(pool: Pool) -> Result<Self, StoreError> {
        if let Err(error) = pool.migrate().await {
            pool.close().await;
            return Err(error);
        }
        Ok(Self {
            pool,
            path: None,
            file: None,
            lock: None,
        })
    }

    /// Which database this is.
    pub fn backend(&self) -> Backend {
        self.pool.backend()
    }

    /// The database file, if it is one (not in memory, not PostgreSQL); the master key file
    /// sits beside it.
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
    /// tests' databases (the bot itself opens a URL with [`Store::open`]).
    pub async fn from_pool(pool: impl Into<Pool>, master: MasterKey) -> Result<Self, StoreError> {
        Database::from_pool(pool.into()).await?.unlock(master).await
    }

    /// Which database this is.
    pub fn backend(&self) -> Backend {
        self.pool.backend()
    }

    /// The master key the rows are sealed under, to open a copy of them elsewhere.
    pub(crate) fn master_key(&self) -> &MasterKey {
        &self.master
    }

    /// The pool, once the database file is checked to be the one opened at start.
    fn pool(&self) -> Result<&Pool, StoreError> {
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

/// The database file `url` opens, or `None` for an in-memory database: sqlx names those
/// `file:sqlx-in-memory-N` (from `:memory:`), or keeps the path and opens it in memory with
/// `mode=memory`. A `file:` URI of SQLite's own would open a real file under another name,
/// so the configuration refuses those before they get here.
fn file_path(options: &SqliteConnectOptions, url: &str) -> Option<PathBuf> {
    let path = options.get_filename();
    let name = path.to_string_lossy();
    let in_memory_mode = url
        .split_once('?')
        .is_some_and(|(_, query)| query.split('&').any(|pair| pair == "mode=memory"));
    let in_memory = name.is_empty()
        || name == ":memory:"
        || name.starts_with("file:sqlx-in-memory-")
        || in_memory_mode;
    (!in_memory).then(|| path.to_path_buf())
}

/// Discord snowflakes are `u64` but always below 2^63, so they fit SQLite's INTEGER and
/// PostgreSQL's BIGINT.
fn snowflake_to_i64(id: u64) -> Result<i64, StoreError> {
    i64::try_from(id).map_err(|_| StoreError::IdOutOfRange(id))
}

/// Now, in the text form every `*_at` column holds on both databases.
fn now_text() -> String {
    chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string()
}
