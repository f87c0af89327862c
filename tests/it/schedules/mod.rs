//! Schedules in the store, on both databases; the scheduler's loop is in `scheduler`.

mod scheduler;

use chrono::{DateTime, NaiveTime, Utc};
use heo_bot::domain::{NewSchedule, PowerAction, ServerId, Timing, WarnPeriod, Zone};
use heo_bot::store::ShardSpan;

const GUILD_A: u64 = 1_111_111_111_111_111_111;
const GUILD_B: u64 = 2_222_222_222_222_222_222;
const ADMIN: u64 = 9_000_000_000_000_000_001;
const CHANNEL: u64 = 5_000_000_000_000_000_005;
/// One process running the only shard: every guild.
const ALL: ShardSpan = ShardSpan {
    first: 0,
    last: 0,
    total: 1,
};

fn utc(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(text)
        .unwrap()
        .with_timezone(&Utc)
}

/// A daily restart of `srv_1` at 04:00 UTC in `guild`, next at `next_run`.
fn daily(guild: u64, next_run: &str) -> NewSchedule {
    NewSchedule {
        guild,
        server: ServerId::parse("srv_1").unwrap(),
        action: PowerAction::Restart,
        timing: Timing::Daily {
            time: NaiveTime::from_hms_opt(4, 0, 0).unwrap(),
        },
        zone: Zone::UTC,
        warn: None,
        message: None,
        channel: CHANNEL,
        made_by: ADMIN,
        next_run: utc(next_run),
    }
}

fn warned(mut new: NewSchedule, secs: u64) -> NewSchedule {
    new.warn = Some(WarnPeriod::new(std::time::Duration::from_secs(secs)).unwrap());
    new.message = Some(heo_bot::domain::WarnMessage::parse("back soon").unwrap());
    new
}

crate::on_both_databases! {
    async fn a_schedule_reads_back_as_added_and_only_in_its_guild(store) {
        let new = warned(daily(GUILD_A, "2026-12-03T04:00:00Z"), 600);
        let id = store.add_schedule(&new, 25).await.unwrap().expect("under the cap");
        let listed = store.schedules(GUILD_A).await.unwrap();
        assert_eq!(listed.len(), 1);
        assert_eq!((listed[0].id, listed[0].paused), (id, false));
        assert_eq!(listed[0].spec, new);
        assert_eq!(store.schedule(GUILD_A, id).await.unwrap(), Some(listed[0].clone()));
        assert!(store.schedules(GUILD_B).await.unwrap().is_empty());
        assert_eq!(store.schedule(GUILD_B, id).await.unwrap(), None);
        assert_eq!(store.remove_schedule(GUILD_B, id).await.unwrap(), None);
        assert_eq!(store.pause_schedule(GUILD_B, id).await.unwrap(), None);
    }
}

crate::on_both_databases! {
    async fn the_cap_refuses_a_guilds_schedule_past_it_and_no_other_guilds(store) {
        for _ in 0..2 {
            assert!(store.add_schedule(&daily(GUILD_A, "2026-12-03T04:00:00Z"), 2).await.unwrap().is_some());
        }
        assert_eq!(store.add_schedule(&daily(GUILD_A, "2026-12-03T04:00:00Z"), 2).await.unwrap(), None);
        assert!(store.add_schedule(&daily(GUILD_B, "2026-12-03T04:00:00Z"), 2).await.unwrap().is_some());
        assert_eq!(store.schedules(GUILD_A).await.unwrap().len(), 2);
    }
}

crate::on_both_databases! {
    async fn a_paused_schedule_is_never_due_and_resuming_sets_its_next_run(store) {
        let id = store.add_schedule(&daily(GUILD_A, "2026-12-03T04:00:00Z"), 25).await.unwrap().unwrap();
        let paused = store.pause_schedule(GUILD_A, id).await.unwrap().unwrap();
        assert!(paused.paused);
        assert!(store.due_schedules(utc("2026-12-09T00:00:00Z"), ALL).await.unwrap().is_empty());
        assert_eq!(store.next_due(ALL).await.unwrap(), None);
        let at = utc("2026-12-10T04:00:00Z");
        let resumed = store.resume_schedule(GUILD_A, id, at).await.unwrap().unwrap();
        assert!(!resumed.paused);
        assert_eq!(resumed.spec.next_run, at);
        assert_eq!(store.next_due(ALL).await.unwrap(), Some(at));
        let removed = store.remove_schedule(GUILD_A, id).await.unwrap();
        assert_eq!(removed.map(|s| s.id), Some(id));
        assert_eq!(store.remove_schedule(GUILD_A, id).await.unwrap(), None);
    }
}

