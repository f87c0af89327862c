//! Opening a database only to read it, for `heo-bot doctor`: no file is created, no
//! migration applied and no journal mode set, and the connections themselves refuse writes
//! (SQLite's `query_only`, or its read-only mode; PostgreSQL's
//! `default_transaction_read_only`). A [`Database`] opened here is never unlocked.
//!
//! A SQLite file no process holds is opened as a heo-bot process opens it, under the lock, so
//! no bot or rotation starts halfway through the reading; its connections may write files but
//! run no writing statement (`query_only`), so that when the last one closes SQLite removes
//! the `-wal` and `-shm` files it made, leaving the folder as it was (a read-only connection
//! cannot, and leaves them behind). One that a running bot (or a rotation) holds is read
//! beside it with read-only connections, through the `-wal` and `-shm` files that process
//! keeps: they never become the last connection that folds the log into the file.

use std::path::PathBuf;
use std::str::FromStr;

use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sqlx::sqlite::{SqliteConnectOptions, SqlitePoolOptions};

use super::{BUSY_TIMEOUT, Backend, Database, PG_CONNECT_TIMEOUT, StoreError, file_path, lock};
use crate::master_key::{MasterKey, Sealed};

/// What is at `DATABASE_URL`, opened for reading.
#[derive(Debug)]
pub enum ReadOnly {
    /// The database, open for reading only. `beside`: the lock file of the process that
    /// holds the database, when one does and it was read beside it.
    Open {
        database: Database,
        beside: Option<PathBuf>,
    },
    /// No SQLite file at this path yet: the bot creates it at its first start.
    NotCreated(PathBuf),
    /// An in-memory SQLite database: nothing of it outlives a process, so there is nothing
    /// to check.
    InMemory,
}

/// A guild's audit channel, as stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AuditChannel {
    pub guild: u64,
    pub channel: u64,
}

/// How many guild keys are stored, and the guilds whose key the master key does not open.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredKeys {
    pub total: usize,
    pub undecryptable: Vec<u64>,
}

impl Database {
    /// Opens the database at `url` for reading only (see the module's comment).
    pub async fn open_read_only(url: &str) -> Result<ReadOnly, StoreError> {
        match Backend::of(url) {
            Some(Backend::Postgres) => Ok(ReadOnly::Open {
                database: Self::read_postgres(url).await?,
                beside: None,
            }),
            _ => Self::read_sqlite(url).await,
        }
    }

    async fn read_postgres(url: &str) -> Result<Self, StoreError> {
        let options = PgConnectOptions::from_str(url)
            .map_err(StoreError::Open)?
            .options([("default_transaction_read_only", "on")]);
        let pool = PgPoolOptions::new()
            .max_connections(2)
            .acquire_timeout(PG_CONNECT_TIMEOUT)
            .connect_with(options)
            .await
            .map_err(StoreError::Open)?;
        Ok(Self::read_only(pool.into(), None))
    }

    async fn read_sqlite(url: &str) -> Result<ReadOnly, StoreError> {
        let options = SqliteConnectOptions::from_str(url)
            .map_err(StoreError::Open)?
            .create_if_missing(false)
            .busy_timeout(BUSY_TIMEOUT)
            .pragma("query_only", "ON");
        let Some(path) = file_path(&options, url) else {
            return Ok(ReadOnly::InMemory);
        };
        if !path.exists() {
            return Ok(ReadOnly::NotCreated(path));
        }
        let lock = lock::try_exclusive(&path)?;
        let beside = lock.is_none().then(|| lock::lock_path(&path));
        let options = options.read_only(beside.is_some());
        // One connection: SQLite removes the `-wal` and `-shm` files only when the last
        // connection closes with no other open, and two closing at the same moment each see
        // the other and leave both behind (in 1 of ~30 runs under load), which a doctor
        // promising to change nothing must not do.
        let pool = SqlitePoolOptions::new()
            .max_connections(1)
            .connect_with(options)
            .await
            .map_err(StoreError::Open)?;
        let mut database = Self::read_only(pool.into(), Some(path));
        database.lock = lock;
        Ok(ReadOnly::Open { database, beside })
    }

    fn read_only(pool: super::Pool, path: Option<PathBuf>) -> Self {
        Self {
            pool,
            path,
            file: None,
            lock: None,
        }
    }

    /// Every guild's audit channel, by guild.
    pub async fn audit_channels(&self) -> Result<Vec<AuditChannel>, StoreError> {
        let rows: Vec<(i64, i64)> = with_pool!(&self.pool, |pool| sqlx::query_as(
            "SELECT guild_id, channel_id FROM audit_channels ORDER BY guild_id"
        )
        .fetch_all(pool)
        .await?);
        Ok(rows
            .into_iter()
            .map(|(guild, channel)| AuditChannel {
                guild: guild as u64,
                channel: channel as u64,
            })
            .collect())
    }

    /// Tries `master` on every stored guild key; what opens is dropped (and wiped) at once.
    pub async fn stored_keys(&self, master: &MasterKey) -> Result<StoredKeys, StoreError> {
        let rows: Vec<(i64, Vec<u8>, Vec<u8>)> = with_pool!(&self.pool, |pool| sqlx::query_as(
            "SELECT guild_id, nonce, ciphertext FROM guild_keys ORDER BY guild_id"
        )
        .fetch_all(pool)
        .await?);
        let total = rows.len();
        let undecryptable = rows
            .into_iter()
            .filter(|(guild, nonce, ciphertext)| {
                let sealed = Sealed {
                    nonce: nonce.clone(),
                    ciphertext: ciphertext.clone(),
                };
                master.open(*guild as u64, &sealed).is_err()
            })
            .map(|(guild, _, _)| guild as u64)
            .collect();
        Ok(StoredKeys {
            total,
            undecryptable,
        })
    }
}
