//! Countdowns under way (warned actions), and the console template each named server warns
//! its players with. What a countdown does is `countdown`'s business; here it is one row per
//! server, kept until it ends, so that a restarted bot finds it again.

use sqlx::Row;

use super::{Store, StoreError, snowflake_to_i64};

/// A countdown as stored. Times are Unix milliseconds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredCountdown {
    pub id: i64,
    pub guild: u64,
    pub server: String,
    pub name: Option<String>,
    /// `stop`, `restart` or `kill`.
    pub action: String,
    /// Who asked (or made the schedule).
    pub member: u64,
    pub schedule: Option<i64>,
    pub channel: u64,
    /// The public countdown message, once posted.
    pub message: Option<u64>,
    pub action_at_ms: i64,
    pub warn_secs: i64,
    pub text: Option<String>,
    pub template: String,
    /// The action was being sent (the bot may have stopped in the middle).
    pub sending: bool,
    /// The control panel whose button began it, if one did.
    pub panel: Option<String>,
}

const COLUMNS: &str = "id, guild_id, server_id, server_name, action, member_id, schedule_id, \
     channel_id, message_id, action_at, warn_secs, message, template, state, panel_id";

impl Store {
    /// Stores a new countdown (its `id`, `message` and `sending` are ignored) and returns its
    /// id, or `None` if the server already has one.
    pub async fn insert_countdown(&self, new: &StoredCountdown) -> Result<Option<i64>, StoreError> {
        let (guild, member, channel) = (
            snowflake_to_i64(new.guild)?,
            snowflake_to_i64(new.member)?,
            snowflake_to_i64(new.channel)?,
        );
        let id = with_pool!(self.pool()?, |pool| {
            sqlx::query_scalar(
                "INSERT INTO countdowns (guild_id, server_id, server_name, action, member_id,
                     schedule_id, channel_id, action_at, warn_secs, message, template, panel_id)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
                 ON CONFLICT (guild_id, server_id) DO NOTHING
                 RETURNING id",
            )
            .bind(guild)
            .bind(&new.server)
            .bind(&new.name)
            .bind(&new.action)
            .bind(member)
            .bind(new.schedule)
            .bind(channel)
            .bind(new.action_at_ms)
            .bind(new.warn_secs)
            .bind(&new.text)
            .bind(&new.template)
            .bind(&new.panel)
            .fetch_optional(pool)
            .await?
        });
        Ok(id)
    }

    /// Remembers the public message that shows countdown `id`.
    pub async fn set_countdown_message(&self, id: i64, message: u64) -> Result<(), StoreError> {
        let message = snowflake_to_i64(message)?;
        with_pool!(self.pool()?, |pool| {
            sqlx::query("UPDATE countdowns SET message_id = $1 WHERE id = $2")
                .bind(message)
                .bind(id)
                .execute(pool)
                .await
                .map(drop)?
        });
        Ok(())
    }

    /// Countdown `id`, if it is still under way.
    pub async fn countdown(&self, id: i64) -> Result<Option<StoredCountdown>, StoreError> {
        let sql = format!("SELECT {COLUMNS} FROM countdowns WHERE id = $1");
        let row = with_pool!(self.pool()?, |pool| {
            match sqlx::query(&sql).bind(id).fetch_optional(pool).await? {
                Some(row) => Some(read(&row)?),
                None => None,
            }
        });
        Ok(row)
    }

    /// Every countdown under way, in the order they were made.
    pub async fn countdowns(&self) -> Result<Vec<StoredCountdown>, StoreError> {
        let sql = format!("SELECT {COLUMNS} FROM countdowns ORDER BY id");
        let rows = with_pool!(self.pool()?, |pool| {
            let rows = sqlx::query(&sql).fetch_all(pool).await?;
            rows.iter().map(read).collect::<Result<Vec<_>, _>>()?
        });
        Ok(rows)
    }

    /// Marks countdown `id` as sending its action, if it is still waiting (not aborted, not
    /// taken by another process): whether it was.
    pub async fn start_sending_countdown(&self, id: i64) -> Result<bool, StoreError> {
        let taken = with_pool!(self.pool()?, |pool| {
            sqlx::query(
                "UPDATE countdowns SET state = 'sending' WHERE id = $1 AND state = 'waiting'",
            )
            .bind(id)
            .execute(pool)
            .await?
            .rows_affected()
        });
        Ok(taken == 1)
    }

    /// Deletes countdown `id` if it is still waiting (an abort): the row as it was, or `None`
    /// if it already ended or is sending its action.
    pub async fn abort_countdown(&self, id: i64) -> Result<Option<StoredCountdown>, StoreError> {
        let sql = format!(
            "DELETE FROM countdowns WHERE id = $1 AND state = 'waiting' RETURNING {COLUMNS}"
        );
        let row = with_pool!(self.pool()?, |pool| {
            match sqlx::query(&sql).bind(id).fetch_optional(pool).await? {
                Some(row) => Some(read(&row)?),
                None => None,
            }
        });
        Ok(row)
    }

    /// Deletes countdown `id`, however it ended.
    pub async fn end_countdown(&self, id: i64) -> Result<(), StoreError> {
        with_pool!(self.pool()?, |pool| {
            sqlx::query("DELETE FROM countdowns WHERE id = $1")
                .bind(id)
                .execute(pool)
                .await
                .map(drop)?
        });
        Ok(())
    }

    /// The console template of `server` in `guild`, if it is named and has one.
    pub async fn console_template(
        &self,
        guild: u64,
        server: &str,
    ) -> Result<Option<String>, StoreError> {
        let guild = snowflake_to_i64(guild)?;
        let template: Option<Option<String>> = with_pool!(self.pool()?, |pool| {
            sqlx::query_scalar(
                "SELECT console_template FROM servers WHERE guild_id = $1 AND server_id = $2",
            )
            .bind(guild)
            .bind(server)
            .fetch_optional(pool)
            .await?
        });
        Ok(template.flatten())
    }

    /// Sets the console template of the named `server` in `guild`.
    pub async fn set_console_template(
        &self,
        guild: u64,
        server: &str,
        template: &str,
    ) -> Result<(), StoreError> {
        let guild = snowflake_to_i64(guild)?;
        with_pool!(self.pool()?, |pool| {
            sqlx::query(
                "UPDATE servers SET console_template = $1 WHERE guild_id = $2 AND server_id = $3",
            )
            .bind(template)
            .bind(guild)
            .bind(server)
            .execute(pool)
            .await
            .map(drop)?
        });
        Ok(())
    }
}

