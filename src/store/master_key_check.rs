//! Unlocking: the master key is checked against what is stored before anything is written,
//! and rows an earlier version stored in plain text are sealed in place.

use std::sync::{Arc, Mutex};

use secrecy::ExposeSecret;
use secrecy::zeroize::Zeroize;
use sqlx::SqlitePool;

use super::{Database, Pool, Store, StoreError};
use crate::master_key::{MasterKey, Sealed};

/// Associated data for the check value: no guild has ID 0.
pub(super) const CHECK_GUILD: u64 = 0;
/// The known text sealed in `master_key_check`.
pub(super) const CHECK_TEXT: &str = "heo-bot master key check";

impl Database {
    /// Whether anything here is sealed: a master key must then be the right one, and a new
    /// one must not be made up.
    pub async fn holds_sealed_keys(&self) -> Result<bool, StoreError> {
        let sealed: bool = with_pool!(&self.pool, |pool| sqlx::query_scalar(
            "SELECT EXISTS (SELECT 1 FROM master_key_check)
                 OR EXISTS (SELECT 1 FROM guild_keys)",
        )
        .fetch_one(pool)
        .await?);
        Ok(sealed)
    }

    /// Whether `master` opens what is sealed here (true when nothing is).
    pub async fn accepts(&self, master: &MasterKey) -> Result<bool, StoreError> {
        let check: Option<(Vec<u8>, Vec<u8>)> = with_pool!(&self.pool, |pool| {
            sqlx::query_as("SELECT nonce, ciphertext FROM master_key_check WHERE id = 1")
                .fetch_optional(pool)
                .await?
        });
        if let Some((nonce, ciphertext)) = check {
            let opened = master.open(CHECK_GUILD, &Sealed { nonce, ciphertext });
            return Ok(opened.is_ok_and(|text| text.expose_secret() == CHECK_TEXT));
        }
        // No check value (it is written on first unlock): any guild's row tells as well.
        let first: Option<(i64, Vec<u8>, Vec<u8>)> = with_pool!(&self.pool, |pool| {
            sqlx::query_as("SELECT guild_id, nonce, ciphertext FROM guild_keys LIMIT 1")
                .fetch_optional(pool)
                .await?
        });
        Ok(first.is_none_or(|(guild, nonce, ciphertext)| {
            let sealed = Sealed { nonce, ciphertext };
            master.open(guild as u64, &sealed).is_ok()
        }))
    }

    /// Checks `master` against what is stored, seals any plain-text rows from an earlier
    /// version (in one transaction), and returns the store. A wrong key changes nothing.
    pub async fn unlock(self, master: MasterKey) -> Result<Store, StoreError> {
        if !self.accepts(&master).await? {
            self.pool.close().await;
            return Err(StoreError::WrongMasterKey);
        }
        let converted = match &self.pool {
            Pool::Sqlite(pool) => seal_plaintext_rows(pool, &master).await?,
            // No release ever stored a plain-text key in PostgreSQL.
            Pool::Postgres(_) => None,
        };
        let check = master.seal(CHECK_GUILD, CHECK_TEXT.as_bytes());
        with_pool!(&self.pool, |pool| sqlx::query(
            "INSERT INTO master_key_check (id, nonce, ciphertext) VALUES (1, $1, $2)
             ON CONFLICT (id) DO NOTHING",
        )
        .bind(&check.nonce)
        .bind(&check.ciphertext)
        .execute(pool)
        .await
        .map(drop)?);
        if let (Some(rows), Pool::Sqlite(pool)) = (converted, &self.pool) {
            // A new database has the legacy table too (a migration renames its empty first
            // table to it), so only a real conversion is worth a line.
            if rows > 0 {
                tracing::info!(
                    rows,
                    "encrypted the keys an earlier version stored in plain text"
                );
            }
            scrub_old_pages(pool).await?;
        }
        Ok(Store {
            pool: self.pool,
            master: Arc::new(master),
            file: self.file,
            lock: Arc::new(Mutex::new(self.lock)),
        })
    }
}

/// Seals every row of `legacy_plaintext_keys` into `guild_keys` and drops the old table, in
/// one transaction. `None` when there was no such table.
async fn seal_plaintext_rows(
    pool: &SqlitePool,
    master: &MasterKey,
) -> Result<Option<usize>, StoreError> {
    let mut tx = pool.begin().await?;
    let legacy: bool = sqlx::query_scalar(
        "SELECT EXISTS (SELECT 1 FROM sqlite_master
                        WHERE type = 'table' AND name = 'legacy_plaintext_keys')",
    )
    .fetch_one(&mut *tx)
    .await?;
    if !legacy {
        return Ok(None);
    }
    let mut rows: Vec<(i64, String, i64, String)> =
        sqlx::query_as("SELECT guild_id, api_key, linked_by, linked_at FROM legacy_plaintext_keys")
            .fetch_all(&mut *tx)
            .await?;
    for (guild, api_key, linked_by, linked_at) in &mut rows {
        let sealed = master.seal(*guild as u64, api_key.as_bytes());
        api_key.zeroize();
        sqlx::query(
            "INSERT INTO guild_keys (guild_id, nonce, ciphertext, linked_by, linked_at)
             VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(*guild)
        .bind(&sealed.nonce)
        .bind(&sealed.ciphertext)
        .bind(*linked_by)
        .bind(linked_at.as_str())
        .execute(&mut *tx)
        .await?;
    }
    sqlx::query("DROP TABLE legacy_plaintext_keys")
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(Some(rows.len()))
}

/// Leaves no page that held plain text: `secure_delete` zeroed the dropped rows, the
/// checkpoint moves that into the database file and empties the WAL, and VACUUM rebuilds
/// the file without its free pages.
async fn scrub_old_pages(pool: &SqlitePool) -> Result<(), StoreError> {
    let mut conn = pool.acquire().await?;
    checkpoint(&mut conn).await?;
    sqlx::query("VACUUM").execute(&mut *conn).await?;
    checkpoint(&mut conn).await
}

async fn checkpoint(conn: &mut sqlx::SqliteConnection) -> Result<(), StoreError> {
    let (busy, _, _): (i64, i64, i64) = sqlx::query_as("PRAGMA wal_checkpoint(TRUNCATE)")
        .fetch_one(&mut *conn)
        .await?;
    if busy != 0 {
        tracing::warn!("another connection kept the WAL from being emptied after encrypting keys");
    }
    Ok(())
}
