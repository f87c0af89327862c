//! The game servers each guild has named with `/server add`.
//!
//! Names and IDs are compared in lowercase (`name_key`, `id_key`). Autocomplete answers from
//! the `(guild_id, name_key)` and `(guild_id, id_key)` indexes, so it stays fast with
//! thousands of servers in one guild.

use super::{Store, StoreError, snowflake_to_i64};
use crate::domain::{AddServer, NamedServer};

impl Store {
    /// Names the server `id` of `guild` `name`, or says which server stands in the way.
    pub async fn add_server(
        &self,
        guild: u64,
        id: &str,
        name: &str,
        added_by: u64,
    ) -> Result<AddServer, StoreError> {
        // The server in the way may be removed between the refused write and the look at
        // it; the write is then tried again, a few times at most.
        for _ in 0..3 {
            if let Some(outcome) = self.try_add_server(guild, id, name, added_by).await? {
                return Ok(outcome);
            }
        }
        Err(StoreError::Query(sqlx::Error::RowNotFound))
    }

    /// One attempt of [`Store::add_server`]; `None` if refused by a server since removed.
    async fn try_add_server(
        &self,
        guild: u64,
        id: &str,
        name: &str,
        added_by: u64,
    ) -> Result<Option<AddServer>, StoreError> {
        let guild_id = snowflake_to_i64(guild)?;
        let (name_key, id_key) = (name.to_lowercase(), id.to_lowercase());
        let added_by = snowflake_to_i64(added_by)?;
        let before: Option<String> = with_pool!(self.pool()?, |pool| {
            sqlx::query_scalar("SELECT name FROM servers WHERE guild_id = $1 AND server_id = $2")
                .bind(guild_id)
                .bind(id)
                .fetch_optional(pool)
                .await?
        });
        // One statement checks the rules and writes, so two admins adding at once cannot
        // both pass the checks; the UNIQUE constraint backs up the name rule.
        let written = with_pool!(self.pool()?, |pool| sqlx::query(
            "INSERT INTO servers (guild_id, server_id, name, name_key, id_key, added_by)
             SELECT $1, $2, $3, $4, $5, $6
             WHERE NOT EXISTS (
                 SELECT 1 FROM servers WHERE guild_id = $1 AND server_id <> $2
                 AND (name_key = $4 OR id_key = $4 OR name_key = $5))
             ON CONFLICT (guild_id, server_id) DO UPDATE SET
                 name = excluded.name, name_key = excluded.name_key,
                 added_by = excluded.added_by, added_at = excluded.added_at",
        )
        .bind(guild_id)
        .bind(id)
        .bind(name)
        .bind(&name_key)
        .bind(&id_key)
        .bind(added_by)
        .execute(pool)
        .await
        .map(|done| done.rows_affected()));
        match written {
            Ok(rows) if rows > 0 => Ok(Some(match before {
                Some(from) if from != name => AddServer::Renamed { from },
                _ => AddServer::Added,
            })),
            Ok(_) => self.conflict(guild_id, id, &name_key, &id_key).await,
            Err(sqlx::Error::Database(e)) if e.is_unique_violation() => {
                self.conflict(guild_id, id, &name_key, &id_key).await
            }
            Err(error) => Err(error.into()),
        }
    }

    /// Which other server keeps `id` from being named `name_key`.
    async fn conflict(
        &self,
        guild_id: i64,
        id: &str,
        name_key: &str,
        id_key: &str,
    ) -> Result<Option<AddServer>, StoreError> {
        let others: Vec<(String, String, String, String)> =
            with_pool!(self.pool()?, |pool| sqlx::query_as(
                "SELECT server_id, name, name_key, id_key FROM servers
             WHERE guild_id = $1 AND server_id <> $2
             AND (name_key = $3 OR id_key = $3 OR name_key = $4)",
            )
            .bind(guild_id)
            .bind(id)
            .bind(name_key)
            .bind(id_key)
            .fetch_all(pool)
            .await?);
        let as_named = |o: &(String, String, String, String)| named(&o.0, &o.1);
        if let Some(by) = others.iter().find(|o| o.2 == name_key).map(as_named) {
            return Ok(Some(AddServer::NameTaken { by }));
        }
        if let Some(of) = others.iter().find(|o| o.3 == name_key).map(as_named) {
            return Ok(Some(AddServer::NameIsAnotherId { of }));
        }
        // None: the server in the way was removed meanwhile.
        Ok(others
            .first()
            .map(|o| AddServer::IdIsAnotherName { of: as_named(o) }))
    }

