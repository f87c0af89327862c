//! The use case behind every command: guild → key → provider call → outcome.
//!
//! No Discord types here: guilds and members are plain snowflake numbers, and outcomes are
//! turned into sentences by `replies`.

use secrecy::SecretString;

use crate::heo::{HeoClient, HeoError, PowerAction, ServerId};
use crate::store::{Store, StoreError};

/// Who asked for what, on which server.
#[derive(Debug, Clone)]
pub struct PowerRequest {
    pub guild: u64,
    pub member: u64,
    pub server: ServerId,
    pub action: PowerAction,
}

/// What became of a power request.
#[derive(Debug)]
pub enum PowerOutcome {
    /// The provider accepted the action; the game server may take a while to get there.
    Requested,
    /// The guild has no key linked, so nothing was sent.
    NoKey,
    /// The provider refused or could not be reached.
    Failed(HeoError),
    /// The key could not be read from the database, so nothing was sent.
    StoreFailed,
}

/// What linking a key did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkOutcome {
    Linked,
    /// A key was linked before and has been replaced.
    Replaced,
}

/// The bot's power desk: the database and the provider client, shared by every command.
#[derive(Clone, Debug)]
pub struct Power {
    store: Store,
    heo: HeoClient,
}

impl Power {
    pub fn new(store: Store, heo: HeoClient) -> Self {
        Self { store, heo }
    }

    /// Sends `request` to the provider with the requesting guild's own key.
    pub async fn perform(&self, request: &PowerRequest) -> PowerOutcome {
        let key = match self.store.guild_key(request.guild).await {
            Ok(Some(key)) => key,
            Ok(None) => return PowerOutcome::NoKey,
            Err(error) => {
                log_store_error(&error, request.guild);
                return PowerOutcome::StoreFailed;
            }
        };
        match self.heo.power(&key, &request.server, request.action).await {
            Ok(accepted) => {
                if accepted.server_id.as_deref() != Some(request.server.as_str()) {
                    tracing::warn!(
                        guild = request.guild,
                        server = %request.server,
                        answered_for = ?accepted.server_id,
                        "HEO accepted the action for a different or missing server ID"
                    );
                }
                tracing::info!(
                    guild = request.guild,
                    member = request.member,
                    server = %request.server,
                    action = %request.action,
                    "power action requested"
                );
                PowerOutcome::Requested
            }
            Err(error) => {
                tracing::warn!(
                    guild = request.guild,
                    server = %request.server,
                    action = %request.action,
                    error = &error as &dyn std::error::Error,
                    "power action failed"
                );
                PowerOutcome::Failed(error)
            }
        }
    }

    /// Whether `guild` has a key linked; asked before showing a kill prompt that could not
    /// be carried out.
    pub async fn has_key(&self, guild: u64) -> Result<bool, StoreError> {
        Ok(self.store.guild_key(guild).await?.is_some())
    }

    /// Stores `key` as `guild`'s key, replacing any earlier one.
    pub async fn link_key(
        &self,
        guild: u64,
        key: &SecretString,
        member: u64,
    ) -> Result<LinkOutcome, StoreError> {
        let replaced = self.store.link_key(guild, key, member).await?;
        tracing::info!(guild, member, replaced, "API key linked");
        Ok(if replaced {
            LinkOutcome::Replaced
        } else {
            LinkOutcome::Linked
        })
    }

    /// The bot was removed from `guild` (not an outage): its key is deleted. Returns
    /// whether there was one.
    pub async fn forget_guild(&self, guild: u64) -> Result<bool, StoreError> {
        let removed = self.store.unlink_key(guild).await?;
        tracing::info!(
            guild,
            removed,
            "removed from a guild; its API key is deleted"
        );
        Ok(removed)
    }

    /// Removes `guild`'s key. Returns whether there was one.
    pub async fn unlink_key(&self, guild: u64, member: u64) -> Result<bool, StoreError> {
        let removed = self.store.unlink_key(guild).await?;
        tracing::info!(guild, member, removed, "API key unlinked");
        Ok(removed)
    }
}

fn log_store_error(error: &StoreError, guild: u64) {
    tracing::error!(
        guild,
        error = error as &dyn std::error::Error,
        "could not read the guild's key"
    );
}
