//! Which channel, if any, each guild's audit trail is posted to.

use super::{Store, StoreError, snowflake_to_i64};

impl Store {
    /// Posts `guild`'s audit trail to `channel` from now on (set by `member`), in place of
    /// any channel set before.
    pub async fn set_audit_channel(
        &self,
        guild: u64,
        channel: u64,
        member: u64,
    ) -> Result<(), StoreError> {
        let (guild, channel) = (snowflake_to_i64(guild)?, snowflake_to_i64(channel)?);
        let member = snowflake_to_i64(member)?;
        with_pool!(self.pool()?, |pool| sqlx::query(
            "INSERT INTO audit_channels (guild_id, channel_id, set_by) VALUES ($1, $2, $3)
             ON CONFLICT (guild_id) DO UPDATE SET
                 channel_id = excluded.channel_id,
                 set_by = excluded.set_by,
                 set_at = excluded.set_at",
        )
        .bind(guild)
        .bind(channel)
        .bind(member)
        .execute(pool)
        .await
        .map(drop)?);
        Ok(())
    }

    /// Stops posting `guild`'s audit trail. Returns the channel it was posted to, if any.
    pub async fn clear_audit_channel(&self, guild: u64) -> Result<Option<u64>, StoreError> {
        let guild = snowflake_to_i64(guild)?;
        let channel: Option<i64> = with_pool!(self.pool()?, |pool| sqlx::query_scalar(
            "DELETE FROM audit_channels WHERE guild_id = $1 RETURNING channel_id",
        )
        .bind(guild)
        .fetch_optional(pool)
        .await?);
        Ok(channel.map(|c| c as u64))
    }

    /// Stops posting `guild`'s audit trail if it still goes to `channel` (an admin may have
    /// picked another meanwhile). Returns whether it did.
    pub async fn clear_audit_channel_if(
        &self,
        guild: u64,
        channel: u64,
    ) -> Result<bool, StoreError> {
        let (guild, channel) = (snowflake_to_i64(guild)?, snowflake_to_i64(channel)?);
        let deleted = with_pool!(self.pool()?, |pool| {
            sqlx::query("DELETE FROM audit_channels WHERE guild_id = $1 AND channel_id = $2")
                .bind(guild)
                .bind(channel)
                .execute(pool)
                .await?
                .rows_affected()
        });
        Ok(deleted > 0)
    }

    /// The channel `guild`'s audit trail is posted to, if any.
    pub async fn audit_channel(&self, guild: u64) -> Result<Option<u64>, StoreError> {
        let guild = snowflake_to_i64(guild)?;
        let channel: Option<i64> = with_pool!(self.pool()?, |pool| {
            sqlx::query_scalar("SELECT channel_id FROM audit_channels WHERE guild_id = $1")
                .bind(guild)
                .fetch_optional(pool)
                .await?
        });
        Ok(channel.map(|c| c as u64))
    }
}
