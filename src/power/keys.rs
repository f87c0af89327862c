//! Each guild's HEO API key: linking, unlinking, and forgetting a guild the bot left.

use secrecy::SecretString;

use crate::store::StoreError;

use super::Power;

/// What linking a key did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkOutcome {
    Linked,
    /// A key was linked before and has been replaced.
    Replaced,
}

impl Power {
    /// Whether `guild` has a key linked; asked before showing a kill prompt that could not
    /// be carried out.
    pub async fn has_api_key(&self, guild: u64) -> Result<bool, StoreError> {
        Ok(self.store.api_key(guild).await?.is_some())
    }

    /// Stores `key` as `guild`'s key, replacing any earlier one.
    pub async fn link_api_key(
        &self,
        guild: u64,
        api_key: &SecretString,
        member: u64,
    ) -> Result<LinkOutcome, StoreError> {
        let replaced = self.store.link_api_key(guild, api_key, member).await?;
        tracing::info!(guild, member, replaced, "API key linked");
        Ok(if replaced {
            LinkOutcome::Replaced
        } else {
            LinkOutcome::Linked
        })
    }

    /// The bot was removed from `guild` (not an outage): its key, role grants, server names
    /// and audit channel are deleted; its audit entries stay until their retention runs out,
    /// so that kicking the bot does not erase what was done before. Returns whether it had a
    /// key.
    pub async fn forget_guild(&self, guild: u64) -> Result<bool, StoreError> {
        let removed = self.store.forget_guild(guild).await;
        self.grants.forget(guild);
        self.names.forget(guild);
        let removed = removed?;
        tracing::info!(
            guild,
            removed,
            "removed from a guild; its API key, role grants, server names and audit channel \
             are deleted (its audit entries are kept until AUDIT_RETENTION_DAYS)"
        );
        Ok(removed)
    }

    /// Removes `guild`'s key. Returns whether there was one.
    pub async fn unlink_api_key(&self, guild: u64, member: u64) -> Result<bool, StoreError> {
        let removed = self.store.unlink_api_key(guild).await?;
        tracing::info!(guild, member, removed, "API key unlinked");
        Ok(removed)
    }
}
