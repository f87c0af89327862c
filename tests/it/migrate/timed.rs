//! The timed tables in the copy: schedules (their IDs kept, since members name them by
//! number), guild time zones, and countdowns under way (which the bot picks up at its next
//! start on PostgreSQL).

use chrono::{DateTime, NaiveDate, NaiveTime, Utc, Weekday};
use heo_bot::domain::{
    NewSchedule, PowerAction, Schedule, ServerId, Timing, WarnMessage, WarnPeriod, Zone,
};
use heo_bot::store::{Store, StoredCountdown};

use super::{ADMIN, CHANNEL, GUILD_A, GUILD_B};

/// The schedule added and removed before the copy: no later schedule may get its ID.
pub(super) const REMOVED_ID: i64 = 3;
const BERLIN: &str = "Europe/Berlin";

fn at(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(text)
        .unwrap()
        .with_timezone(&Utc)
}

/// A daily stop of `srv_a` in guild A, and a weekly warned restart of `srv_c` in guild B.
fn new_schedules() -> [NewSchedule; 2] {
    let daily = NewSchedule {
        guild: GUILD_A,
        server: ServerId::parse("srv_a").unwrap(),
        action: PowerAction::Stop,
        timing: Timing::Daily {
            time: NaiveTime::from_hms_opt(23, 30, 0).unwrap(),
        },
        zone: Zone::UTC,
        warn: None,
        message: None,
        channel: CHANNEL,
        made_by: ADMIN,
        next_run: at("2026-12-03T23:30:00Z"),
    };
    let weekly = NewSchedule {
        guild: GUILD_B,
        server: ServerId::parse("srv_c").unwrap(),
        action: PowerAction::Restart,
        timing: Timing::Weekly {
            weekday: Weekday::Sun,
            time: NaiveTime::from_hms_opt(4, 15, 0).unwrap(),
        },
        zone: Zone::parse(BERLIN).unwrap(),
        warn: Some(WarnPeriod::new(std::time::Duration::from_secs(300)).unwrap()),
        message: Some(WarnMessage::parse("weekly restart, back in a minute").unwrap()),
        channel: CHANNEL,
        made_by: ADMIN,
        next_run: at("2026-12-06T03:15:00Z"),
    };
    [daily, weekly]
}

/// What [`fill`] leaves in guild `guild`'s schedule list: the daily one paused.
pub(super) fn expected_schedules(guild: u64) -> Vec<Schedule> {
    let [daily, weekly] = new_schedules();
    let all = [
        Schedule {
            id: 1,
            paused: true,
            spec: daily,
        },
        Schedule {
            id: 2,
            paused: false,
            spec: weekly,
        },
    ];
    all.into_iter().filter(|s| s.spec.guild == guild).collect()
}

/// The countdowns under way that [`fill`] leaves: guild B's scheduled one, its action being
/// sent, and guild A's begun from a panel's button, still waiting.
pub(super) fn expected_countdowns() -> [StoredCountdown; 2] {
    let scheduled = StoredCountdown {
        id: 1,
        guild: GUILD_B,
        server: "srv_c".to_owned(),
        name: Some("Charlie".to_owned()),
        action: "restart".to_owned(),
        member: ADMIN,
        schedule: Some(2),
        channel: CHANNEL,
        message: Some(4_444_444_444_444_444_444),
        action_at_ms: 1_765_000_000_000,
        warn_secs: 300,
        text: Some("weekly restart, back in a minute".to_owned()),
        template: "say {message}".to_owned(),
        sending: true,
        panel: None,
    };
    let from_panel = StoredCountdown {
        id: 2,
        guild: GUILD_A,
        server: "srv_a".to_owned(),
        name: Some("Alpha".to_owned()),
        action: "stop".to_owned(),
        member: ADMIN,
        schedule: None,
        message: None,
        warn_secs: 60,
        text: None,
        sending: false,
        panel: Some(super::panels::PANEL.to_owned()),
        ..scheduled.clone()
    };
    [scheduled, from_panel]
}

/// Adds the schedules, guild B's time zone and the countdowns to the SQLite `store`.
pub(super) async fn fill(store: &Store) {
    let [daily, weekly] = new_schedules();
    for new in [&daily, &weekly, &daily] {
        store.add_schedule(new, 25).await.unwrap().unwrap();
    }
    store.remove_schedule(GUILD_A, REMOVED_ID).await.unwrap();
    store.pause_schedule(GUILD_A, 1).await.unwrap().unwrap();
    let zone = Zone::parse(BERLIN).unwrap();
    store.set_guild_zone(GUILD_B, zone, ADMIN).await.unwrap();
    let [scheduled, from_panel] = expected_countdowns();
    let id = store.insert_countdown(&scheduled).await.unwrap().unwrap();
    let message = scheduled.message.unwrap();
    store.set_countdown_message(id, message).await.unwrap();
    assert!(store.start_sending_countdown(id).await.unwrap());
    store.insert_countdown(&from_panel).await.unwrap().unwrap();
}

/// Fails unless `store` (the PostgreSQL copy) reads back what [`fill`] wrote.
pub(super) async fn assert_copied(store: &Store) {
    for guild in [GUILD_A, GUILD_B] {
        let schedules = store.schedules(guild).await.unwrap();
        assert_eq!(schedules, expected_schedules(guild), "guild {guild}");
    }
    let zone = store.guild_zone(GUILD_B).await.unwrap();
    assert_eq!(zone.map(Zone::name), Some(BERLIN));
    assert_eq!(store.guild_zone(GUILD_A).await.unwrap(), None);
    assert_eq!(store.countdowns().await.unwrap(), expected_countdowns());
}

/// Fails unless new schedules and countdowns on the copy get IDs after the copied ones
/// (and after the schedule removed before the copy).
pub(super) async fn assert_new_ids_follow(store: &Store) {
    let mut once = new_schedules()[0].clone();
    once.timing = Timing::Once {
        date: NaiveDate::from_ymd_opt(2026, 12, 24).unwrap(),
        time: NaiveTime::from_hms_opt(18, 0, 0).unwrap(),
    };
    let id = store.add_schedule(&once, 25).await.unwrap().unwrap();
    assert!(
        id > REMOVED_ID,
        "schedule {id} reuses a copied or removed ID"
    );
    let [mut countdown, last] = expected_countdowns();
    countdown.server = "srv_b".to_owned();
    let id = store.insert_countdown(&countdown).await.unwrap().unwrap();
    assert!(id > last.id, "countdown {id} reuses a copied ID");
}
