//! Control panels: where each panel's message is and which game server its buttons act on,
//! found again by the panel's ID at every click.
//!
//! A server has at most one panel per channel: posting a new one deletes the old row in the
//! same transaction. Two panels posted at the same moment for one server in one channel on
//! PostgreSQL may both stay; each still works, and the next post replaces both.

use std::time::Duration;

use super::{Store, StoreError, snowflake_to_i64};
use crate::domain::{Panel, PanelId, PanelWarning, ServerId, WarnMessage, WarnPeriod};

/// The columns every read returns, in [`Row`]'s order.
const COLUMNS: &str = "id, guild_id, channel_id, message_id, server_id, server_name, posted_by, \
     warn_secs, warn_message";

type Row = (
    String,
    i64,
    i64,
    i64,
    String,
    Option<String>,
    i64,
    Option<i64>,
    Option<String>,
);

/// A stored panel ID that is not one (altered by hand, or written by a newer version).
#[derive(Debug, thiserror::Error)]
#[error("{0:?} is not a panel ID")]
struct NotAPanelId(String);

/// A stored warning message without a warning period (the table's CHECK forbids it).
#[derive(Debug, thiserror::Error)]
#[error("a warning message without a warning period")]
struct MessageWithoutPeriod;

impl Store {
    /// Stores `panel` and, in the same transaction, deletes the panels it replaces: those of
    /// its server in its channel. Returns them, so that their messages can be retired.
    pub async fn add_panel(&self, panel: &Panel) -> Result<Vec<Panel>, StoreError> {
        self.replace_panels(panel.guild, panel.channel, &panel.server, Some(panel))
            .await
    }

    /// Panel `id`, if it is still posted.
    pub async fn panel(&self, id: &PanelId) -> Result<Option<Panel>, StoreError> {
        let query = format!("SELECT {COLUMNS} FROM panels WHERE id = $1");
        let row: Option<Row> = with_pool!(self.pool()?, |pool| sqlx::query_as(&query)
            .bind(id.as_str())
            .fetch_optional(pool)
            .await?);
        Ok(row.map(panel).transpose()?)
    }

    /// Deletes the panels of `server` in `channel` of `guild`; returns them as they were.
    pub async fn remove_panels(
        &self,
        guild: u64,
        channel: u64,
        server: &ServerId,
    ) -> Result<Vec<Panel>, StoreError> {
        self.replace_panels(guild, channel, server, None).await
    }

