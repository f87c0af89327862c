//! The power desk's side of per-action roles: loading a guild's grants, applying the rule,
//! and changing grants.

use std::sync::Arc;

use crate::domain::{self, Grantable, Grants, PowerAction, Standing, Verdict};
use crate::store::StoreError;

use super::Power;

impl Power {
    /// Whether `member` may do `action` (a power action, or reading logs) in `guild` under
    /// its role grants. Asked before
    /// anything is acknowledged or sent; a kill click applies the same rule again to the
    /// grants as they are then (`domain::recheck`).
    pub async fn permits(
        &self,
        guild: u64,
        action: impl Into<Grantable>,
        member: u64,
        standing: &Standing,
    ) -> Result<Verdict, StoreError> {
        let action = action.into();
        let verdict = domain::decide(&*self.cached_grants(guild).await?, action, standing);
        if let Verdict::Refused { roles } = &verdict {
            tracing::info!(guild, member, %action, ?roles, "refused: no role granted this action");
        }
        Ok(verdict)
    }

    /// Whether `member` may click a panel's `action` button in `guild`: Manage Server, or a
    /// role granted the action (`domain::decide_click`), whatever `/server`'s permissions.
    pub async fn permits_click(
        &self,
        guild: u64,
        action: PowerAction,
        member: u64,
        standing: &Standing,
    ) -> Result<Verdict, StoreError> {
        let grants = self.cached_grants(guild).await?;
        let verdict = domain::decide_click(&grants, action, standing);
        if let Verdict::Refused { roles } = &verdict {
            tracing::info!(guild, member, %action, ?roles, "refused a panel click");
        }
        Ok(verdict)
    }

    /// Every role grant of `guild`.
    pub async fn role_grants(&self, guild: u64) -> Result<Grants, StoreError> {
        self.store.role_grants(guild).await
    }

    /// `guild`'s grants from memory, loaded from the database on first use.
    async fn cached_grants(&self, guild: u64) -> Result<Arc<Grants>, StoreError> {
        match self.grants.get(guild) {
            Ok(grants) => Ok(grants),
            Err(miss) => {
                let loaded = self.store.role_grants(guild).await?;
                Ok(self.grants.store(guild, miss, loaded))
            }
        }
    }

    /// Grants `action` to `role` in `guild`. Returns whether it is new.
    pub async fn grant_role(
        &self,
        guild: u64,
        action: impl Into<Grantable>,
        role: u64,
        member: u64,
    ) -> Result<bool, StoreError> {
        let action: Grantable = action.into();
        let granted = self.store.grant_role(guild, action, role, member).await;
        // Dropped whatever the write did: a failed write may still have reached the file.
        self.grants.forget(guild);
        let granted = granted?;
        tracing::info!(guild, member, %action, role, granted, "power role granted");
        Ok(granted)
    }

    /// Takes `action` away from `role` in `guild`. Returns whether it was granted.
    pub async fn revoke_role(
        &self,
        guild: u64,
        action: impl Into<Grantable>,
        role: u64,
        member: u64,
    ) -> Result<bool, StoreError> {
        let action: Grantable = action.into();
        let revoked = self.store.revoke_role(guild, action, role).await;
        self.grants.forget(guild);
        let revoked = revoked?;
        tracing::info!(guild, member, %action, role, revoked, "power role revoked");
        Ok(revoked)
    }
}
