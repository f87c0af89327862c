//! `/schedule`'s sentences: confirmations, the list, and every refusal.

use chrono::{DateTime, Utc, Weekday};

use crate::domain::{
    InvalidAt, InvalidTiming, InvalidWarnMessage, InvalidWarnPeriod, MAX_MESSAGE_CHARS,
    NewSchedule, Schedule, Timing, WarnPeriod, Zone,
};
use crate::schedule::Resumed;

use super::{DISCORD_MESSAGE_LIMIT, code, length, named};

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
pub fn schedule_added(id: i64, new: &NewSchedule, name: Option<&str>, zone: ZoneFrom) -> String {
    let zone_note = match zone {
        ZoneFrom::Typed | ZoneFrom::Guild => String::new(),
        ZoneFrom::NeverSet => "\nTimes are in UTC: this server has no time zone set. An admin \
             can set one with `/schedule timezone`."
            .to_owned(),
    };
    format!(
        "🗓️ Schedule `#{id}` added: **{}** {} {}{}. First run {}.{zone_note}",
        new.action,
        named(new.server.as_str(), name),
        when(new.timing, new.zone),
        warning(new.warn),
        timestamp(new.next_run),
    )
}

/// Every schedule of the guild, cut to fit one message.
pub fn schedule_list(schedules: &[Schedule]) -> String {
    if schedules.is_empty() {
        return "No schedules yet. Add one with `/schedule add`.".to_owned();
    }
    let mut text = format!("**Schedules** ({}):", schedules.len());
    for (shown, schedule) in schedules.iter().enumerate() {
        let line = format!("\n{}", line(schedule));
        let more = format!("\n…and {} more.", schedules.len() - shown);
        if length(&text) + length(&line) + length(&more) + 20 > DISCORD_MESSAGE_LIMIT {
            text.push_str(&more);
            break;
        }
        text.push_str(&line);
    }
    text
}

fn line(schedule: &Schedule) -> String {
    let spec = &schedule.spec;
    let state = if schedule.paused {
        "⏸️ paused".to_owned()
    } else {
        format!("next {}", timestamp(spec.next_run))
    };
    format!(
        "`#{}` **{}** {} {}{} · {state}",
        schedule.id,
        spec.action,
        code(spec.server.as_str()),
        when(spec.timing, spec.zone),
        warning(spec.warn),
    )
}

pub fn schedule_removed(removed: Option<&Schedule>, id: i64) -> String {
    match removed {
        Some(schedule) => format!("Removed schedule {}.", line(schedule)),
        None => not_found(id),
    }
}

pub fn schedule_paused(paused: Option<&Schedule>, id: i64) -> String {
    match paused {
        Some(schedule) => {
            format!("Paused schedule `#{id}`: nothing runs until `/schedule resume id:{id}`.")
                + &format!("\n{}", line(schedule))
        }
        None => not_found(id),
    }
}

pub fn schedule_resumed(resumed: &Resumed, id: i64) -> String {
    match resumed {
        Resumed::Resumed(schedule) => format!(
            "Resumed schedule `#{id}`; next run {}.",
            timestamp(schedule.spec.next_run)
        ),
        Resumed::Passed(_) => format!(
            "Schedule `#{id}` ran once only, and its moment passed while it was paused, so it \
             stays paused. Remove it with `/schedule remove id:{id}`."
        ),
        Resumed::NotFound => not_found(id),
    }
}

pub fn schedule_invalid_id(typed: &str) -> String {
    format!(
        "{} is not a schedule number; `/schedule list` shows them, like `#3`.",
        code(typed)
    )
}

fn not_found(id: i64) -> String {
    format!("This server has no schedule `#{id}`; `/schedule list` shows them.")
}

pub fn schedule_zone_set(zone: Zone) -> String {
    format!(
        "Schedules added from now on without `timezone:` use **{}**. Existing schedules keep \
         their time zone.",
        code(zone.name())
    )
}

pub fn schedule_cap(cap: i64) -> String {
    format!(
        "This server already has {cap} schedules, the most it may have. Remove one with \
         `/schedule remove` first."
    )
}

