//! Everything the bot keeps about one guild, removed together when it leaves that guild.

use super::{Store, StoreError, snowflake_to_i64};

/// Every table keyed by guild. A new per-guild table belongs here too, so that leaving a
/// guild leaves nothing of it behind.
const PER_GUILD_TABLES: [&str; 5] = [
    "guild_keys",
    "power_role_grants",
    "servers",
    "audit",
    "audit_channels",
];

impl Store {
    /// Deletes all of `guild`'s rows in one transaction. Returns whether it had a key.
    pub async fn forget_guild(&self, guild: u64) -> Result<bool, StoreError> {
        let guild = snowflake_to_i64(guild)?;
        with_pool!(self.pool()?, |pool| {
            let mut tx = pool.begin().await?;
            let mut had_key = false;
            for table in PER_GUILD_TABLES {
                let deleted = sqlx::query(&format!("DELETE FROM {table} WHERE guild_id = $1"))
                    .bind(guild)
                    .execute(&mut *tx)
                    .await?;
                had_key |= table == "guild_keys" && deleted.rows_affected() > 0;
            }
            tx.commit().await?;
            Ok(had_key)
        })
    }
}
