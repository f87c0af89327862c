//! Copying a SQLite database into an empty PostgreSQL one (`heo-bot migrate-to-postgres`).
//!
//! Rows are copied as they are stored: keys stay sealed (their associated data is the guild
//! ID, so they open under the same master key wherever they live), timestamps keep their
//! text, the `rowid` that orders servers, grants and audit entries keeps its value, and so
//! do the `id`s members name schedules by and countdowns are continued by, and the IDs that
//! panels' buttons carry. Everything is written in one PostgreSQL transaction, so a failure
//! leaves the target as it was.

mod languages;
mod panels;
mod schedules;
mod tables;

use sqlx::postgres::Postgres;
use sqlx::query_builder::Separated;
use sqlx::{PgConnection, QueryBuilder};

use super::{Database, Pool, Store, StoreError};

/// Rows per INSERT: well below PostgreSQL's 65,535 bound parameters for the widest table.
const CHUNK: usize = 1000;

/// The tables the copy refuses to overwrite, in [`RowCounts`]' order.
const TABLES: [&str; 11] = [
    "guild_keys",
    "master_key_check",
    "servers",
    "power_role_grants",
    "audit",
    "audit_channels",
    "schedules",
    "guild_settings",
    "guild_languages",
    "countdowns",
    "panels",
];

/// One query, the same SQL on both databases, counting every table's rows.
const COUNT_ROWS: &str = "SELECT (SELECT COUNT(*) FROM guild_keys), \
     (SELECT COUNT(*) FROM master_key_check), (SELECT COUNT(*) FROM servers), \
     (SELECT COUNT(*) FROM power_role_grants), (SELECT COUNT(*) FROM audit), \
     (SELECT COUNT(*) FROM audit_channels), (SELECT COUNT(*) FROM schedules), \
     (SELECT COUNT(*) FROM guild_settings), (SELECT COUNT(*) FROM guild_languages), \
     (SELECT COUNT(*) FROM countdowns), (SELECT COUNT(*) FROM panels)";

/// How many rows each table holds.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RowCounts {
    pub keys: i64,
    pub master_key_check: i64,
    pub servers: i64,
    pub role_grants: i64,
    pub audit: i64,
    pub audit_channels: i64,
    pub schedules: i64,
    /// Guilds with a default time zone (`guild_settings`).
    pub guild_zones: i64,
    /// Guilds with a language chosen for their public messages (`guild_languages`).
    pub guild_languages: i64,
    /// Countdowns under way.
    pub countdowns: i64,
    /// Control panels posted.
    pub panels: i64,
}

