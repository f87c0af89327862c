//! All SQL lives here. Snowflakes become `i64` only inside this module.

mod file;
mod keys;

use std::path::PathBuf;
use std::str::FromStr;
use std::sync::Arc;
use std::time::Duration;

use sqlx::SqlitePool;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions};

/// How long a write waits for another writer before SQLite gives up with "database is locked".
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// The bot's database: a pool over one SQLite file.
#[derive(Clone, Debug)]
pub struct Store {
    pool: SqlitePool,
    /// The file behind the pool; `None` for pools handed in by tests.
    file: Option<Arc<file::DbFile>>,
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
    Query(#[from] sqlx::Error),
    /// The database file was deleted or replaced while the bot ran. Nothing more is read
    /// or written until the bot is restarted with the file restored.
    #[error("the database file {0} was deleted or replaced while the bot was running")]
    FileGone(PathBuf),
    /// A guild ID that does not fit SQLite's signed 64-bit integer (never a real snowflake).
    #[error("guild ID {0} is out of range")]
    IdOutOfRange(u64),
}

impl Store {
    /// Opens (creating if missing) the database at `url` and applies pending migrations.
    pub async fn open(url: &str) -> Result<Self, StoreError> {
        let options = SqliteConnectOptions::from_str(url)
            .map_err(StoreError::Open)?
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .busy_timeout(BUSY_TIMEOUT);
        let pool = SqlitePoolOptions::new()
            .max_connections(4)
            .connect_with(options.clone())
            .await
            .map_err(StoreError::Open)?;
        let mut store = Self::from_pool(pool).await?;
        store.file = file::DbFile::watch(options.get_filename()).map(Arc::new);
        Ok(store)
    }

    /// Wraps an existing pool (tests use `#[sqlx::test]` pools), applying migrations.
    pub async fn from_pool(pool: SqlitePool) -> Result<Self, StoreError> {
        sqlx::migrate!()
            .run(&pool)
            .await
            .map_err(StoreError::Migrate)?;
        Ok(Self { pool, file: None })
    }

    /// The pool, once the database file is checked to be the one opened at start.
    fn pool(&self) -> Result<&SqlitePool, StoreError> {
        if let Some(file) = &self.file {
            file.check()?;
        }
        Ok(&self.pool)
    }

    /// Waits for open connections to finish and closes the pool.
    pub async fn close(&self) {
        self.pool.close().await;
    }
}

/// Discord snowflakes are `u64` but always below 2^63, so they fit SQLite's INTEGER.
fn snowflake_to_i64(id: u64) -> Result<i64, StoreError> {
    i64::try_from(id).map_err(|_| StoreError::IdOutOfRange(id))
}