fn read<R>(row: &R) -> Result<StoredCountdown, sqlx::Error>
where
    R: Row,
    for<'c> &'c str: sqlx::ColumnIndex<R>,
    i64: for<'r> sqlx::Decode<'r, R::Database> + sqlx::Type<R::Database>,
    String: for<'r> sqlx::Decode<'r, R::Database> + sqlx::Type<R::Database>,
    Option<i64>: for<'r> sqlx::Decode<'r, R::Database>,
    Option<String>: for<'r> sqlx::Decode<'r, R::Database>,
{
    // Snowflakes were stored from u64 and are below 2^63.
    let snowflake = |column: &str| row.try_get::<i64, _>(column).map(|v| v as u64);
    Ok(StoredCountdown {
        id: row.try_get("id")?,
        guild: snowflake("guild_id")?,
        server: row.try_get("server_id")?,
        name: row.try_get("server_name")?,
        action: row.try_get("action")?,
        member: snowflake("member_id")?,
        schedule: row.try_get("schedule_id")?,
        channel: snowflake("channel_id")?,
        message: row
            .try_get::<Option<i64>, _>("message_id")?
            .map(|v| v as u64),
        action_at_ms: row.try_get("action_at")?,
        warn_secs: row.try_get("warn_secs")?,
        text: row.try_get("message")?,
        template: row.try_get("template")?,
        sending: row.try_get::<String, _>("state")? == "sending",
        panel: row.try_get("panel_id")?,
    })
}
