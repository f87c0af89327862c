//! Each database's migrations, embedded at build time: applied at every start (the bot), or
//! only compared with what the database has applied (`heo-bot doctor`, which changes nothing).

use std::collections::BTreeMap;

use sqlx::migrate::Migrator;

use super::{Backend, Database, Pool, StoreError};

static SQLITE: Migrator = sqlx::migrate!("./migrations/sqlite");
static POSTGRES: Migrator = sqlx::migrate!("./migrations/postgres");

fn migrator(backend: Backend) -> &'static Migrator {
    match backend {
        Backend::Sqlite => &SQLITE,
        Backend::Postgres => &POSTGRES,
    }
}

impl Pool {
    /// Applies this database's own migrations. Safe when processes start together: SQLite
    /// is behind the lock file by then, and sqlx's PostgreSQL migrator takes an advisory lock.
    pub(super) async fn migrate(&self) -> Result<(), StoreError> {
        match self {
            Self::Sqlite(pool) => SQLITE.run(pool).await,
            Self::Postgres(pool) => POSTGRES.run(pool).await,
        }
        .map_err(StoreError::Migrate)
    }
}

/// How the migrations a database has applied compare with the ones this build carries, in
/// the order sqlx's migrator checks them at start.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MigrationState {
    /// This build's migrations the database has applied, unchanged.
    pub applied: usize,
    /// A migration that failed halfway: the start refuses the database (sqlx's `Dirty`).
    pub failed: Option<i64>,
    /// Applied migrations this build does not carry: a newer heo-bot migrated the database,
    /// and this one refuses it (sqlx's `VersionMissing`).
    pub unknown: Vec<i64>,
    /// Applied migrations whose file changed since (sqlx's `VersionMismatch`).
    pub changed: Vec<i64>,
    /// This build's migrations not applied yet: the next start applies them.
    pub pending: Vec<i64>,
}

impl MigrationState {
    /// Whether a start would take the database as it is, after applying what is pending.
    pub fn startable(&self) -> bool {
        self.failed.is_none() && self.unknown.is_empty() && self.changed.is_empty()
    }
}

/// A row of sqlx's `_sqlx_migrations` table.
type Applied = (i64, bool, Vec<u8>);

impl Database {
    /// Compares the applied migrations with this build's, reading only.
    pub async fn migration_state(&self) -> Result<MigrationState, StoreError> {
        let applied = self.applied_migrations().await?;
        let embedded: BTreeMap<i64, &[u8]> = migrator(self.backend())
            .iter()
            .filter(|migration| migration.migration_type.is_up_migration())
            .map(|migration| (migration.version, &*migration.checksum))
            .collect();
        let mut state = MigrationState {
            applied: 0,
            failed: None,
            unknown: Vec::new(),
            changed: Vec::new(),
            pending: Vec::new(),
        };
        for (version, success, checksum) in &applied {
            match embedded.get(version) {
                _ if !success => state.failed = state.failed.or(Some(*version)),
                None => state.unknown.push(*version),
                Some(ours) if *ours != checksum.as_slice() => state.changed.push(*version),
                Some(_) => state.applied += 1,
            }
        }
        state.pending = embedded
            .keys()
            .filter(|version| !applied.iter().any(|(v, _, _)| v == *version))
            .copied()
            .collect();
        Ok(state)
    }

    /// sqlx's own record of what it applied; nothing when it never ran here.
    async fn applied_migrations(&self) -> Result<Vec<Applied>, StoreError> {
        // Asking first: selecting from a missing table would be an error, not "none".
        let exists: bool = match &self.pool {
            Pool::Sqlite(pool) => {
                sqlx::query_scalar(
                    "SELECT EXISTS (SELECT 1 FROM sqlite_master
                                WHERE type = 'table' AND name = '_sqlx_migrations')",
                )
                .fetch_one(pool)
                .await?
            }
            Pool::Postgres(pool) => {
                sqlx::query_scalar("SELECT to_regclass('_sqlx_migrations') IS NOT NULL")
                    .fetch_one(pool)
                    .await?
            }
        };
        if !exists {
            return Ok(Vec::new());
        }
        let rows = with_pool!(&self.pool, |pool| sqlx::query_as(
            "SELECT version, success, checksum FROM _sqlx_migrations ORDER BY version"
        )
        .fetch_all(pool)
        .await?);
        Ok(rows)
    }
}
