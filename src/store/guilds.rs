//! What the bot forgets of a guild when it leaves it, removed together.

use super::{Store, StoreError, snowflake_to_i64};

/// The tables keyed by guild whose rows go when the bot leaves: the key and the role grants
/// (what a member could act with), the server names and the audit channel (settings: a
/// re-invite starts afresh, and the bot's permissions in the old channel were only checked
/// when it was picked), the schedules (a run must not fire for a guild the bot left), the
/// guild's settings (its time zone and its language) and its control panels. A new
/// per-guild table belongs here too, unless it is evidence.
///
/// `audit` is not here, on purpose: a member who may kick the bot could kill a server and
/// then kick the bot, and the entry saying so must survive that. A guild's entries stay until
/// `AUDIT_RETENTION_DAYS` prunes them, as any guild's do, so a re-invite shows them in
/// `/server history`.
const FORGOTTEN_TABLES: [&str; 9] = [
    "guild_keys",
    "power_role_grants",
    "servers",
    "audit_channels",
    // A countdown without its guild could only fail; its runner stops when its row is gone.
    "countdowns",
    "schedules",
    "guild_settings",
    "guild_languages",
    // An old panel's buttons find no row, so they act on nothing after a re-invite.
    "panels",
];

impl Store {
    /// Deletes `guild`'s key, role grants, server names, audit channel, countdowns, schedules,
    /// settings (time zone, language) and control panels in one transaction; its audit
    /// entries stay until their retention runs out. Returns whether it had a key.
    pub async fn forget_guild(&self, guild: u64) -> Result<bool, StoreError> {
        let guild = snowflake_to_i64(guild)?;
        with_pool!(self.pool()?, |pool| {
            let mut tx = pool.begin().await?;
            let mut had_key = false;
            for table in FORGOTTEN_TABLES {
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
