//! Named game servers: a guild's short names for HEO server IDs, and turning what a member
//! typed (a name or an ID) into the ID to send.

use std::collections::HashMap;

use crate::domain::{AddServer, InvalidServerId, NamedServer, ServerId, ServerName};
use crate::store::StoreError;

use super::Power;

/// The game server a member meant: its ID, and its name when the guild named it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    pub id: ServerId,
    pub name: Option<String>,
}

/// A guild's named servers, looked up by name in any case first, then by exact ID: where a
/// name equals another server's ID, the name wins.
#[derive(Debug, Default)]
pub struct ServerIndex {
    by_name: HashMap<String, NamedServer>,
    by_id: HashMap<String, NamedServer>,
}

impl ServerIndex {
    fn new(servers: Vec<NamedServer>) -> Self {
        let mut index = Self::default();
        for server in servers {
            index.by_id.insert(server.id.clone(), server.clone());
            index.by_name.insert(server.name.to_lowercase(), server);
        }
        index
    }

    fn find(&self, typed: &str) -> Option<&NamedServer> {
        self.by_name
            .get(&typed.to_lowercase())
            .or_else(|| self.by_id.get(typed))
    }
}

impl Power {
    /// The server of `guild` named `typed` (in any case), else the one whose ID is `typed`,
    /// from memory once the guild's names are loaded.
    async fn find_server(
        &self,
        guild: u64,
        typed: &str,
    ) -> Result<Option<NamedServer>, StoreError> {
        let index = match self.names.get(guild) {
            Ok(index) => index,
            Err(miss) => {
                let loaded = ServerIndex::new(self.store.servers(guild).await?);
                self.names.store(guild, miss, loaded)
            }
        };
        Ok(index.find(typed).cloned())
    }

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
            .await;
        // Dropped whatever the write did: a failed write may still have reached the file.
        self.names.forget(guild);
        let added = added?;
        tracing::info!(guild, member, server = %id, ?added, "server named");
        Ok(added)
    }

    /// Warns the players of the named server `id` of `guild` with `template` from now on.
    pub async fn set_console_template(
        &self,
        guild: u64,
        id: &ServerId,
        template: &crate::domain::ConsoleTemplate,
    ) -> Result<(), StoreError> {
        self.store
            .set_console_template(guild, id.as_str(), template.as_str())
            .await
    }

    /// Forgets the server of `guild` named `typed` (or with ID `typed`); `None` if there was
    /// none.
    pub async fn remove_server(
        &self,
        guild: u64,
        typed: &str,
        member: u64,
    ) -> Result<Option<NamedServer>, StoreError> {
        let removed = self.store.remove_server(guild, typed.trim()).await;
        self.names.forget(guild);
        let removed = removed?;
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
        match self.find_server(guild, typed.trim()).await {
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
    use super::{NamedServer, ServerIndex};

    fn named(id: &str, name: &str) -> NamedServer {
        NamedServer {
            id: id.to_owned(),
            name: name.to_owned(),
        }
    }

    #[test]
    fn the_index_finds_a_name_in_any_case_first_then_an_exact_id() {
        // "srv_2" is both server 1's name and server 2's ID: the name wins, as in SQL.
        let index = ServerIndex::new(vec![named("srv_1", "srv_2"), named("srv_2", "Mc")]);
        assert_eq!(index.find("SRV_2").map(|s| s.id.as_str()), Some("srv_1"));
        assert_eq!(index.find("mC").map(|s| s.id.as_str()), Some("srv_2"));
        assert_eq!(index.find("srv_1").map(|s| s.name.as_str()), Some("srv_2"));
        assert_eq!(index.find("SRV_1"), None, "IDs match exactly");
        assert_eq!(index.find("other"), None);
    }
}
