//! Role grants: one row per (guild, what, role); `what` is a power action or `logs`.

use super::{Store, StoreError, snowflake_to_i64};
use crate::domain::{Grantable, Grants};

impl Store {
    /// Grants `action` to `role` in `guild`. Returns whether it is new (false: it was
    /// granted already, and nothing changed).
    pub async fn grant_role(
        &self,
        guild: u64,
        action: impl Into<Grantable>,
        role: u64,
        granted_by: u64,
    ) -> Result<bool, StoreError> {
        let (guild, role) = (snowflake_to_i64(guild)?, snowflake_to_i64(role)?);
        let action: Grantable = action.into();
        let granted_by = snowflake_to_i64(granted_by)?;
        let inserted = with_pool!(self.pool()?, |pool| sqlx::query(
            "INSERT INTO power_role_grants (guild_id, action, role_id, granted_by)
             VALUES ($1, $2, $3, $4)
             ON CONFLICT (guild_id, action, role_id) DO NOTHING",
        )
        .bind(guild)
        .bind(action.name())
        .bind(role)
        .bind(granted_by)
        .execute(pool)
        .await?
        .rows_affected());
        Ok(inserted > 0)
    }

    /// Takes `action` away from `role` in `guild`. Returns whether it was granted.
    pub async fn revoke_role(
        &self,
        guild: u64,
        action: impl Into<Grantable>,
        role: u64,
    ) -> Result<bool, StoreError> {
        let (guild, role) = (snowflake_to_i64(guild)?, snowflake_to_i64(role)?);
        let action: Grantable = action.into();
        let deleted = with_pool!(self.pool()?, |pool| {
            sqlx::query(
            "DELETE FROM power_role_grants WHERE guild_id = $1 AND action = $2 AND role_id = $3",
        )
        .bind(guild)
        .bind(action.name())
        .bind(role)
        .execute(pool)
        .await?
        .rows_affected()
        });
        Ok(deleted > 0)
    }

    /// Every grant of `guild`, oldest first per action; empty when it has none.
    pub async fn role_grants(&self, guild: u64) -> Result<Grants, StoreError> {
        let guild_id = snowflake_to_i64(guild)?;
        let rows: Vec<(String, i64)> = with_pool!(self.pool()?, |pool| sqlx::query_as(
            "SELECT action, role_id FROM power_role_grants WHERE guild_id = $1
             ORDER BY granted_at, rowid",
        )
        .bind(guild_id)
        .fetch_all(pool)
        .await?);
        // The table's CHECK admits only what `Grantable` names, so nothing is skipped in
        // practice.
        let granted = rows.into_iter().filter_map(|(action, role)| {
            let action: Grantable = action.parse().ok()?;
            Some((action, role as u64))
        });
        Ok(Grants::new(granted))
    }
}
