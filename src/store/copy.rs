//! Copying a SQLite database into an empty PostgreSQL one (`heo-bot migrate-to-postgres`).
//!
//! Rows are copied as they are stored: keys stay sealed (their associated data is the guild
//! ID, so they open under the same master key wherever they live), timestamps keep their
//! text, and the `rowid` that orders servers, grants and audit entries keeps its value.
//! Everything is written in one PostgreSQL transaction, so a failure leaves the target as it
//! was.

use sqlx::postgres::Postgres;
use sqlx::query_builder::Separated;
use sqlx::{PgConnection, QueryBuilder};

use super::{Database, Pool, Store, StoreError};

/// Rows per INSERT: well below PostgreSQL's 65,535 bound parameters for the widest table.
const CHUNK: usize = 1000;

/// The tables the copy refuses to overwrite, in [`RowCounts`]' order.
const TABLES: [&str; 6] = [
    "guild_keys",
    "master_key_check",
    "servers",
    "power_role_grants",
    "audit",
    "audit_channels",
];

/// One query, the same SQL on both databases, counting every table's rows.
const COUNT_ROWS: &str = "SELECT (SELECT COUNT(*) FROM guild_keys), \
     (SELECT COUNT(*) FROM master_key_check), (SELECT COUNT(*) FROM servers), \
     (SELECT COUNT(*) FROM power_role_grants), (SELECT COUNT(*) FROM audit), \
     (SELECT COUNT(*) FROM audit_channels)";

/// How many rows each table holds.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RowCounts {
    pub keys: i64,
    pub master_key_check: i64,
    pub servers: i64,
    pub role_grants: i64,
    pub audit: i64,
    pub audit_channels: i64,
}

