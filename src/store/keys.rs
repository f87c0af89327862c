//! One HEO API key per guild.

use secrecy::{ExposeSecret, SecretString};

use super::{Store, StoreError, snowflake_to_i64};

impl Store {
    /// Stores `key` for `guild`, replacing any key linked before. Returns whether one was
    /// replaced.
    pub async fn link_key(
        &self,
        guild: u64,
        key: &SecretString,
        linked_by: u64,
    ) -> Result<bool, StoreError> {
        let guild = snowflake_to_i64(guild)?;
        let linked_by = snowflake_to_i64(linked_by)?;
        // Update first, insert if nothing was there: two single-statement writes, so no read
        // transaction ever has to upgrade to a write (which SQLite can refuse under load).
        let updated = sqlx::query(
            "UPDATE guild_keys
             SET api_key = ?2, linked_by = ?3, linked_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
             WHERE guild_id = ?1",
        )
        .bind(guild)
        .bind(key.expose_secret())
        .bind(linked_by)
        .execute(self.pool()?)
        .await?;
        if updated.rows_affected() > 0 {
            return Ok(true);
        }
        sqlx::query(
            "INSERT INTO guild_keys (guild_id, api_key, linked_by) VALUES (?1, ?2, ?3)
             ON CONFLICT (guild_id) DO UPDATE SET
                 api_key = excluded.api_key,
                 linked_by = excluded.linked_by,
                 linked_at = excluded.linked_at",
        )
        .bind(guild)
        .bind(key.expose_secret())
        .bind(linked_by)
        .execute(self.pool()?)
        .await?;
        Ok(false)
    }

    /// The key linked for `guild`, or `None` if it has none.
    pub async fn guild_key(&self, guild: u64) -> Result<Option<SecretString>, StoreError> {
        let key: Option<String> =
            sqlx::query_scalar("SELECT api_key FROM guild_keys WHERE guild_id = ?1")
                .bind(snowflake_to_i64(guild)?)
                .fetch_optional(self.pool()?)
                .await?;
        Ok(key.map(SecretString::from))
    }

    /// Removes `guild`'s key. Returns whether there was one.
    pub async fn unlink_key(&self, guild: u64) -> Result<bool, StoreError> {
        let result = sqlx::query("DELETE FROM guild_keys WHERE guild_id = ?1")
            .bind(snowflake_to_i64(guild)?)
            .execute(self.pool()?)
            .await?;
        Ok(result.rows_affected() > 0)
    }
}
