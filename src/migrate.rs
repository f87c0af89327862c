//! `heo-bot migrate-to-postgres`: the SQLite database at `DATABASE_URL` copied, as stored,
//! into the empty PostgreSQL database at `MIGRATE_TO_DATABASE_URL`, then opened there with
//! the same master key and counted, table by table, before the operator is told to switch.
//!
//! The source is opened the way the bot opens it (its lock file refuses a running bot, its
//! master key is checked), the target through the store (which migrates it). Keys are
//! never decrypted: the sealed rows open under the same master key wherever they live.

use std::fmt;
use std::path::PathBuf;

use crate::config::{Config, redacted_database_url};
use crate::master_key::{UnlockError, Unlocked, unlock};
use crate::store::{Backend, CopyError, Database, RowCounts, Store, StoreError};

/// The variable naming the PostgreSQL database to copy into.
pub const TARGET_VAR: &str = "MIGRATE_TO_DATABASE_URL";

/// Why nothing was switched. `Display` is the line the operator reads; it never holds a
/// password or a key. Until the copy is verified, the SQLite database stays the one to use.
#[derive(Debug, thiserror::Error)]
pub enum MigrateError {
    /// `MIGRATE_TO_DATABASE_URL` is unset or empty.
    #[error(
        "MIGRATE_TO_DATABASE_URL is not set; set it to the new, empty PostgreSQL database to copy into, such as postgres://heo@db.example/heo"
    )]
    TargetMissing,
    /// `MIGRATE_TO_DATABASE_URL` is not a PostgreSQL URL (its value is not repeated).
    #[error(
        "MIGRATE_TO_DATABASE_URL is invalid: expected a PostgreSQL URL such as postgres://heo@db.example/heo"
    )]
    TargetNotPostgres,
    /// `DATABASE_URL` is PostgreSQL already: there is no SQLite database to copy.
    #[error(
        "DATABASE_URL is not a SQLite database; migrate-to-postgres copies the SQLite database at DATABASE_URL into the PostgreSQL database at MIGRATE_TO_DATABASE_URL"
    )]
    SourceNotSqlite,
    /// `DATABASE_URL` is in memory: nothing outlives the process, so there is nothing to copy.
    #[error("DATABASE_URL is an in-memory database; there is nothing to copy")]
    InMemory,
    /// The SQLite database could not be opened or its master key is not the right one (a
    /// running bot holds it, or the key is wrong); the line says which.
    #[error(transparent)]
    Source(#[from] UnlockError),
    /// The PostgreSQL database could not be reached, or not migrated.
    #[error(
        "could not open the PostgreSQL database at {target} (MIGRATE_TO_DATABASE_URL); check that the server runs, that the database exists and that its user may create tables"
    )]
    Target {
        target: String,
        #[source]
        source: StoreError,
    },
    /// The PostgreSQL database holds rows already: copying would mix two databases.
    #[error(
        "the PostgreSQL database at {target} already holds data ({rows} rows in {table}); nothing was changed. Copy into a new, empty database, or drop and recreate this one"
    )]
    TargetNotEmpty {
        target: String,
        table: &'static str,
        rows: i64,
    },
    /// The copy failed and its transaction was rolled back.
    #[error(
        "could not copy into the PostgreSQL database at {target}; nothing was written there and the SQLite database is unchanged. Fix the cause and run again"
    )]
    Copy {
        target: String,
        #[source]
        source: CopyError,
    },
    /// The copy is committed but does not open with the source's master key.
    #[error(
        "the copy in {target} does not open with the SQLite database's master key; keep using SQLite, and drop and recreate the PostgreSQL database before trying again"
    )]
    VerifyKey {
        target: String,
        #[source]
        source: UnlockError,
    },
    /// The copy is committed but a table's rows do not add up.
    #[error(
        "the copy in {target} holds {copied} rows in {table} where the SQLite database holds {expected}; keep using SQLite, and drop and recreate the PostgreSQL database before trying again"
    )]
    VerifyCount {
        target: String,
        table: &'static str,
        expected: i64,
        copied: i64,
    },
    /// Counting the rows of either database failed.
    #[error("could not count the rows to verify the copy")]
    Count(#[source] StoreError),
}

