//! Master key rotation: every row re-sealed under a new key, all or nothing.

use secrecy::ExposeSecret;

use super::master_key_check::{CHECK_GUILD, CHECK_TEXT};
use super::{Store, StoreError};
use crate::master_key::{MasterKey, Sealed};

impl Store {
    /// Re-seals every stored key, and the check value, under `new` in one transaction.
    /// Returns how many keys were re-sealed. If any step fails, nothing has changed and the
    /// current master key still opens every row.
    ///
    /// The bot must not be running meanwhile: it would keep sealing under the old key.
    pub async fn reseal(&self, new: &MasterKey) -> Result<usize, StoreError> {
        with_pool!(self.pool()?, |pool| {
            let mut tx = pool.begin().await?;
            let rows: Vec<(i64, Vec<u8>, Vec<u8>)> = sqlx::query_as(
                "SELECT guild_id, nonce, ciphertext FROM guild_keys ORDER BY guild_id",
            )
            .fetch_all(&mut *tx)
            .await?;
            for (guild_id, nonce, ciphertext) in &rows {
                let guild = *guild_id as u64;
                let sealed = Sealed {
                    nonce: nonce.clone(),
                    ciphertext: ciphertext.clone(),
                };
                let api_key = self
                    .master
                    .open(guild, &sealed)
                    .map_err(|source| StoreError::Undecryptable { guild, source })?;
                let resealed = new.seal(guild, api_key.expose_secret().as_bytes());
                sqlx::query(
                    "UPDATE guild_keys SET nonce = $2, ciphertext = $3 WHERE guild_id = $1",
                )
                .bind(guild_id)
                .bind(&resealed.nonce)
                .bind(&resealed.ciphertext)
                .execute(&mut *tx)
                .await?;
            }
            let check = new.seal(CHECK_GUILD, CHECK_TEXT.as_bytes());
            sqlx::query(
            "INSERT INTO master_key_check (id, nonce, ciphertext) VALUES (1, $1, $2)
             ON CONFLICT (id) DO UPDATE SET nonce = excluded.nonce, ciphertext = excluded.ciphertext",
        )
        .bind(&check.nonce)
        .bind(&check.ciphertext)
        .execute(&mut *tx)
        .await?;
            tx.commit().await?;
            Ok(rows.len())
        })
    }
}