impl RowCounts {
    /// Each table's name with its count.
    pub fn by_table(&self) -> [(&'static str, i64); 11] {
        let counts = [
            self.keys,
            self.master_key_check,
            self.servers,
            self.role_grants,
            self.audit,
            self.audit_channels,
            self.schedules,
            self.guild_zones,
            self.guild_languages,
            self.countdowns,
            self.panels,
        ];
        std::array::from_fn(|i| (TABLES[i], counts[i]))
    }
}

type Counted = (i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64);

impl From<Counted> for RowCounts {
    fn from(counted: Counted) -> Self {
        let (
            keys,
            check,
            servers,
            grants,
            audit,
            channels,
            schedules,
            zones,
            languages,
            countdowns,
            panels,
        ) = counted;
        Self {
            keys,
            master_key_check: check,
            servers,
            role_grants: grants,
            audit,
            audit_channels: channels,
            schedules,
            guild_zones: zones,
            guild_languages: languages,
            countdowns,
            panels,
        }
    }
}

/// Why nothing was copied. Whatever the cause, the target is as it was.
#[derive(Debug, thiserror::Error)]
pub enum CopyError {
    /// The target already holds rows; copying would mix two databases. `table` is the first
    /// table found with rows.
    #[error("the target database already holds data ({rows} rows in {table})")]
    TargetNotEmpty { table: &'static str, rows: i64 },
    /// The copy runs from SQLite to PostgreSQL only.
    #[error("the copy runs from a SQLite database to a PostgreSQL database only")]
    WrongDatabases,
    /// Reading the source or writing the target failed; the transaction was rolled back.
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<sqlx::Error> for CopyError {
    fn from(error: sqlx::Error) -> Self {
        Self::Store(error.into())
    }
}

impl Store {
    /// How many rows each table holds.
    pub async fn row_counts(&self) -> Result<RowCounts, StoreError> {
        let counted: Counted = with_pool!(self.pool()?, |pool| sqlx::query_as(COUNT_ROWS)
            .fetch_one(pool)
            .await?);
        Ok(counted.into())
    }

    /// Copies every row of this SQLite store into `target`, an empty, migrated PostgreSQL
    /// database, in one transaction. Returns how many rows were copied per table.
    pub async fn copy_to_postgres(&self, target: &Database) -> Result<RowCounts, CopyError> {
        let (Pool::Sqlite(source), Pool::Postgres(target)) = (self.pool()?, &target.pool) else {
            return Err(CopyError::WrongDatabases);
        };
        let mut tx = target.begin().await?;
        // No bot started against the target meanwhile can slip a row in between the check
        // and the copy.
        sqlx::query(&format!(
            "LOCK TABLE {} IN EXCLUSIVE MODE",
            TABLES.join(", ")
        ))
        .execute(&mut *tx)
        .await?;
        let before: Counted = sqlx::query_as(COUNT_ROWS).fetch_one(&mut *tx).await?;
        if let Some((table, rows)) = RowCounts::from(before)
            .by_table()
            .into_iter()
            .find(|(_, rows)| *rows > 0)
        {
            return Err(CopyError::TargetNotEmpty { table, rows });
        }
        let copied = RowCounts {
            keys: tables::copy_keys(source, &mut tx).await?,
            master_key_check: tables::copy_check(source, &mut tx).await?,
            servers: tables::copy_servers(source, &mut tx).await?,
            role_grants: tables::copy_grants(source, &mut tx).await?,
            audit: tables::copy_audit(source, &mut tx).await?,
            audit_channels: tables::copy_channels(source, &mut tx).await?,
            schedules: schedules::copy_schedules(source, &mut tx).await?,
            guild_zones: schedules::copy_zones(source, &mut tx).await?,
            guild_languages: languages::copy_languages(source, &mut tx).await?,
            countdowns: schedules::copy_countdowns(source, &mut tx).await?,
            panels: panels::copy_panels(source, &mut tx).await?,
        };
        tx.commit().await?;
        Ok(copied)
    }
}

type Source = sqlx::SqlitePool;

/// Inserts `rows` into the target, [`CHUNK`] at a time; `head` names the table and columns.
async fn insert<'a, T>(
    tx: &mut PgConnection,
    head: &str,
    rows: &'a [T],
    mut push: impl FnMut(Separated<'_, 'a, Postgres, &'static str>, &'a T),
) -> Result<i64, StoreError> {
    for chunk in rows.chunks(CHUNK) {
        let mut query = QueryBuilder::<Postgres>::new(head);
        query.push_values(chunk, &mut push);
        query.build().execute(&mut *tx).await?;
    }
    Ok(rows.len() as i64)
}

/// New rows after the copied ones get higher values in the identity `column` (`rowid` or
/// `id`), as they would have in SQLite. An ALTER, not `setval`: it is undone with the
/// transaction, a sequence change is not.
async fn continue_identity(
    tx: &mut PgConnection,
    table: &str,
    column: &str,
    last: Option<i64>,
) -> Result<(), StoreError> {
    if let Some(last) = last {
        let next = last + 1;
        sqlx::query(&format!(
            "ALTER TABLE {table} ALTER COLUMN {column} RESTART WITH {next}"
        ))
        .execute(&mut *tx)
        .await?;
    }
    Ok(())
}