/// A verified copy. `Display` is what the operator reads: what was copied and what to do
/// next, never the key itself.
#[derive(Debug)]
pub struct Migrated {
    pub counts: RowCounts,
    /// The target's URL, its password replaced.
    target: String,
    /// The key file holding the master key; `None` when it came from `HEO_BOT_MASTER_KEY`.
    key_file: Option<PathBuf>,
}

impl fmt::Display for Migrated {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let c = &self.counts;
        let key = match &self.key_file {
            Some(path) => format!("the content of {}", path.display()),
            None => "your current HEO_BOT_MASTER_KEY".to_owned(),
        };
        write!(
            f,
            "copied {}, {}, {}, {}, {}, {}, {}, {}, {} and {} to PostgreSQL at {}. Next: set HEO_BOT_MASTER_KEY to the master key of the SQLite database ({key}) in every process, set DATABASE_URL to the PostgreSQL URL, then start heo-bot.",
            plural(c.keys, "key", "keys"),
            plural(c.servers, "server", "servers"),
            plural(c.role_grants, "role grant", "role grants"),
            plural(c.audit, "audit entry", "audit entries"),
            plural(c.audit_channels, "audit channel", "audit channels"),
            plural(c.schedules, "schedule", "schedules"),
            plural(c.guild_zones, "guild time zone", "guild time zones"),
            plural(c.guild_languages, "guild language", "guild languages"),
            plural(c.countdowns, "countdown under way", "countdowns under way"),
            plural(c.panels, "control panel", "control panels"),
            self.target,
        )
    }
}

fn plural(count: i64, one: &str, many: &str) -> String {
    format!("{count} {}", if count == 1 { one } else { many })
}

/// Copies the SQLite database of `config` into the PostgreSQL database at `target_url`
/// (from `MIGRATE_TO_DATABASE_URL`) and verifies the copy. Stop the bot first.
pub async fn migrate_to_postgres(
    config: &Config,
    target_url: Option<&str>,
) -> Result<Migrated, MigrateError> {
    let url = target_url
        .map(str::trim)
        .filter(|url| !url.is_empty())
        .ok_or(MigrateError::TargetMissing)?;
    if Backend::of(url) != Some(Backend::Postgres) {
        return Err(MigrateError::TargetNotPostgres);
    }
    if config.backend() != Backend::Sqlite {
        return Err(MigrateError::SourceNotSqlite);
    }
    let Unlocked {
        store, key_file, ..
    } = unlock(&config.database_url, config.master_key.as_ref()).await?;
    let Some(key_file) = key_file else {
        store.close().await;
        return Err(MigrateError::InMemory);
    };
    let target = redacted_database_url(url);
    let copied = copy_and_verify(&store, url, &target).await;
    store.close().await;
    Ok(Migrated {
        counts: copied?,
        target,
        key_file: config
            .master_key
            .is_none()
            .then(|| key_file.path().to_owned()),
    })
}

async fn copy_and_verify(
    source: &Store,
    url: &str,
    target: &str,
) -> Result<RowCounts, MigrateError> {
    let expected = source.row_counts().await.map_err(MigrateError::Count)?;
    let database = Database::open(url)
        .await
        .map_err(|source| MigrateError::Target {
            target: target.to_owned(),
            source,
        })?;
    let copied = source.copy_to_postgres(&database).await;
    database.close().await;
    match copied {
        Ok(_) => {}
        Err(CopyError::TargetNotEmpty { table, rows }) => {
            return Err(MigrateError::TargetNotEmpty {
                target: target.to_owned(),
                table,
                rows,
            });
        }
        Err(source) => {
            return Err(MigrateError::Copy {
                target: target.to_owned(),
                source,
            });
        }
    }
    // The normal way in, as every bot process on PostgreSQL will take it.
    let opened = unlock(url, Some(source.master_key()))
        .await
        .map_err(|source| MigrateError::VerifyKey {
            target: target.to_owned(),
            source,
        })?;
    let counts = opened.store.row_counts().await;
    opened.store.close().await;
    let counts = counts.map_err(MigrateError::Count)?;
    let pairs = expected.by_table().into_iter().zip(counts.by_table());
    for ((table, expected), (_, copied)) in pairs {
        if expected != copied {
            return Err(MigrateError::VerifyCount {
                target: target.to_owned(),
                table,
                expected,
                copied,
            });
        }
    }
    Ok(counts)
}
