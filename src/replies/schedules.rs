//! `/schedule`'s sentences: confirmations, the list, and every refusal.

use chrono::{DateTime, Utc, Weekday};

use crate::domain::{
    InvalidAt, InvalidTiming, InvalidWarnMessage, InvalidWarnPeriod, MAX_MESSAGE_CHARS,
    NewSchedule, Schedule, Timing, WarnPeriod, Zone,
};
use crate::i18n::Lang;
use crate::schedule::Resumed;
use crate::t;

use super::warnings::{message_reason, warn_reason};
use super::{DISCORD_MESSAGE_LIMIT, code, length, named, noun};

/// Where a new schedule's time zone came from, for the add reply.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ZoneFrom {
    /// `timezone:` was given.
    Typed,
    /// The guild's `/schedule timezone`.
    Guild,
    /// Neither: UTC.
    NeverSet,
}

/// The public confirmation: what runs, when, and when first.
pub fn schedule_added(
    lang: Lang,
    id: i64,
    new: &NewSchedule,
    name: Option<&str>,
    zone: ZoneFrom,
) -> String {
    let (next_at, next_in) = timestamps(new.next_run);
    let added = t!(
        lang,
        "schedule-added",
        schedule = number(id),
        action = noun(lang, new.action),
        server = named(new.server.as_str(), name),
        when = when(lang, new.timing, new.zone, new.warn),
        next_at = next_at,
        next_in = next_in,
    );
    match zone {
        ZoneFrom::Typed | ZoneFrom::Guild => added,
        ZoneFrom::NeverSet => format!("{added}\n{}", t!(lang, "schedule-zone-never-set")),
    }
}

/// Every schedule of the guild, cut to fit one message.
pub fn schedule_list(lang: Lang, schedules: &[Schedule]) -> String {
    if schedules.is_empty() {
        return t!(lang, "schedule-list-empty");
    }
    let mut text = t!(lang, "schedule-list-header", count = schedules.len());
    for (shown, schedule) in schedules.iter().enumerate() {
        let line = format!("\n{}", line(lang, schedule));
        let left = schedules.len() - shown;
        let more = format!("\n{}", t!(lang, "schedule-list-more", count = left));
        if length(&text) + length(&line) + length(&more) + 20 > DISCORD_MESSAGE_LIMIT {
            text.push_str(&more);
            break;
        }
        text.push_str(&line);
    }
    text
}

/// One schedule as the list shows it.
fn line(lang: Lang, schedule: &Schedule) -> String {
    let spec = &schedule.spec;
    let (schedule_id, action) = (number(schedule.id), noun(lang, spec.action));
    let server = code(spec.server.as_str());
    let when = when(lang, spec.timing, spec.zone, spec.warn);
    if schedule.paused {
        return t!(
            lang,
            "schedule-line-paused",
            schedule = schedule_id,
            action = action,
            server = server,
            when = when,
        );
    }
    let (next_at, next_in) = timestamps(spec.next_run);
    t!(
        lang,
        "schedule-line-next",
        schedule = schedule_id,
        action = action,
        server = server,
        when = when,
        next_at = next_at,
        next_in = next_in,
    )
}

pub fn schedule_removed(lang: Lang, removed: Option<&Schedule>, id: i64) -> String {
    match removed {
        Some(schedule) => t!(lang, "schedule-removed", line = line(lang, schedule)),
        None => not_found(lang, id),
    }
}

pub fn schedule_paused(lang: Lang, paused: Option<&Schedule>, id: i64) -> String {
    match paused {
        Some(schedule) => t!(
            lang,
            "schedule-paused",
            schedule = number(id),
            id = id.to_string(),
            line = line(lang, schedule),
        ),
        None => not_found(lang, id),
    }
}

pub fn schedule_resumed(lang: Lang, resumed: &Resumed, id: i64) -> String {
    match resumed {
        Resumed::Resumed(schedule) => {
            let (next_at, next_in) = timestamps(schedule.spec.next_run);
            t!(
                lang,
                "schedule-resumed",
                schedule = number(id),
                next_at = next_at,
                next_in = next_in,
            )
        }
        Resumed::Passed(_) => t!(
            lang,
            "schedule-resume-passed",
            schedule = number(id),
            id = id.to_string(),
        ),
        Resumed::NotFound => not_found(lang, id),
    }
}