impl RowCounts {
    /// Each table's name with its count.
    pub fn by_table(&self) -> [(&'static str, i64); 6] {
        let counts = [
            self.keys,
            self.master_key_check,
            self.servers,
            self.role_grants,
            self.audit,
            self.audit_channels,
        ];
        std::array::from_fn(|i| (TABLES[i], counts[i]))
    }
}

type Counted = (i64, i64, i64, i64, i64, i64);

impl From<Counted> for RowCounts {
    fn from((keys, check, servers, grants, audit, channels): Counted) -> Self {
        Self {
            keys,
            master_key_check: check,
            servers,
            role_grants: grants,
            audit,
            audit_channels: channels,
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
            keys: copy_keys(source, &mut tx).await?,
            master_key_check: copy_check(source, &mut tx).await?,
            servers: copy_servers(source, &mut tx).await?,
            role_grants: copy_grants(source, &mut tx).await?,
            audit: copy_audit(source, &mut tx).await?,
            audit_channels: copy_channels(source, &mut tx).await?,
        };
        tx.commit().await?;
        Ok(copied)
    }
}

type Source = sqlx::SqlitePool;
type KeyRow = (i64, Vec<u8>, Vec<u8>, i64, String);
type ServerRow = (
    i64,
    i64,
    String,
    String,
    String,
    String,
    i64,
    String,
    Option<String>,
);
type GrantRow = (i64, i64, String, i64, i64, String);

async fn copy_keys(source: &Source, tx: &mut PgConnection) -> Result<i64, StoreError> {
    let rows: Vec<KeyRow> = sqlx::query_as(
        "SELECT guild_id, nonce, ciphertext, linked_by, linked_at FROM guild_keys ORDER BY guild_id",
    )
    .fetch_all(source)
    .await?;
    let head = "INSERT INTO guild_keys (guild_id, nonce, ciphertext, linked_by, linked_at) ";
    insert(tx, head, &rows, |mut b, row| {
        b.push_bind(row.0).push_bind(&row.1).push_bind(&row.2);
        b.push_bind(row.3).push_bind(&row.4);
    })
    .await
}

async fn copy_check(source: &Source, tx: &mut PgConnection) -> Result<i64, StoreError> {
    let rows: Vec<(i64, Vec<u8>, Vec<u8>)> =
        sqlx::query_as("SELECT id, nonce, ciphertext FROM master_key_check")
            .fetch_all(source)
            .await?;
    let head = "INSERT INTO master_key_check (id, nonce, ciphertext) ";
    insert(tx, head, &rows, |mut b, row| {
        b.push_bind(row.0).push_bind(&row.1).push_bind(&row.2);
    })
    .await
}

async fn copy_servers(source: &Source, tx: &mut PgConnection) -> Result<i64, StoreError> {
    let rows: Vec<ServerRow> = sqlx::query_as(
        "SELECT rowid, guild_id, server_id, name, name_key, id_key, added_by, added_at,
             console_template
         FROM servers ORDER BY rowid",
    )
    .fetch_all(source)
    .await?;
    let head = "INSERT INTO servers
        (rowid, guild_id, server_id, name, name_key, id_key, added_by, added_at,
         console_template)
        OVERRIDING SYSTEM VALUE ";
    let copied = insert(tx, head, &rows, |mut b, row| {
        b.push_bind(row.0).push_bind(row.1).push_bind(&row.2);
        b.push_bind(&row.3).push_bind(&row.4).push_bind(&row.5);
        b.push_bind(row.6).push_bind(&row.7).push_bind(&row.8);
    })
    .await?;
    continue_rowids(tx, "servers", rows.last().map(|row| row.0)).await?;
    Ok(copied)
}

async fn copy_grants(source: &Source, tx: &mut PgConnection) -> Result<i64, StoreError> {
    let rows: Vec<GrantRow> = sqlx::query_as(
        "SELECT rowid, guild_id, action, role_id, granted_by, granted_at
         FROM power_role_grants ORDER BY rowid",
    )
    .fetch_all(source)
    .await?;
    let head = "INSERT INTO power_role_grants
        (rowid, guild_id, action, role_id, granted_by, granted_at) OVERRIDING SYSTEM VALUE ";
    let copied = insert(tx, head, &rows, |mut b, row| {
        b.push_bind(row.0).push_bind(row.1).push_bind(&row.2);
        b.push_bind(row.3).push_bind(row.4).push_bind(&row.5);
    })
    .await?;
    continue_rowids(tx, "power_role_grants", rows.last().map(|row| row.0)).await?;
    Ok(copied)
}

type AuditRow = (
    i64,
    i64,
    i64,
    String,
    Option<String>,
    String,
    String,
    Option<i64>,
    i64,
    Option<i64>,
);

async fn copy_audit(source: &Source, tx: &mut PgConnection) -> Result<i64, StoreError> {
    let rows: Vec<AuditRow> = sqlx::query_as(
        "SELECT rowid, guild_id, member_id, server_id, server_name, action, outcome,
                http_status, at, schedule_id
         FROM audit ORDER BY rowid",
    )
    .fetch_all(source)
    .await?;
    let head = "INSERT INTO audit (rowid, guild_id, member_id, server_id, server_name, action,
        outcome, http_status, at, schedule_id) OVERRIDING SYSTEM VALUE ";
    let copied = insert(tx, head, &rows, |mut b, row| {
        b.push_bind(row.0).push_bind(row.1).push_bind(row.2);
        b.push_bind(&row.3).push_bind(&row.4).push_bind(&row.5);
        b.push_bind(&row.6).push_bind(row.7).push_bind(row.8);
        b.push_bind(row.9);
    })
    .await?;
    continue_rowids(tx, "audit", rows.last().map(|row| row.0)).await?;
    Ok(copied)
}

async fn copy_channels(source: &Source, tx: &mut PgConnection) -> Result<i64, StoreError> {
    let rows: Vec<(i64, i64, i64, String)> = sqlx::query_as(
        "SELECT guild_id, channel_id, set_by, set_at FROM audit_channels ORDER BY guild_id",
    )
    .fetch_all(source)
    .await?;
    let head = "INSERT INTO audit_channels (guild_id, channel_id, set_by, set_at) ";
    insert(tx, head, &rows, |mut b, row| {
        b.push_bind(row.0).push_bind(row.1).push_bind(row.2);
        b.push_bind(&row.3);
    })
    .await
}

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

/// New rows after the copied ones get higher `rowid`s, as they would have in SQLite. An
/// ALTER, not `setval`: it is undone with the transaction, a sequence change is not.
async fn continue_rowids(
    tx: &mut PgConnection,
    table: &str,
    last: Option<i64>,
) -> Result<(), StoreError> {
    if let Some(last) = last {
        let next = last + 1;
        sqlx::query(&format!(
            "ALTER TABLE {table} ALTER COLUMN rowid RESTART WITH {next}"
        ))
        .execute(&mut *tx)
        .await?;
    }
    Ok(())
}
