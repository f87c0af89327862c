//! One HEO API key per guild, stored sealed under the master key.

use secrecy::{ExposeSecret, SecretString};

use super::{Store, StoreError, now_text, snowflake_to_i64};
use crate::master_key::Sealed;

impl Store {
    /// Stores `key` for `guild`, replacing any key linked before. Returns whether one was
    /// replaced.
    pub async fn link_api_key(
        &self,
        guild: u64,
        api_key: &SecretString,
        linked_by: u64,
    ) -> Result<bool, StoreError> {
        let guild_id = snowflake_to_i64(guild)?;
        let linked_by = snowflake_to_i64(linked_by)?;
        // A fresh nonce for every write: the row is sealed here, never stored in plain text.
        let sealed = self.master.seal(guild, api_key.expose_secret().as_bytes());
        // Update first, insert if nothing was there: two single-statement writes, so no read
        // transaction ever has to upgrade to a write (which SQLite can refuse under load).
        let updated = with_pool!(self.pool()?, |pool| sqlx::query(
            "UPDATE guild_keys SET nonce = $2, ciphertext = $3, linked_by = $4, linked_at = $5
             WHERE guild_id = $1",
        )
        .bind(guild_id)
        .bind(&sealed.nonce)
        .bind(&sealed.ciphertext)
        .bind(linked_by)
        .bind(now_text())
        .execute(pool)
        .await?
        .rows_affected());
        if updated > 0 {
            return Ok(true);
        }
        with_pool!(self.pool()?, |pool| {
            sqlx::query(
            "INSERT INTO guild_keys (guild_id, nonce, ciphertext, linked_by) VALUES ($1, $2, $3, $4)
             ON CONFLICT (guild_id) DO UPDATE SET
                 nonce = excluded.nonce,
                 ciphertext = excluded.ciphertext,
                 linked_by = excluded.linked_by,
                 linked_at = excluded.linked_at",
        )
        .bind(guild_id)
        .bind(&sealed.nonce)
        .bind(&sealed.ciphertext)
        .bind(linked_by)
        .execute(pool)
        .await
        .map(drop)?
        });
        Ok(false)
    }

    /// The key linked for `guild`, or `None` if it has none.
    pub async fn api_key(&self, guild: u64) -> Result<Option<SecretString>, StoreError> {
        let guild_id = snowflake_to_i64(guild)?;
        let row: Option<(Vec<u8>, Vec<u8>)> = with_pool!(self.pool()?, |pool| {
            sqlx::query_as("SELECT nonce, ciphertext FROM guild_keys WHERE guild_id = $1")
                .bind(guild_id)
                .fetch_optional(pool)
                .await?
        });
        let Some((nonce, ciphertext)) = row else {
            return Ok(None);
        };
        let sealed = Sealed { nonce, ciphertext };
        let api_key = self
            .master
            .open(guild, &sealed)
            .map_err(|source| StoreError::Undecryptable { guild, source })?;
        Ok(Some(api_key))
    }

    /// Removes `guild`'s key. Returns whether there was one.
    pub async fn unlink_api_key(&self, guild: u64) -> Result<bool, StoreError> {
        let guild_id = snowflake_to_i64(guild)?;
        let deleted = with_pool!(self.pool()?, |pool| {
            sqlx::query("DELETE FROM guild_keys WHERE guild_id = $1")
                .bind(guild_id)
                .execute(pool)
                .await?
                .rows_affected()
        });
        Ok(deleted > 0)
    }
}