pub fn schedule_invalid_id(lang: Lang, typed: &str) -> String {
    t!(lang, "schedule-invalid-id", typed = code(typed))
}

fn not_found(lang: Lang, id: i64) -> String {
    t!(lang, "schedule-not-found", schedule = number(id))
}

pub fn schedule_zone_set(lang: Lang, zone: Zone) -> String {
    t!(lang, "schedule-zone-set", zone = code(zone.name()))
}

pub fn schedule_cap(lang: Lang, cap: i64) -> String {
    t!(lang, "schedule-cap", cap = cap)
}

pub fn schedule_invalid_at(lang: Lang, reason: InvalidAt) -> String {
    let reason = match reason {
        InvalidAt::Unreadable => "unreadable",
        InvalidAt::NoSuchMoment => "no-such-moment",
    };
    t!(lang, "schedule-invalid-at", reason = reason)
}

pub fn schedule_invalid_timing(lang: Lang, reason: InvalidTiming) -> String {
    match reason {
        InvalidTiming::DateNeedsOnce => t!(lang, "schedule-date-needs-once"),
        InvalidTiming::WeekdayNeedsWeekly => t!(lang, "schedule-weekday-needs-weekly"),
        InvalidTiming::InPast => t!(lang, "schedule-in-past"),
    }
}

pub fn schedule_invalid_zone(lang: Lang, typed: &str) -> String {
    t!(lang, "schedule-invalid-zone", typed = code(typed))
}

pub fn schedule_warn_on_start(lang: Lang) -> String {
    t!(lang, "schedule-warn-on-start")
}

pub fn schedule_message_needs_warn(lang: Lang) -> String {
    t!(lang, "schedule-message-needs-warn")
}

pub fn schedule_invalid_warn(lang: Lang, reason: InvalidWarnPeriod) -> String {
    t!(lang, "schedule-invalid-warn", reason = warn_reason(reason))
}

pub fn schedule_invalid_message(lang: Lang, reason: InvalidWarnMessage) -> String {
    t!(
        lang,
        "schedule-invalid-message",
        reason = message_reason(reason),
        max = MAX_MESSAGE_CHARS,
    )
}

/// "daily at 04:00 (`Europe/Berlin`)", then ", players warned 10m before" if warned.
fn when(lang: Lang, timing: Timing, zone: Zone, warn: Option<WarnPeriod>) -> String {
    let time = timing.time().format("%H:%M").to_string();
    let zone = code(zone.name());
    let when = match timing {
        Timing::Once { date, .. } => t!(
            lang,
            "schedule-when-once",
            date = date.format("%Y-%m-%d").to_string(),
            time = time,
            zone = zone,
        ),
        Timing::Daily { .. } => t!(lang, "schedule-when-daily", time = time, zone = zone),
        Timing::Weekly { weekday, .. } => t!(
            lang,
            "schedule-when-weekly",
            weekday = day_key(weekday),
            time = time,
            zone = zone,
        ),
    };
    match warn {
        Some(warn) => format!("{when}, {}", warning(lang, warn)),
        None => when,
    }
}

/// The weekday as `schedule-when-weekly` selects it.
fn day_key(day: Weekday) -> &'static str {
    match day {
        Weekday::Mon => "monday",
        Weekday::Tue => "tuesday",
        Weekday::Wed => "wednesday",
        Weekday::Thu => "thursday",
        Weekday::Fri => "friday",
        Weekday::Sat => "saturday",
        Weekday::Sun => "sunday",
    }
}

/// "players warned 10m before": the period as `warn:` takes it.
fn warning(lang: Lang, warn: WarnPeriod) -> String {
    let secs = warn.as_secs();
    let period = match (secs / 60, secs % 60) {
        (0, s) => format!("{s}s"),
        (m, 0) => format!("{m}m"),
        (m, s) => format!("{m}m{s}s"),
    };
    t!(lang, "schedule-warned", period = period)
}

/// A schedule's number as the list shows it: `#3`.
fn number(id: i64) -> String {
    format!("`#{id}`")
}

/// Discord timestamps of `at`: the full date and time, and how far off it is, each in the
/// reader's own language and time zone.
fn timestamps(at: DateTime<Utc>) -> (String, String) {
    let unix = at.timestamp();
    (format!("<t:{unix}:F>"), super::timestamp(unix))
}