    /// Deletes the panels of `server` in `channel` of `guild` and stores `new` (if any) in
    /// one transaction; returns the deleted panels.
    async fn replace_panels(
        &self,
        guild: u64,
        channel: u64,
        server: &ServerId,
        new: Option<&Panel>,
    ) -> Result<Vec<Panel>, StoreError> {
        let (guild, channel) = (snowflake_to_i64(guild)?, snowflake_to_i64(channel)?);
        let new = match new {
            Some(panel) => Some((
                panel,
                snowflake_to_i64(panel.message)?,
                snowflake_to_i64(panel.posted_by)?,
            )),
            None => None,
        };
        let delete = format!(
            "DELETE FROM panels WHERE guild_id = $1 AND channel_id = $2 AND server_id = $3
             RETURNING {COLUMNS}"
        );
        with_pool!(self.pool()?, |pool| {
            let mut tx = pool.begin().await?;
            let rows: Vec<Row> = sqlx::query_as(&delete)
                .bind(guild)
                .bind(channel)
                .bind(server.as_str())
                .fetch_all(&mut *tx)
                .await?;
            // Read before anything is committed: a row that cannot be read leaves every row
            // as it was, rather than going unseen with its message still posted.
            let deleted = panels(rows)?;
            if let Some((panel, message, posted_by)) = new {
                let warning = panel.warning.as_ref();
                // At most an hour in seconds: well within an i64.
                let warn_secs = warning.map(|w| w.period.as_secs() as i64);
                let warn_message = warning.and_then(|w| w.message.as_ref());
                sqlx::query(
                    "INSERT INTO panels (id, guild_id, channel_id, message_id, server_id,
                         server_name, posted_by, warn_secs, warn_message)
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
                )
                .bind(panel.id.as_str())
                .bind(guild)
                .bind(channel)
                .bind(message)
                .bind(server.as_str())
                .bind(panel.name.as_deref())
                .bind(posted_by)
                .bind(warn_secs)
                .bind(warn_message.map(WarnMessage::as_str))
                .execute(&mut *tx)
                .await?;
            }
            tx.commit().await?;
            Ok(deleted)
        })
    }

    /// Deletes panel `id` (its message turned out deleted, say): whether it was stored.
    pub async fn forget_panel(&self, id: &PanelId) -> Result<bool, StoreError> {
        let deleted = with_pool!(self.pool()?, |pool| {
            sqlx::query("DELETE FROM panels WHERE id = $1")
                .bind(id.as_str())
                .execute(pool)
                .await?
                .rows_affected()
        });
        Ok(deleted > 0)
    }

    /// How many panels `guild` has posted and not removed.
    pub async fn count_panels(&self, guild: u64) -> Result<u64, StoreError> {
        let guild = snowflake_to_i64(guild)?;
        let count: i64 = with_pool!(self.pool()?, |pool| sqlx::query_scalar(
            "SELECT COUNT(*) FROM panels WHERE guild_id = $1"
        )
        .bind(guild)
        .fetch_one(pool)
        .await?);
        Ok(count.unsigned_abs())
    }
}

/// The rows as panels, ordered by ID (`RETURNING` keeps no order), or the first that cannot
/// be read as an error.
fn panels(rows: Vec<Row>) -> Result<Vec<Panel>, StoreError> {
    let mut panels = rows.into_iter().map(panel).collect::<Result<Vec<_>, _>>()?;
    panels.sort_by(|a, b| a.id.as_str().cmp(b.id.as_str()));
    Ok(panels)
}

/// A row as a panel. An ID, server ID or warning that does not parse is an error, as a column
/// of the wrong type is: a click on such a panel is answered as a database failure, not acted
/// on (nor acted on without the warning it was posted with).
fn panel(row: Row) -> Result<Panel, sqlx::Error> {
    let (id, guild, channel, message, server, name, posted_by, warn_secs, warn_message) = row;
    let id = PanelId::parse(&id).ok_or_else(|| unreadable("id", NotAPanelId(id)))?;
    let server = ServerId::parse(&server).map_err(|error| unreadable("server_id", error))?;
    let warning = warning(warn_secs, warn_message)?;
    // Snowflakes were stored from u64 and are below 2^63.
    Ok(Panel {
        id,
        guild: guild as u64,
        channel: channel as u64,
        message: message as u64,
        server,
        name,
        posted_by: posted_by as u64,
        warning,
    })
}

/// The stored warning columns as a panel's warning, `None` when the panel has none.
fn warning(
    secs: Option<i64>,
    message: Option<String>,
) -> Result<Option<PanelWarning>, sqlx::Error> {
    let Some(secs) = secs else {
        return match message {
            Some(_) => Err(unreadable("warn_message", MessageWithoutPeriod)),
            None => Ok(None),
        };
    };
    let secs = u64::try_from(secs).map_err(|error| unreadable("warn_secs", error))?;
    let period =
        WarnPeriod::new(Duration::from_secs(secs)).map_err(|e| unreadable("warn_secs", e))?;
    let message = message
        .map(|text| WarnMessage::parse(&text))
        .transpose()
        .map_err(|error| unreadable("warn_message", error))?;
    Ok(Some(PanelWarning { period, message }))
}

fn unreadable(column: &str, error: impl std::error::Error + Send + Sync + 'static) -> sqlx::Error {
    sqlx::Error::ColumnDecode {
        index: column.to_owned(),
        source: Box::new(error),
    }
}