pub fn schedule_invalid_at(reason: InvalidAt) -> String {
    let why = match reason {
        InvalidAt::Unreadable => "is not a time the bot can read",
        InvalidAt::NoSuchMoment => "is not a real time or date",
    };
    format!(
        "That `at:` {why}. Type a 24-hour time like `04:00`, or a date and time like \
         `2026-12-24 18:00` for a one-time run."
    )
}

pub fn schedule_invalid_timing(reason: InvalidTiming) -> String {
    match reason {
        InvalidTiming::DateNeedsOnce => "A date in `at:` is only for `every:once`; for a \
             daily or weekly schedule type just the time, like `04:00`."
            .to_owned(),
        InvalidTiming::WeekdayNeedsWeekly => "`weekday:` is only for `every:weekly`.".to_owned(),
        InvalidTiming::InPast => "That moment has already passed; pick a later one.".to_owned(),
    }
}

pub fn schedule_invalid_zone(typed: &str) -> String {
    format!(
        "{} is not a time zone the bot knows. Pick one from the list, an IANA name like \
         `Europe/Berlin` or `America/New_York`.",
        code(typed)
    )
}

pub fn schedule_warn_on_start() -> String {
    "A scheduled **start** gets no warning (nobody is playing on a stopped server): leave out \
     `warn:` and `message:`."
        .to_owned()
}

pub fn schedule_message_needs_warn() -> String {
    "`message:` is shown with the warning, so it needs `warn:` too (for example `warn:10m`)."
        .to_owned()
}

pub fn schedule_invalid_warn(reason: InvalidWarnPeriod) -> String {
    let why = match reason {
        InvalidWarnPeriod::Unreadable => "is not a duration like `10m`, `90s` or `1h`",
        InvalidWarnPeriod::TooShort => "is shorter than 5 seconds",
        InvalidWarnPeriod::TooLong => "is longer than 1 hour",
    };
    format!("That `warn:` {why}.")
}

pub fn schedule_invalid_message(reason: InvalidWarnMessage) -> String {
    let why = match reason {
        InvalidWarnMessage::TooLong => format!("is longer than {MAX_MESSAGE_CHARS} characters"),
        InvalidWarnMessage::HiddenCharacter => {
            "holds a line break or an invisible character".to_owned()
        }
        InvalidWarnMessage::Empty => "is empty".to_owned(),
    };
    format!("That `message:` {why}; it must be one line of text.")
}

/// "daily at 04:00 (Europe/Berlin)".
fn when(timing: Timing, zone: Zone) -> String {
    let time = timing.time().format("%H:%M");
    let zone = code(zone.name());
    match timing {
        Timing::Once { date, .. } => {
            format!("once, on {} at {time} ({zone})", date.format("%Y-%m-%d"))
        }
        Timing::Daily { .. } => format!("daily at {time} ({zone})"),
        Timing::Weekly { weekday, .. } => {
            format!("every {} at {time} ({zone})", day_name(weekday))
        }
    }
}

fn day_name(day: Weekday) -> &'static str {
    match day {
        Weekday::Mon => "Monday",
        Weekday::Tue => "Tuesday",
        Weekday::Wed => "Wednesday",
        Weekday::Thu => "Thursday",
        Weekday::Fri => "Friday",
        Weekday::Sat => "Saturday",
        Weekday::Sun => "Sunday",
    }
}

/// ", warned 10m before" or nothing.
fn warning(warn: Option<WarnPeriod>) -> String {
    let Some(warn) = warn else {
        return String::new();
    };
    let secs = warn.as_secs();
    let period = match (secs / 60, secs % 60) {
        (0, s) => format!("{s}s"),
        (m, 0) => format!("{m}m"),
        (m, s) => format!("{m}m{s}s"),
    };
    format!(", players warned {period} before")
}

/// A Discord timestamp: the full date and time in each reader's own time zone, and how far
/// off it is.
fn timestamp(at: DateTime<Utc>) -> String {
    let unix = at.timestamp();
    format!("<t:{unix}:F> (<t:{unix}:R>)")
}
