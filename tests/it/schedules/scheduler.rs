//! The scheduler's loop on a real database and a driven clock: each run is handed on once,
//! at its moment (a warned one its warning early), a run missed while the bot was down is
//! reported once, and two schedulers on one database share the runs without doubling any.

use std::collections::HashSet;
use std::time::Duration;

use heo_bot::clock::{Clock, DrivenClock};
use heo_bot::schedule::{DueRun, spawn};
use heo_bot::store::Store;
use tokio::sync::mpsc;
use tokio::task::JoinHandle;

use super::{CHANNEL, GUILD_A, daily, utc, warned};

/// Long enough for the loop to answer a moved clock; what must not come is awaited this long.
const ANSWER: Duration = Duration::from_secs(5);
const QUIET: Duration = Duration::from_millis(300);

struct Loop {
    runs: mpsc::Receiver<DueRun>,
    schedules: heo_bot::schedule::Schedules,
    task: JoinHandle<()>,
}

fn start(store: &Store, clock: &Clock) -> Loop {
    let (sender, runs) = mpsc::channel(64);
    let (schedules, task) = spawn(store.clone(), clock.clone(), sender);
    Loop {
        runs,
        schedules,
        task,
    }
}

impl Loop {
    async fn next(&mut self) -> DueRun {
        tokio::time::timeout(ANSWER, self.runs.recv())
            .await
            .expect("a run in time")
            .expect("the loop runs")
    }

    async fn assert_quiet(&mut self) {
        let extra = tokio::time::timeout(QUIET, self.runs.recv()).await;
        assert!(extra.is_err(), "no run expected: {extra:?}");
    }
}

impl Drop for Loop {
    fn drop(&mut self) {
        self.task.abort();
    }
}

fn clock_at(text: &str) -> (Clock, DrivenClock) {
    Clock::driven(utc(text))
}

crate::on_both_databases! {
    async fn a_due_run_is_handed_on_once_at_its_moment(store) {
        let (clock, hand) = clock_at("2026-12-03T03:59:00Z");
        let mut looping = start(&store, &clock);
        let new = daily(GUILD_A, "2026-12-03T04:00:00Z");
        let id = looping.schedules.add(&new).await.unwrap().unwrap();
        looping.assert_quiet().await;
        hand.set(utc("2026-12-03T04:00:00Z"));
        let run = looping.next().await;
        assert_eq!((run.schedule, run.guild, run.channel), (id, GUILD_A, CHANNEL));
        assert_eq!(run.action_at, utc("2026-12-03T04:00:00Z"));
        assert!(!run.missed);
        assert_eq!(run.next, Some(utc("2026-12-04T04:00:00Z")));
        looping.assert_quiet().await;
        hand.set(utc("2026-12-04T04:00:00Z"));
        assert_eq!(looping.next().await.action_at, utc("2026-12-04T04:00:00Z"));
    }
}

crate::on_both_databases! {
    async fn a_warned_run_is_handed_on_its_warning_before_the_action(store) {
        let (clock, hand) = clock_at("2026-12-03T03:00:00Z");
        let mut looping = start(&store, &clock);
        let new = warned(daily(GUILD_A, "2026-12-03T04:00:00Z"), 600);
        looping.schedules.add(&new).await.unwrap().unwrap();
        hand.set(utc("2026-12-03T03:49:59Z"));
        looping.assert_quiet().await;
        hand.set(utc("2026-12-03T03:50:00Z"));
        let run = looping.next().await;
        assert_eq!(run.action_at, utc("2026-12-03T04:00:00Z"));
        assert_eq!(run.warn, new.warn);
        assert_eq!(run.message, new.message);
        assert!(!run.missed);
    }
}

crate::on_both_databases! {
    async fn runs_missed_while_down_are_reported_once_and_the_schedule_moves_on(store) {
        // Added on the 2nd; the bot was down from before the 3rd's run until the 6th.
        let id = store.add_schedule(&daily(GUILD_A, "2026-12-03T04:00:00Z"), 25).await.unwrap().unwrap();
        let (clock, hand) = clock_at("2026-12-06T12:00:00Z");
        let mut looping = start(&store, &clock);
        let run = looping.next().await;
        assert_eq!(run.schedule, id);
        assert!(run.missed);
        assert_eq!(run.action_at, utc("2026-12-03T04:00:00Z"));
        assert_eq!(run.next, Some(utc("2026-12-07T04:00:00Z")));
        looping.assert_quiet().await;
        hand.set(utc("2026-12-07T04:00:30Z"));
        let run = looping.next().await;
        assert!(!run.missed, "30 s late is not missed");
    }
}

/// Two loops, one per store, with ten daily schedules: three days of runs, each once.
async fn each_run_exactly_once(one: &Store, other: &Store) {
    let (clock, hand) = clock_at("2026-12-02T12:00:00Z");
    let mut first = start(one, &clock);
    let mut second = start(other, &clock);
    for _ in 0..10 {
        first
            .schedules
            .add(&daily(GUILD_A, "2026-12-03T04:00:00Z"))
            .await
            .unwrap();
    }
    second.schedules.changed();
    let mut seen = HashSet::new();
    let mut by_second = 0;
    for day in ["2026-12-03", "2026-12-04", "2026-12-05"] {
        hand.set(utc(&format!("{day}T04:00:00Z")));
        for _ in 0..10 {
            let run = tokio::select! {
                run = first.next() => run,
                run = second.next() => { by_second += 1; run },
            };
            assert!(seen.insert((run.schedule, run.action_at)), "twice: {run:?}");
        }
        first.assert_quiet().await;
        second.assert_quiet().await;
    }
    assert_eq!(seen.len(), 30);
    eprintln!("the second scheduler handed on {by_second} of 30 runs");
}

#[tokio::test]
async fn two_schedulers_on_one_sqlite_file_hand_on_each_run_exactly_once() {
    // SQLite admits one process per file: two loops share its pool, and still race.
    let database = crate::support::databases::sqlite().await;
    each_run_exactly_once(&database.store, &database.store).await;
    database.store.close().await;
}

#[tokio::test]
async fn two_processes_on_one_postgresql_hand_on_each_run_exactly_once() {
    let test = "schedules::scheduler::two_processes_on_one_postgresql";
    let Some(url) = crate::support::postgres::fresh_database(test).await else {
        return;
    };
    let key = heo_bot::master_key::MasterKey::generate();
    let one = Store::open(&url, key.clone()).await.unwrap();
    let other = Store::open(&url, key).await.unwrap();
    each_run_exactly_once(&one, &other).await;
    one.close().await;
    other.close().await;
}
