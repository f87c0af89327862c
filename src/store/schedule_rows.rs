//! A `schedules` row as the store reads it, and its conversion to a [`Schedule`].

use std::time::Duration;

use chrono::{DateTime, NaiveDate, NaiveTime, Weekday};

use crate::domain::{
    NewSchedule, PowerAction, Recurrence, Schedule, ServerId, Timing, WarnMessage, WarnPeriod, Zone,
};

/// The columns every read returns, in [`Row`]'s order.
pub(super) const COLUMNS: &str = "id, guild_id, server_id, action, recurrence, local_time, local_date, \
     weekday, zone, warn_secs, message, channel_id, made_by, paused, next_run";

pub(super) type Row = (
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
    bool,
    i64,
);

/// A row as a schedule; `None` (logged) for one this version cannot read.
pub(super) fn schedule(row: Row) -> Option<Schedule> {
    let id = row.0;
    let read = read(row);
    if read.is_none() {
        tracing::warn!(
            schedule = id,
            "skipping a stored schedule this version cannot read"
        );
    }
    read
}

fn read(row: Row) -> Option<Schedule> {
    let (id, guild, server, action, recurrence, time, date, weekday, zone, warn, message) = (
        row.0, row.1, row.2, row.3, row.4, row.5, row.6, row.7, row.8, row.9, row.10,
    );
    let (channel, made_by, paused, next_run) = (row.11, row.12, row.13, row.14);
    let recurrence = [Recurrence::Once, Recurrence::Daily, Recurrence::Weekly]
        .into_iter()
        .find(|r| r.name() == recurrence)?;
    let time = NaiveTime::parse_from_str(&time, "%H:%M").ok()?;
    let date = match date {
        Some(date) => Some(NaiveDate::parse_from_str(&date, "%Y-%m-%d").ok()?),
        None => None,
    };
    let weekday = match weekday {
        Some(day) => Some(Weekday::try_from(u8::try_from(day).ok()?).ok()?),
        None => None,
    };
    let warn = match warn {
        Some(secs) => Some(WarnPeriod::new(Duration::from_secs(u64::try_from(secs).ok()?)).ok()?),
        None => None,
    };
    let message = match message {
        Some(text) => Some(WarnMessage::parse(&text).ok()?),
        None => None,
    };
    let spec = NewSchedule {
        guild: guild as u64,
        server: ServerId::parse(&server).ok()?,
        action: action.parse::<PowerAction>().ok()?,
        timing: Timing::from_parts(recurrence, time, date, weekday)?,
        zone: Zone::parse(&zone).ok()?,
        warn,
        message,
        channel: channel as u64,
        made_by: made_by as u64,
        next_run: DateTime::from_timestamp_millis(next_run)?,
    };
    Some(Schedule { id, paused, spec })
}
