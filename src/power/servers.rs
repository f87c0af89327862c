//! Named game servers: a guild's short names for HEO server IDs, and turning what a member
//! typed (a name or an ID) into the ID to send.

use crate::heo::{InvalidServerId, ServerId};
use crate::store::{AddServer, NamedServer, StoreError};

use super::Power;

/// Longest name a server can be given.
pub const MAX_SERVER_NAME_LEN: usize = 32;

/// A short name for a game server, checked: trimmed, 1 to [`MAX_SERVER_NAME_LEN`]
/// characters, no control characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServerName(String);

/// Why a name was refused; nothing was stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum InvalidServerName {
    /// Nothing (or only spaces) was typed. Type a short name such as `mc-survival`.
    #[error("the server name is empty")]
    Empty,
    /// Longer than [`MAX_SERVER_NAME_LEN`] characters. Pick a shorter name.
    #[error("the server name is too long")]
    TooLong,
    /// Contains a line break or other control character. Type the name on one line.
    #[error("the server name contains a control character")]
    ControlCharacter,
}

impl ServerName {
    /// Checks a typed name. Surrounding spaces are trimmed.
    pub fn parse(input: &str) -> Result<Self, InvalidServerName> {
        let name = input.trim();
        if name.is_empty() {
            return Err(InvalidServerName::Empty);
        }
        if name.chars().count() > MAX_SERVER_NAME_LEN {
            return Err(InvalidServerName::TooLong);
        }
        if name.chars().any(char::is_control) {
            return Err(InvalidServerName::ControlCharacter);
        }
        Ok(Self(name.to_owned()))
    }

    /// The name as typed (trimmed).
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The game server a member meant: its ID, and its name when the guild named it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    pub id: ServerId,
    pub name: Option<String>,
}

impl Power {
    /// Names the server `id` of `guild` `name` (a name replaces the server's earlier one).
    pub async fn add_server(
        &self,
        guild: u64,
        id: &ServerId,
        name: &ServerName,
        member: u64,
    ) -> Result<AddServer, StoreError> {
        let added = self
            .store
            .add_server(guild, id.as_str(), name.as_str(), member)
            .await?;
        tracing::info!(guild, member, server = %id, ?added, "server named");
        Ok(added)
    }

    /// Forgets the server of `guild` named `typed` (or with ID `typed`); `None` if there was
    /// none.
    pub async fn remove_server(
        &self,
        guild: u64,
        typed: &str,
        member: u64,
    ) -> Result<Option<NamedServer>, StoreError> {
        let removed = self.store.remove_server(guild, typed.trim()).await?;
        tracing::info!(guild, member, removed = ?removed, "server name removed");
        Ok(removed)
    }

    /// Every server `guild` has named, by name.
    pub async fn servers(&self, guild: u64) -> Result<Vec<NamedServer>, StoreError> {
        self.store.servers(guild).await
    }

    /// Up to `limit` of `guild`'s servers whose name or ID matches what is typed so far.
    pub async fn complete(
        &self,
        guild: u64,
        typed: &str,
        limit: usize,
    ) -> Result<Vec<NamedServer>, StoreError> {
        self.store.complete_servers(guild, typed, limit).await
    }

    /// The server `typed` means in `guild`: the one named so (in any case), else the ID as
    /// typed, which need not have been added. Without the database, the typed text is taken
    /// as an ID, as before names existed; the key lookup then reports the database failure.
    pub async fn resolve(&self, guild: u64, typed: &str) -> Result<Target, InvalidServerId> {
        match self.store.find_server(guild, typed.trim()).await {
            Ok(Some(found)) => {
                if let Ok(id) = ServerId::parse(&found.id) {
                    return Ok(Target {
                        id,
                        name: Some(found.name),
                    });
                }
            }
            Ok(None) => {}
            Err(error) => tracing::warn!(
                guild,
                error = &error as &dyn std::error::Error,
                "could not look up server names; taking the input as an ID"
            ),
        }
        Ok(Target {
            id: ServerId::parse(typed)?,
            name: None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_trimmed_and_checked() {
        assert_eq!(ServerName::parse("  mc  ").unwrap().as_str(), "mc");
        assert_eq!(ServerName::parse(" "), Err(InvalidServerName::Empty));
        assert_eq!(
            ServerName::parse("a\tb"),
            Err(InvalidServerName::ControlCharacter)
        );
        let long = "é".repeat(MAX_SERVER_NAME_LEN + 1);
        assert_eq!(ServerName::parse(&long), Err(InvalidServerName::TooLong));
        assert!(ServerName::parse(&"é".repeat(MAX_SERVER_NAME_LEN)).is_ok());
    }
}
