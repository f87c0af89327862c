//! When a schedule runs next: a pure function of its timing, its zone and the moment after
//! which to look.
//!
//! Daylight saving time follows RFC 5545 (iCalendar): a local time that does not exist that
//! day (the spring-forward gap) runs at the same clock reading shifted by the gap's length
//! (02:30 in Europe/Berlin on 2026-03-29 runs at 03:30 CEST); a local time that exists twice
//! (the autumn fold) runs once, at its first occurrence. A daily run stays at its local time
//! across a change, so two runs are then 23 or 25 hours apart.

use chrono::{DateTime, Datelike, Days, NaiveDate, NaiveDateTime, Offset, TimeZone, Utc, Weekday};
use chrono::{LocalResult, NaiveTime};

use super::{At, Recurrence, Timing, Zone};

/// Why `at:`, `every:` and `weekday:` do not make a schedule together.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum InvalidTiming {
    /// A date in `at:` with `every:daily` or `every:weekly`: a date is for one-time runs.
    #[error("a date is only for a one-time schedule")]
    DateNeedsOnce,
    /// `weekday:` without `every:weekly`.
    #[error("a weekday is only for a weekly schedule")]
    WeekdayNeedsWeekly,
    /// A one-time run at a moment already past.
    #[error("the moment has passed")]
    InPast,
}

/// The timing `/schedule add` asked for, at `now`: a one-time run without a date runs at the
/// next occurrence of its time (today or tomorrow); a weekly one without a weekday runs on
/// the weekday of that same next occurrence.
pub fn timing(
    at: At,
    every: Recurrence,
    weekday: Option<Weekday>,
    zone: Zone,
    now: DateTime<Utc>,
) -> Result<Timing, InvalidTiming> {
    if weekday.is_some() && every != Recurrence::Weekly {
        return Err(InvalidTiming::WeekdayNeedsWeekly);
    }
    let time = at.time;
    let next_date = || {
        let daily = next_after(Timing::Daily { time }, zone, now);
        daily.with_timezone(&zone.tz()).date_naive()
    };
    match (every, at.date) {
        (Recurrence::Once, Some(date)) => {
            let once = Timing::Once { date, time };
            if local(zone, date, time) <= now {
                return Err(InvalidTiming::InPast);
            }
            Ok(once)
        }
        (Recurrence::Once, None) => Ok(Timing::Once {
            date: next_date(),
            time,
        }),
        (Recurrence::Daily | Recurrence::Weekly, Some(_)) => Err(InvalidTiming::DateNeedsOnce),
        (Recurrence::Daily, None) => Ok(Timing::Daily { time }),
        (Recurrence::Weekly, None) => Ok(Timing::Weekly {
            weekday: weekday.unwrap_or_else(|| next_date().weekday()),
            time,
        }),
    }
}

/// The first run of `timing` in `zone` strictly after `after`; `None` for a one-time run
/// whose moment is not after it.
pub fn next_run(timing: Timing, zone: Zone, after: DateTime<Utc>) -> Option<DateTime<Utc>> {
    match timing {
        Timing::Once { date, time } => Some(local(zone, date, time)).filter(|at| *at > after),
        Timing::Daily { .. } | Timing::Weekly { .. } => Some(next_after(timing, zone, after)),
    }
}

/// The first run of a daily or weekly `timing` strictly after `after` (a one-time timing is
/// taken as daily).
pub fn next_after(timing: Timing, zone: Zone, after: DateTime<Utc>) -> DateTime<Utc> {
    let today = after.with_timezone(&zone.tz()).date_naive();
    // A day before `after`'s local date too: near midnight, a zone's date can lag UTC's.
    (0..=8)
        .filter_map(|day| {
            today
                .checked_sub_days(Days::new(1))?
                .checked_add_days(Days::new(day))
        })
        .filter(|date| match timing.weekday() {
            Some(weekday) => date.weekday() == weekday,
            None => true,
        })
        .map(|date| local(zone, date, timing.time()))
        .find(|at| *at > after)
        .expect("a weekday comes round within eight days")
}

/// The instant the wall clock of `zone` reads `time` on `date`, by RFC 5545's rule for the
/// readings a change of offset skips or repeats.
fn local(zone: Zone, date: NaiveDate, time: NaiveTime) -> DateTime<Utc> {
    let reading = NaiveDateTime::new(date, time);
    match zone.tz().from_local_datetime(&reading) {
        LocalResult::Single(at) => at.with_timezone(&Utc),
        LocalResult::Ambiguous(first, _) => first.with_timezone(&Utc),
        LocalResult::None => {
            // In the gap: read with the offset in force before it. A day earlier is before
            // the gap; no zone changes its offset twice within a day.
            let before = reading - chrono::Duration::days(1);
            let offset = zone.tz().offset_from_utc_datetime(&before).fix();
            Utc.from_utc_datetime(&(reading - offset))
        }
    }
}

#[cfg(test)]
#[path = "next_run_tests.rs"]
mod tests;
