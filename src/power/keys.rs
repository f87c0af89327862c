//! Each guild's HEO API key: linking, unlinking, and forgetting a guild the bot left.

use secrecy::SecretString;

use crate::store::StoreError;

use super::Power;

/// Why a call could not be made with the guild's key; nothing was sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum NoUsableKey {
    /// The guild has no key linked.
    NotLinked,
    /// The stored key does not decrypt under this guild.
    Unreadable,
    /// The database could not be read.
    StoreFailed,
}

impl From<NoUsableKey> for super::PowerOutcome {
    fn from(why: NoUsableKey) -> Self {
        match why {
            NoUsableKey::NotLinked => Self::NoKey,
            NoUsableKey::Unreadable => Self::KeyUnreadable,
            NoUsableKey::StoreFailed => Self::StoreFailed,
        }
    }
}

/// What linking a key did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkOutcome {
    Linked,
    /// A key was linked before and has been replaced.
    Replaced,
}

impl Power {
    /// `guild`'s key for a call to HEO (a power action, a log read, an in-game warning), or
    /// why there is none to use; a database failure is logged here.
    pub(super) async fn key_for_call(&self, guild: u64) -> Result<SecretString, NoUsableKey> {
        match self.store.api_key(guild).await {
            Ok(Some(api_key)) => Ok(api_key),
            Ok(None) => Err(NoUsableKey::NotLinked),
            Err(error) => {
                tracing::error!(
                    guild,
                    error = &error as &dyn std::error::Error,
                    "could not read the guild's key"
                );
                Err(match error {
                    StoreError::Undecryptable { .. } => NoUsableKey::Unreadable,
                    _ => NoUsableKey::StoreFailed,
                })
            }
        }
    }

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

    /// The bot was removed from `guild` (not an outage): its key, role grants, server names,
    /// audit channel, countdowns, schedules, settings and control panels are deleted; its
    /// audit entries stay until their retention runs out, so that kicking the bot does not
    /// erase what was done before. Returns whether it had a key.
    pub async fn forget_guild(&self, guild: u64) -> Result<bool, StoreError> {
        let removed = self.store.forget_guild(guild).await;
        self.grants.forget(guild);
        self.names.forget(guild);
        self.forget_language(guild);
        let removed = removed?;
        tracing::info!(
            guild,
            removed,
            "removed from a guild; its API key, role grants, server names, audit channel, \
             countdowns, schedules, settings and control panels are deleted (its audit entries \
             are kept until AUDIT_RETENTION_DAYS)"
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
