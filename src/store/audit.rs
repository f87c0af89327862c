//! The audit trail's rows.

use super::{Store, StoreError, snowflake_to_i64};
use crate::domain::{AuditEntry, Outcome, PanelId};

type Row = (
    i64,
    String,
    Option<String>,
    String,
    String,
    Option<i64>,
    i64,
    Option<i64>,
    Option<String>,
);

impl Store {
    /// Appends `entry` to the trail.
    pub async fn record_audit(&self, entry: &AuditEntry) -> Result<(), StoreError> {
        self.record_audits(std::slice::from_ref(entry)).await
    }

    /// Appends `entries` to the trail in one transaction: all of them or, on an error, none.
    pub async fn record_audits(&self, entries: &[AuditEntry]) -> Result<(), StoreError> {
        with_pool!(self.pool()?, |pool| {
            let mut tx = pool.begin().await?;
            for entry in entries {
                sqlx::query(
                    "INSERT INTO audit
                     (guild_id, member_id, server_id, server_name, action, outcome, http_status, at,
                      schedule_id, panel_id)
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
                )
                .bind(snowflake_to_i64(entry.guild)?)
                .bind(snowflake_to_i64(entry.member)?)
                .bind(&entry.server)
                .bind(entry.name.as_deref())
                .bind(entry.action.path_segment())
                .bind(entry.outcome.code())
                .bind(entry.http_status.map(i64::from))
                .bind(entry.at)
                .bind(entry.schedule)
                .bind(entry.panel.as_ref().map(PanelId::as_str))
                .execute(&mut *tx)
                .await?;
            }
            tx.commit().await?;
        });
        Ok(())
    }

    /// `guild`'s newest `limit` rows, newest first; only `server`'s when given.
    pub async fn recent_audit(
        &self,
        guild: u64,
        server: Option<&str>,
        limit: u32,
    ) -> Result<Vec<AuditEntry>, StoreError> {
        self.recent_audit_of(guild, server, &Outcome::ALL, limit)
            .await
    }

    /// `guild`'s newest `limit` rows whose outcome is one of `outcomes`, newest first; only
    /// `server`'s when given.
    pub async fn recent_audit_of(
        &self,
        guild: u64,
        server: Option<&str>,
        outcomes: &[Outcome],
        limit: u32,
    ) -> Result<Vec<AuditEntry>, StoreError> {
        if outcomes.is_empty() {
            return Ok(Vec::new());
        }
        let guild_id = snowflake_to_i64(guild)?;
        let sql = recent_sql(outcomes.len());
        let rows: Vec<Row> = with_pool!(self.pool()?, |pool| {
            let mut query = sqlx::query_as(&sql)
                .bind(guild_id)
                .bind(server)
                .bind(i64::from(limit));
            for outcome in outcomes {
                query = query.bind(outcome.code());
            }
            query.fetch_all(pool).await?
        });
        // The table's CHECK admits only the four actions, and only this code writes outcomes
        // and panel IDs, so nothing is skipped in practice.
        Ok(rows
            .into_iter()
            .filter_map(|row| entry_from_row(guild, row))
            .collect())
    }

    /// Deletes every row recorded before `older_than` (unix seconds). Returns how many.
    pub async fn prune_audit(&self, older_than: i64) -> Result<u64, StoreError> {
        let deleted = with_pool!(self.pool()?, |pool| {
            sqlx::query("DELETE FROM audit WHERE at < $1")
                .bind(older_than)
                .execute(pool)
                .await?
                .rows_affected()
        });
        Ok(deleted)
    }
}

/// The newest rows of a guild (`$1`), of one server or all (`$2`), up to `$3`, whose outcome
/// is one of `$4` onwards: one placeholder per outcome, as neither database binds a list the
/// other takes.
fn recent_sql(outcomes: usize) -> String {
    let placeholders: Vec<String> = (4..4 + outcomes).map(|n| format!("${n}")).collect();
    format!(
        "SELECT member_id, server_id, server_name, action, outcome, http_status, at, schedule_id,
                panel_id
         FROM audit WHERE guild_id = $1 AND ($2 IS NULL OR server_id = $2)
         AND outcome IN ({})
         ORDER BY at DESC, rowid DESC LIMIT $3",
        placeholders.join(", ")
    )
}

fn entry_from_row(guild: u64, row: Row) -> Option<AuditEntry> {
    let (member, server, name, action, outcome, http_status, at, schedule, panel) = row;
    Some(AuditEntry {
        guild,
        member: member as u64,
        server,
        name,
        action: action.parse().ok()?,
        outcome: outcome.parse().ok()?,
        http_status: http_status.and_then(|s| u16::try_from(s).ok()),
        at,
        schedule,
        panel: match panel {
            Some(id) => Some(PanelId::parse(&id)?),
            None => None,
        },
    })
}
