//! Scheduled power actions, and each guild's default time zone for them.
//!
//! Every process on a shared PostgreSQL runs the scheduler over every schedule; a run is
//! claimed by moving `next_run` on (or deleting a one-time schedule) only where it still
//! holds the value that process read, so exactly one process hands each run on.

use chrono::{DateTime, Utc};

use super::schedule_rows::{COLUMNS, Row, schedule};
use super::{Store, StoreError, snowflake_to_i64};
use crate::domain::{NewSchedule, Schedule, WarnMessage, Zone};

/// Runs handed on per pass at most; the rest come in the next pass, straight after.
const DUE_BATCH: i64 = 100;

/// The guilds of a range of shards: Discord's rule, `(guild_id >> 22) % shard_count`,
/// which both databases compute on a 64-bit integer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ShardSpan {
    pub first: i64,
    pub last: i64,
    pub total: i64,
}

/// The condition that a row's guild is in a [`ShardSpan`] bound from placeholder `$n` on
/// (total, first, last).
fn in_shards(n: usize) -> String {
    format!(
        "((guild_id >> 22) % ${n}) BETWEEN ${} AND ${}",
        n + 1,
        n + 2
    )
}

impl Store {
    /// Stores `new` unless `guild` already has `cap` schedules; returns its ID (`None`: the
    /// cap is reached). Two admins adding at once may both pass the count on PostgreSQL.
    pub async fn add_schedule(
        &self,
        new: &NewSchedule,
        cap: i64,
    ) -> Result<Option<i64>, StoreError> {
        let guild = snowflake_to_i64(new.guild)?;
        let (channel, made_by) = (
            snowflake_to_i64(new.channel)?,
            snowflake_to_i64(new.made_by)?,
        );
        let timing = new.timing;
        let warn = new
            .warn
            .map(|w| i64::try_from(w.as_secs()).unwrap_or(i64::MAX));
        let id = with_pool!(self.pool()?, |pool| sqlx::query_scalar(
            "INSERT INTO schedules (guild_id, server_id, action, recurrence, local_time,
                 local_date, weekday, zone, warn_secs, message, channel_id, made_by, next_run)
             SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13
             WHERE (SELECT COUNT(*) FROM schedules WHERE guild_id = $1) < $14
             RETURNING id",
        )
        .bind(guild)
        .bind(new.server.as_str())
        .bind(new.action.path_segment())
        .bind(timing.recurrence().name())
        .bind(timing.time().format("%H:%M").to_string())
        .bind(timing.date().map(|d| d.format("%Y-%m-%d").to_string()))
        .bind(
            timing
                .weekday()
                .map(|d| i64::from(d.num_days_from_monday()))
        )
        .bind(new.zone.name())
        .bind(warn)
        .bind(new.message.as_ref().map(WarnMessage::as_str))
        .bind(channel)
        .bind(made_by)
        .bind(new.next_run.timestamp_millis())
        .bind(cap)
        .fetch_optional(pool)
        .await?);
        Ok(id)
    }

    /// `guild`'s schedules, oldest first.
    pub async fn schedules(&self, guild: u64) -> Result<Vec<Schedule>, StoreError> {
        let guild = snowflake_to_i64(guild)?;
        let query = format!("SELECT {COLUMNS} FROM schedules WHERE guild_id = $1 ORDER BY id");
        let rows: Vec<Row> = with_pool!(self.pool()?, |pool| sqlx::query_as(&query)
            .bind(guild)
            .fetch_all(pool)
            .await?);
        Ok(rows.into_iter().filter_map(schedule).collect())
    }

    /// Schedule `id` of `guild`.
    pub async fn schedule(&self, guild: u64, id: i64) -> Result<Option<Schedule>, StoreError> {
        let query = format!("SELECT {COLUMNS} FROM schedules WHERE guild_id = $1 AND id = $2");
        self.one(&query, guild, id, None).await
    }

    /// Deletes schedule `id` of `guild`; returns it as it was.
    pub async fn remove_schedule(
        &self,
        guild: u64,
        id: i64,
    ) -> Result<Option<Schedule>, StoreError> {
        let query =
            format!("DELETE FROM schedules WHERE guild_id = $1 AND id = $2 RETURNING {COLUMNS}");
        self.one(&query, guild, id, None).await
    }

    /// Pauses schedule `id` of `guild`; returns it as it is now.
    pub async fn pause_schedule(
        &self,
        guild: u64,
        id: i64,
    ) -> Result<Option<Schedule>, StoreError> {
        let query = format!(
            "UPDATE schedules SET paused = TRUE WHERE guild_id = $1 AND id = $2 RETURNING {COLUMNS}"
        );
        self.one(&query, guild, id, None).await
    }

    /// Resumes schedule `id` of `guild` with its next run at `next_run`.
    pub async fn resume_schedule(
        &self,
        guild: u64,
        id: i64,
        next_run: DateTime<Utc>,
    ) -> Result<Option<Schedule>, StoreError> {
        let query = format!(
            "UPDATE schedules SET paused = FALSE, next_run = $3
             WHERE guild_id = $1 AND id = $2 RETURNING {COLUMNS}"
        );
        self.one(&query, guild, id, Some(next_run.timestamp_millis()))
            .await
    }

    async fn one(
        &self,
        query: &str,
        guild: u64,
        id: i64,
        next_run: Option<i64>,
    ) -> Result<Option<Schedule>, StoreError> {
        let guild = snowflake_to_i64(guild)?;
        let row: Option<Row> = with_pool!(self.pool()?, |pool| {
            let query = sqlx::query_as(query).bind(guild).bind(id);
            let query = match next_run {
                Some(next_run) => query.bind(next_run),
                None => query,
            };
            query.fetch_optional(pool).await?
        });
        Ok(row.and_then(schedule))
    }

    /// Running schedules whose run is to be handed on by `now` (a warned one `warn` before
    /// it is due), earliest first.
    pub async fn due_schedules(
        &self,
        now: DateTime<Utc>,
        shards: ShardSpan,
    ) -> Result<Vec<Schedule>, StoreError> {
        let query = format!(
            "SELECT {COLUMNS} FROM schedules
             WHERE paused = FALSE AND next_run - COALESCE(warn_secs, 0) * 1000 <= $1
             AND {}
             ORDER BY next_run, id LIMIT $2",
            in_shards(3)
        );
        let rows: Vec<Row> = with_pool!(self.pool()?, |pool| sqlx::query_as(&query)
            .bind(now.timestamp_millis())
            .bind(DUE_BATCH)
            .bind(shards.total)
            .bind(shards.first)
            .bind(shards.last)
            .fetch_all(pool)
            .await?);
        Ok(rows.into_iter().filter_map(schedule).collect())
    }

    /// When the next run of any running schedule of `shards`' guilds is to be handed on;
    /// `None` if none is.
    pub async fn next_due(&self, shards: ShardSpan) -> Result<Option<DateTime<Utc>>, StoreError> {
        let query = format!(
            "SELECT MIN(next_run - COALESCE(warn_secs, 0) * 1000) FROM schedules
             WHERE paused = FALSE AND {}",
            in_shards(1)
        );
        let earliest: Option<i64> = with_pool!(self.pool()?, |pool| sqlx::query_scalar(&query)
            .bind(shards.total)
            .bind(shards.first)
            .bind(shards.last)
            .fetch_one(pool)
            .await?);
        Ok(earliest.and_then(DateTime::from_timestamp_millis))
    }

    /// Claims the run of schedule `id` due at `due` by moving its next run to `next`, or,
    /// without one, by deleting the schedule. `false`: another process claimed it first, or
    /// the schedule was paused, resumed or removed meanwhile.
    pub async fn claim_run(
        &self,
        id: i64,
        due: DateTime<Utc>,
        next: Option<DateTime<Utc>>,
    ) -> Result<bool, StoreError> {
        let due = due.timestamp_millis();
        let claimed = with_pool!(self.pool()?, |pool| match next {
            Some(next) =>
                sqlx::query(
                    "UPDATE schedules SET next_run = $3
                 WHERE id = $1 AND next_run = $2 AND paused = FALSE",
                )
                .bind(id)
                .bind(due)
                .bind(next.timestamp_millis())
                .execute(pool)
                .await?,
            None =>
                sqlx::query(
                    "DELETE FROM schedules WHERE id = $1 AND next_run = $2 AND paused = FALSE",
                )
                .bind(id)
                .bind(due)
                .execute(pool)
                .await?,
        }
        .rows_affected());
        Ok(claimed == 1)
    }

    /// `guild`'s default time zone for schedules; `None` if never set.
    pub async fn guild_zone(&self, guild: u64) -> Result<Option<Zone>, StoreError> {
        let guild = snowflake_to_i64(guild)?;
        let zone: Option<String> = with_pool!(self.pool()?, |pool| sqlx::query_scalar(
            "SELECT zone FROM guild_settings WHERE guild_id = $1"
        )
        .bind(guild)
        .fetch_optional(pool)
        .await?);
        Ok(zone.and_then(|zone| Zone::parse(&zone).ok()))
    }

    /// Sets `guild`'s default time zone.
    pub async fn set_guild_zone(
        &self,
        guild: u64,
        zone: Zone,
        set_by: u64,
    ) -> Result<(), StoreError> {
        let (guild, set_by) = (snowflake_to_i64(guild)?, snowflake_to_i64(set_by)?);
        with_pool!(self.pool()?, |pool| sqlx::query(
            "INSERT INTO guild_settings (guild_id, zone, set_by) VALUES ($1, $2, $3)
             ON CONFLICT (guild_id) DO UPDATE SET
                 zone = excluded.zone, set_by = excluded.set_by, set_at = excluded.set_at",
        )
        .bind(guild)
        .bind(zone.name())
        .bind(set_by)
        .execute(pool)
        .await
        .map(drop)?);
        Ok(())
    }
}
