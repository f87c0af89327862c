//! The tables of timed actions: schedules, each guild's time zone for them, and countdowns
//! under way. IDs are kept: members name schedules by number, and a countdown's row is what
//! the bot continues (or reports missed) at its next start.

use sqlx::PgConnection;

use super::{Source, continue_identity, insert};
use crate::store::StoreError;

type ScheduleRow = (
    i64,
    i64,
    String,
    String,
    String,
    String,
    Option<String>,
    Option<i64>,
    String,
    Option<i64>,
    Option<String>,
    i64,
    i64,
    i64,
    i64,
    String,
);

pub(super) async fn copy_schedules(
    source: &Source,
    tx: &mut PgConnection,
) -> Result<i64, StoreError> {
    let rows: Vec<ScheduleRow> = sqlx::query_as(
        "SELECT id, guild_id, server_id, action, recurrence, local_time, local_date, weekday,
             zone, warn_secs, message, channel_id, made_by, paused, next_run, created_at
         FROM schedules ORDER BY id",
    )
    .fetch_all(source)
    .await?;
    let head = "INSERT INTO schedules (id, guild_id, server_id, action, recurrence, local_time,
        local_date, weekday, zone, warn_secs, message, channel_id, made_by, paused, next_run,
        created_at) OVERRIDING SYSTEM VALUE ";
    let copied = insert(tx, head, &rows, |mut b, row| {
        b.push_bind(row.0).push_bind(row.1).push_bind(&row.2);
        b.push_bind(&row.3).push_bind(&row.4).push_bind(&row.5);
        b.push_bind(&row.6).push_bind(row.7).push_bind(&row.8);
        b.push_bind(row.9).push_bind(&row.10).push_bind(row.11);
        // SQLite keeps the flag as 0 or 1 (its CHECK allows nothing else).
        b.push_bind(row.12).push_bind(row.13 != 0).push_bind(row.14);
        b.push_bind(&row.15);
    })
    .await?;
    // AUTOINCREMENT never hands out a removed schedule's ID again, so a late
    // `/schedule remove id:` cannot hit a newer schedule; PostgreSQL goes on from the highest
    // ID SQLite ever gave, not only from the highest still stored.
    let given: Option<i64> =
        sqlx::query_scalar("SELECT seq FROM sqlite_sequence WHERE name = 'schedules'")
            .fetch_optional(source)
            .await?;
    let last = given.max(rows.last().map(|row| row.0));
    continue_identity(tx, "schedules", "id", last).await?;
    Ok(copied)
}

pub(super) async fn copy_zones(source: &Source, tx: &mut PgConnection) -> Result<i64, StoreError> {
    let rows: Vec<(i64, String, i64, String)> = sqlx::query_as(
        "SELECT guild_id, zone, set_by, set_at FROM guild_settings ORDER BY guild_id",
    )
    .fetch_all(source)
    .await?;
    let head = "INSERT INTO guild_settings (guild_id, zone, set_by, set_at) ";
    insert(tx, head, &rows, |mut b, row| {
        b.push_bind(row.0).push_bind(&row.1).push_bind(row.2);
        b.push_bind(&row.3);
    })
    .await
}

type CountdownRow = (
    i64,
    i64,
    String,
    Option<String>,
    String,
    i64,
    Option<i64>,
    i64,
    Option<i64>,
    i64,
    i64,
    Option<String>,
    String,
    String,
    Option<String>,
);

pub(super) async fn copy_countdowns(
    source: &Source,
    tx: &mut PgConnection,
) -> Result<i64, StoreError> {
    let rows: Vec<CountdownRow> = sqlx::query_as(
        "SELECT id, guild_id, server_id, server_name, action, member_id, schedule_id,
             channel_id, message_id, action_at, warn_secs, message, template, state, panel_id
         FROM countdowns ORDER BY id",
    )
    .fetch_all(source)
    .await?;
    let head = "INSERT INTO countdowns (id, guild_id, server_id, server_name, action,
        member_id, schedule_id, channel_id, message_id, action_at, warn_secs, message,
        template, state, panel_id) OVERRIDING SYSTEM VALUE ";
    let copied = insert(tx, head, &rows, |mut b, row| {
        b.push_bind(row.0).push_bind(row.1).push_bind(&row.2);
        b.push_bind(&row.3).push_bind(&row.4).push_bind(row.5);
        b.push_bind(row.6).push_bind(row.7).push_bind(row.8);
        b.push_bind(row.9).push_bind(row.10).push_bind(&row.11);
        b.push_bind(&row.12).push_bind(&row.13).push_bind(&row.14);
    })
    .await?;
    continue_identity(tx, "countdowns", "id", rows.last().map(|row| row.0)).await?;
    Ok(copied)
}