    /// Forgets the server of `guild` named `typed`, else the one whose ID is `typed`.
    pub async fn remove_server(
        &self,
        guild: u64,
        typed: &str,
    ) -> Result<Option<NamedServer>, StoreError> {
        let query =
            "DELETE FROM servers WHERE rowid = (SELECT rowid FROM servers WHERE guild_id = $1
             AND (name_key = $2 OR server_id = $3) ORDER BY name_key = $2 DESC LIMIT 1)
             RETURNING server_id AS id, name";
        let guild_id = snowflake_to_i64(guild)?;
        let removed: Option<(String, String)> = with_pool!(self.pool()?, |pool| {
            sqlx::query_as(query)
                .bind(guild_id)
                .bind(typed.to_lowercase())
                .bind(typed)
                .fetch_optional(pool)
                .await?
        });
        Ok(removed.map(|(id, name)| NamedServer { id, name }))
    }

    /// Every server `guild` has named, by name.
    pub async fn servers(&self, guild: u64) -> Result<Vec<NamedServer>, StoreError> {
        let guild_id = snowflake_to_i64(guild)?;
        let rows: Vec<(String, String)> = with_pool!(self.pool()?, |pool| sqlx::query_as(
            "SELECT server_id AS id, name FROM servers WHERE guild_id = $1 ORDER BY name_key",
        )
        .bind(guild_id)
        .fetch_all(pool)
        .await?);
        Ok(rows
            .into_iter()
            .map(|(id, name)| NamedServer { id, name })
            .collect())
    }

    /// Up to `limit` servers of `guild` matching `typed` in any case: names that start with
    /// it, then IDs that start with it, then names or IDs that contain it.
    pub async fn complete_servers(
        &self,
        guild: u64,
        typed: &str,
        limit: usize,
    ) -> Result<Vec<NamedServer>, StoreError> {
        let guild_id = snowflake_to_i64(guild)?;
        let typed = typed.trim().to_lowercase();
        // Every string that starts with `typed` sorts between it and this bound, so the
        // prefix searches are index range scans.
        let upper = format!("{typed}\u{10FFFF}");
        let contains = format!("%{}%", escape_like(&typed));
        let max = i64::try_from(limit).unwrap_or(i64::MAX);
        let mut found: Vec<NamedServer> = Vec::new();
        let prefix = [typed.as_str(), upper.as_str()];
        let searches: [(&str, &[&str]); 3] = [
            (
                "SELECT server_id AS id, name FROM servers WHERE guild_id = $1
                 AND name_key >= $2 AND name_key < $3 ORDER BY name_key LIMIT $4",
                &prefix,
            ),
            (
                "SELECT server_id AS id, name FROM servers WHERE guild_id = $1
                 AND id_key >= $2 AND id_key < $3 ORDER BY id_key LIMIT $4",
                &prefix,
            ),
            (
                "SELECT server_id AS id, name FROM servers WHERE guild_id = $1
                 AND (name_key LIKE $2 ESCAPE '\\' OR id_key LIKE $2 ESCAPE '\\')
                 ORDER BY name_key LIMIT $3",
                &[contains.as_str()],
            ),
        ];
        for (search, patterns) in searches {
            if found.len() >= limit {
                break;
            }
            // Asks for `limit` more than needed at most, as earlier searches' rows come again.
            let rows: Vec<(String, String)> = with_pool!(self.pool()?, |pool| {
                let mut query = sqlx::query_as(search).bind(guild_id);
                for pattern in patterns {
                    query = query.bind(*pattern);
                }
                query.bind(max.saturating_mul(2)).fetch_all(pool).await?
            });
            for (id, name) in rows {
                if found.len() < limit && !found.iter().any(|f| f.id == id) {
                    found.push(NamedServer { id, name });
                }
            }
        }
        Ok(found)
    }
}

/// `typed` matched literally inside a LIKE pattern (with `ESCAPE '\'`): its `%` and `_` are
/// not wildcards.
fn escape_like(typed: &str) -> String {
    let mut escaped = String::with_capacity(typed.len());
    for c in typed.chars() {
        if matches!(c, '%' | '_' | '\\') {
            escaped.push('\\');
        }
        escaped.push(c);
    }
    escaped
}

fn named(id: &str, name: &str) -> NamedServer {
    NamedServer {
        id: id.to_owned(),
        name: name.to_owned(),
    }
}