crate::on_both_databases! {
    async fn a_warned_run_is_due_its_warning_early_and_claimed_only_once(store) {
        let new = warned(daily(GUILD_A, "2026-12-03T04:00:00Z"), 600);
        let id = store.add_schedule(&new, 25).await.unwrap().unwrap();
        assert_eq!(store.next_due(ALL).await.unwrap(), Some(utc("2026-12-03T03:50:00Z")));
        assert!(store.due_schedules(utc("2026-12-03T03:49:59Z"), ALL).await.unwrap().is_empty());
        let due = store.due_schedules(utc("2026-12-03T03:50:00Z"), ALL).await.unwrap();
        assert_eq!(due.iter().map(|s| s.id).collect::<Vec<_>>(), [id]);
        let (old, next) = (new.next_run, Some(utc("2026-12-04T04:00:00Z")));
        assert!(store.claim_run(id, old, next).await.unwrap());
        assert!(!store.claim_run(id, old, next).await.unwrap(), "claimed already");
        // A one-time schedule is claimed by deleting it.
        assert!(store.claim_run(id, next.unwrap(), None).await.unwrap());
        assert!(store.schedules(GUILD_A).await.unwrap().is_empty());
    }
}

crate::on_both_databases! {
    async fn only_the_schedules_of_a_process_s_own_shards_are_due_to_it(store) {
        // Discord's rule: shard = (guild_id >> 22) % shard count.
        let shard = |guild: u64| ((guild >> 22) % 2) as i64;
        let (on_0, on_1) = (4_194_304 * 2, 4_194_304 * 3);
        assert_eq!((shard(on_0), shard(on_1)), (0, 1));
        let at = "2026-12-03T04:00:00Z";
        let first = store.add_schedule(&daily(on_0, at), 25).await.unwrap().unwrap();
        let second = store.add_schedule(&daily(on_1, at), 25).await.unwrap().unwrap();
        let span = |n| ShardSpan { first: n, last: n, total: 2 };
        let now = utc("2026-12-03T04:00:00Z");
        let ids = |due: Vec<heo_bot::domain::Schedule>| due.iter().map(|s| s.id).collect::<Vec<_>>();
        assert_eq!(ids(store.due_schedules(now, span(0)).await.unwrap()), [first]);
        assert_eq!(ids(store.due_schedules(now, span(1)).await.unwrap()), [second]);
        let both = ShardSpan { first: 0, last: 1, total: 2 };
        assert_eq!(ids(store.due_schedules(now, both).await.unwrap()), [first, second]);
        assert_eq!(store.next_due(span(1)).await.unwrap(), Some(now));
        store.claim_run(second, now, None).await.unwrap();
        assert_eq!(store.next_due(span(1)).await.unwrap(), None);
    }
}

crate::on_both_databases! {
    async fn the_guild_zone_is_unset_until_chosen_and_then_replaced(store) {
        assert_eq!(store.guild_zone(GUILD_A).await.unwrap(), None);
        let berlin = Zone::parse("Europe/Berlin").unwrap();
        store.set_guild_zone(GUILD_A, berlin, ADMIN).await.unwrap();
        assert_eq!(store.guild_zone(GUILD_A).await.unwrap(), Some(berlin));
        let tokyo = Zone::parse("Asia/Tokyo").unwrap();
        store.set_guild_zone(GUILD_A, tokyo, ADMIN).await.unwrap();
        assert_eq!(store.guild_zone(GUILD_A).await.unwrap(), Some(tokyo));
        assert_eq!(store.guild_zone(GUILD_B).await.unwrap(), None);
    }
}

crate::on_both_databases! {
    async fn forgetting_a_guild_deletes_its_schedules_and_zone_only(store) {
        store.add_schedule(&daily(GUILD_A, "2026-12-03T04:00:00Z"), 25).await.unwrap();
        store.add_schedule(&daily(GUILD_B, "2026-12-03T04:00:00Z"), 25).await.unwrap();
        store.set_guild_zone(GUILD_A, Zone::UTC, ADMIN).await.unwrap();
        store.forget_guild(GUILD_A).await.unwrap();
        assert!(store.schedules(GUILD_A).await.unwrap().is_empty());
        assert_eq!(store.guild_zone(GUILD_A).await.unwrap(), None);
        assert_eq!(store.schedules(GUILD_B).await.unwrap().len(), 1);
    }
}
