//! Next runs at fixed instants, across the 2026 changes of Europe/Berlin (29 March, 25
//! October) and America/New_York (8 March, 1 November).

use chrono::{DateTime, NaiveDate, NaiveTime, Utc, Weekday};

use super::*;

fn utc(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(text)
        .unwrap()
        .with_timezone(&Utc)
}

fn hm(text: &str) -> NaiveTime {
    NaiveTime::parse_from_str(text, "%H:%M").unwrap()
}

fn zone(name: &str) -> Zone {
    Zone::parse(name).unwrap()
}

fn daily(time: &str) -> Timing {
    Timing::Daily { time: hm(time) }
}

/// The runs of `timing` after `from`, `n` of them.
fn runs(timing: Timing, zone: Zone, from: &str, n: usize) -> Vec<DateTime<Utc>> {
    let mut at = utc(from);
    (0..n)
        .map(|_| {
            at = next_after(timing, zone, at);
            at
        })
        .collect()
}

#[test]
fn a_time_in_the_spring_gap_runs_shifted_by_the_gap() {
    let berlin = runs(
        daily("02:30"),
        zone("Europe/Berlin"),
        "2026-03-27T12:00:00Z",
        3,
    );
    // 01:30 CET, then 02:30 read with CET's offset (03:30 CEST), then 02:30 CEST.
    assert_eq!(
        berlin,
        [
            utc("2026-03-28T01:30:00Z"),
            utc("2026-03-29T01:30:00Z"),
            utc("2026-03-30T00:30:00Z")
        ]
    );
    let new_york = runs(
        daily("02:30"),
        zone("America/New_York"),
        "2026-03-07T12:00:00Z",
        2,
    );
    assert_eq!(
        new_york,
        [utc("2026-03-08T07:30:00Z"), utc("2026-03-09T06:30:00Z")]
    );
}

#[test]
fn a_time_in_the_autumn_fold_runs_once_at_its_first_occurrence() {
    let berlin = runs(
        daily("02:30"),
        zone("Europe/Berlin"),
        "2026-10-24T12:00:00Z",
        2,
    );
    // 02:30 CEST (00:30 UTC); not again at 02:30 CET (01:30 UTC) the same night.
    assert_eq!(
        berlin,
        [utc("2026-10-25T00:30:00Z"), utc("2026-10-26T01:30:00Z")]
    );
    let new_york = runs(
        daily("01:30"),
        zone("America/New_York"),
        "2026-10-31T12:00:00Z",
        2,
    );
    assert_eq!(
        new_york,
        [utc("2026-11-01T05:30:00Z"), utc("2026-11-02T06:30:00Z")]
    );
}

#[test]
fn a_daily_run_keeps_its_local_time_so_is_23_or_25_hours_after_the_last() {
    let berlin = zone("Europe/Berlin");
    let spring = runs(daily("09:00"), berlin, "2026-03-28T00:00:00Z", 2);
    assert_eq!(spring[1] - spring[0], chrono::Duration::hours(23));
    assert_eq!(spring[1], utc("2026-03-29T07:00:00Z"));
    let autumn = runs(daily("09:00"), berlin, "2026-10-24T00:00:00Z", 2);
    assert_eq!(autumn[1] - autumn[0], chrono::Duration::hours(25));
    let plain = runs(daily("09:00"), berlin, "2026-06-01T00:00:00Z", 2);
    assert_eq!(plain[1] - plain[0], chrono::Duration::hours(24));
}

#[test]
fn a_weekly_run_comes_on_its_weekday_and_through_a_gap() {
    let sundays = Timing::Weekly {
        weekday: Weekday::Sun,
        time: hm("02:30"),
    };
    let berlin = runs(sundays, zone("Europe/Berlin"), "2026-03-23T00:00:00Z", 2);
    assert_eq!(
        berlin,
        [utc("2026-03-29T01:30:00Z"), utc("2026-04-05T00:30:00Z")]
    );
    // Just after midnight UTC on Monday it is still Sunday evening in New York.
    let evenings = Timing::Weekly {
        weekday: Weekday::Sun,
        time: hm("21:00"),
    };
    let ny = runs(
        evenings,
        zone("America/New_York"),
        "2026-06-08T00:30:00Z",
        1,
    );
    assert_eq!(ny, [utc("2026-06-08T01:00:00Z")]);
}

#[test]
fn a_one_time_run_comes_once_and_never_again() {
    let once = Timing::Once {
        date: NaiveDate::from_ymd_opt(2026, 3, 29).unwrap(),
        time: hm("02:30"),
    };
    let berlin = zone("Europe/Berlin");
    let at = utc("2026-03-29T01:30:00Z");
    assert_eq!(
        next_run(once, berlin, utc("2026-03-01T00:00:00Z")),
        Some(at)
    );
    assert_eq!(next_run(once, berlin, at), None);
}

#[test]
fn timing_fills_in_the_date_or_weekday_of_the_next_occurrence() {
    // Wednesday 2 December 2026, 16:30 UTC.
    let now = utc("2026-12-02T16:30:00Z");
    let at = |text| At::parse(text).unwrap();
    let once = timing(at("04:00"), Recurrence::Once, None, Zone::UTC, now).unwrap();
    assert_eq!(once.date(), NaiveDate::from_ymd_opt(2026, 12, 3));
    let later_today = timing(at("18:00"), Recurrence::Weekly, None, Zone::UTC, now).unwrap();
    assert_eq!(later_today.weekday(), Some(Weekday::Wed));
    let tomorrow = timing(at("04:00"), Recurrence::Weekly, None, Zone::UTC, now).unwrap();
    assert_eq!(tomorrow.weekday(), Some(Weekday::Thu));
    let chosen = timing(
        at("04:00"),
        Recurrence::Weekly,
        Some(Weekday::Mon),
        Zone::UTC,
        now,
    );
    assert_eq!(chosen.unwrap().weekday(), Some(Weekday::Mon));
    // In Tokyo (UTC+9) it is already 01:30 on Thursday.
    let tokyo = timing(at("04:00"), Recurrence::Once, None, zone("Asia/Tokyo"), now).unwrap();
    assert_eq!(tokyo.date(), NaiveDate::from_ymd_opt(2026, 12, 3));
}

#[test]
fn timing_refuses_a_past_moment_a_date_that_repeats_and_a_stray_weekday() {
    let now = utc("2026-12-02T16:30:00Z");
    let at = |text| At::parse(text).unwrap();
    let past = timing(
        at("2026-12-02 16:00"),
        Recurrence::Once,
        None,
        Zone::UTC,
        now,
    );
    assert_eq!(past, Err(InvalidTiming::InPast));
    let dated = timing(
        at("2026-12-24 18:00"),
        Recurrence::Daily,
        None,
        Zone::UTC,
        now,
    );
    assert_eq!(dated, Err(InvalidTiming::DateNeedsOnce));
    let stray = timing(
        at("18:00"),
        Recurrence::Daily,
        Some(Weekday::Mon),
        Zone::UTC,
        now,
    );
    assert_eq!(stray, Err(InvalidTiming::WeekdayNeedsWeekly));
    let future = timing(
        at("2026-12-24 18:00"),
        Recurrence::Once,
        None,
        Zone::UTC,
        now,
    );
    assert!(future.is_ok());
}
