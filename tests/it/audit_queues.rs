//! The audit channels' queues, one per guild, with a poster that holds one channel's lines
//! back: a channel that takes no lines costs only its own guild's, which are dropped past the
//! guild's queue (100 lines), and a flush still waits for every guild's.

use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use heo_bot::audit::{AuditTrail, Poster, Posting, Reading};
use heo_bot::domain::{AuditEntry, Outcome, PowerAction};
use heo_bot::health::Metrics;
use heo_bot::heo::HeoClient;
use heo_bot::i18n::Lang;
use heo_bot::power::Power;
use heo_bot::store::Store;
use tokio::sync::watch;

use crate::support::databases;
use crate::support::scrape::{parse, value};

const GUILD_A: u64 = 1_111_111_111_111_111_111;
const GUILD_B: u64 = 2_222_222_222_222_222_222;
const CHANNEL_A: u64 = 3_333_333_333_333_333_331;
const CHANNEL_B: u64 = 3_333_333_333_333_333_332;
const MEMBER: u64 = 9_000_000_000_000_000_001;

/// Posts every line at once, except in `held`, whose lines wait until [`Self::let_through`].
struct HoldingPoster {
    held: u64,
    open: watch::Sender<bool>,
    /// Each line posted: its channel and server.
    posted: Mutex<Vec<(u64, String)>>,
}

impl HoldingPoster {
    fn new(held: u64) -> Arc<Self> {
        Arc::new(Self {
            held,
            open: watch::channel(false).0,
            posted: Mutex::default(),
        })
    }

    fn let_through(&self) {
        self.open.send_replace(true);
    }

    /// The servers of the lines posted in `channel`, in order.
    fn servers_in(&self, channel: u64) -> Vec<String> {
        let posted = self.posted.lock().unwrap_or_else(PoisonError::into_inner);
        let mine = posted.iter().filter(|(c, _)| *c == channel);
        mine.map(|(_, server)| server.clone()).collect()
    }
}

impl Poster for HoldingPoster {
    fn language(&self, _guild: u64) -> Reading<'_> {
        Box::pin(async { Lang::ENGLISH })
    }

    fn post<'a>(&'a self, channel: u64, _lang: Lang, entry: &'a AuditEntry) -> Posting<'a> {
        Box::pin(async move {
            if channel == self.held {
                let _ = self.open.subscribe().wait_for(|open| *open).await;
            }
            let line = (channel, entry.server.clone());
            let mut posted = self.posted.lock().unwrap_or_else(PoisonError::into_inner);
            posted.push(line);
            Ok(())
        })
    }
}

fn entry(guild: u64, server: String) -> AuditEntry {
    AuditEntry {
        guild,
        member: MEMBER,
        server,
        name: None,
        action: PowerAction::Start,
        outcome: Outcome::NotPermitted,
        http_status: None,
        at: heo_bot::audit::now_unix(),
        schedule: None,
        panel: None,
    }
}

/// The audit trail of a power desk on `store`, whose HEO is never called.
fn trail(store: &Store) -> AuditTrail {
    trail_counted_in(store, Metrics::new())
}

/// The same, counting its queues in `metrics`.
fn trail_counted_in(store: &Store, metrics: Metrics) -> AuditTrail {
    let heo = HeoClient::new(
        &"http://127.0.0.1:9".parse().unwrap(),
        Duration::from_secs(1),
    );
    let power = Power::new(store.clone(), heo.unwrap()).with_metrics(metrics);
    power.audit().clone()
}

fn servers(prefix: &str, count: usize) -> Vec<String> {
    (0..count).map(|n| format!("{prefix}_{n}")).collect()
}

/// Waits up to 5 s until `poster` has posted `want` in `channel`; returns what it posted.
async fn posted_once(poster: &HoldingPoster, channel: u64, want: &[String]) -> Vec<String> {
    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        let posted = poster.servers_in(channel);
        if posted == want || Instant::now() > deadline {
            return posted;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

#[tokio::test]
async fn a_channel_that_takes_no_lines_holds_up_and_drops_only_its_own_guilds_lines() {
    let database = databases::sqlite().await;
    let store = &database.store;
    store
        .set_audit_channel(GUILD_A, CHANNEL_A, MEMBER)
        .await
        .unwrap();
    store
        .set_audit_channel(GUILD_B, CHANNEL_B, MEMBER)
        .await
        .unwrap();
    let trail = trail(store);
    let poster = HoldingPoster::new(CHANNEL_A);
    trail.attach_poster(poster.clone());

    let (flood, others) = (servers("a", 150), servers("b", 20));
    for server in &flood {
        trail.record(entry(GUILD_A, server.clone()));
    }
    for server in &others {
        trail.record(entry(GUILD_B, server.clone()));
    }
    assert_eq!(posted_once(&poster, CHANNEL_B, &others).await, others);
    assert!(poster.servers_in(CHANNEL_A).is_empty());

    // Once the channel takes lines again, the flush waits for all its guild's queue held:
    // the first 100, in order; the rest were dropped.
    poster.let_through();
    trail.flush().await;
    assert_eq!(poster.servers_in(CHANNEL_A), flood[..100]);
    database.store.close().await;
}

/// The audit gauges and counters of `metrics` for `stage`: queue depth and lines dropped.
fn queue_of(metrics: &Metrics, stage: &str) -> (f64, f64) {
    let samples = parse(&metrics.encode());
    let depth = value(&samples, "heo_bot_audit_queue_depth", &[("stage", stage)]);
    let dropped = value(&samples, "heo_bot_audit_dropped_total", &[("stage", stage)]);
    (depth, dropped)
}

#[tokio::test]
async fn a_held_channel_shows_in_the_metrics_as_lines_waiting_and_lines_dropped() {
    let database = databases::sqlite().await;
    let store = &database.store;
    store
        .set_audit_channel(GUILD_A, CHANNEL_A, MEMBER)
        .await
        .unwrap();
    let metrics = Metrics::new();
    let trail = trail_counted_in(store, metrics.clone());
    let poster = HoldingPoster::new(CHANNEL_A);
    trail.attach_poster(poster.clone());

    for server in servers("a", 150) {
        trail.record(entry(GUILD_A, server));
    }
    // Every entry is written; the guild's queue holds 100 lines and drops the other 50.
    let deadline = Instant::now() + Duration::from_secs(5);
    while queue_of(&metrics, "post") != (100.0, 50.0) && Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    assert_eq!(
        queue_of(&metrics, "post"),
        (100.0, 50.0),
        "waiting, dropped"
    );
    assert_eq!(queue_of(&metrics, "write"), (0.0, 0.0), "all written");

    poster.let_through();
    trail.flush().await;
    assert_eq!(
        queue_of(&metrics, "post"),
        (0.0, 50.0),
        "all posted; the drop stays"
    );
    database.store.close().await;
}

/// Tasks alive on this test's runtime.
fn alive_tasks() -> usize {
    tokio::runtime::Handle::current()
        .metrics()
        .num_alive_tasks()
}

/// Waits up to 5 s until `ready` holds of the number of tasks alive; returns that number.
async fn alive_tasks_once(ready: impl Fn(usize) -> bool) -> usize {
    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        let alive = alive_tasks();
        if ready(alive) || Instant::now() > deadline {
            return alive;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

#[tokio::test]
async fn a_guilds_posting_task_ends_once_its_lines_are_posted() {
    let database = databases::sqlite().await;
    let guilds = 1..=100;
    for guild in guilds.clone() {
        let store = &database.store;
        store
            .set_audit_channel(guild, CHANNEL_A, MEMBER)
            .await
            .unwrap();
    }
    let trail = trail(&database.store);
    let poster = HoldingPoster::new(CHANNEL_A);
    trail.attach_poster(poster.clone());
    let before = alive_tasks();

    // Every guild's line waits in the held channel: one task per guild, for as long as that.
    for guild in guilds.clone() {
        trail.record(entry(guild, "srv_1".to_owned()));
    }
    let busy = alive_tasks_once(|alive| alive >= before + 100).await;
    assert!(busy >= before + 100, "{busy} tasks, {before} before");
    poster.let_through();
    trail.flush().await;
    assert_eq!(poster.servers_in(CHANNEL_A).len(), 100);

    // The next line, for any guild, lets the finished ones go; they end at their next turn.
    // Left: the writer, started with the first line, and guild B's task.
    trail.record(entry(GUILD_B, "srv_2".to_owned()));
    trail.flush().await;
    let after = alive_tasks_once(|alive| alive <= before + 2).await;
    assert!(after <= before + 2, "{after} tasks, {before} before");
    database.store.close().await;
}

/// Posts every line at once, as the bot's own poster writes it: in the language the power
/// desk gives its guild.
struct WritingPoster {
    power: Power,
    /// Each line posted: its channel and text.
    posted: Mutex<Vec<(u64, String)>>,
}

impl Poster for WritingPoster {
    fn language(&self, guild: u64) -> Reading<'_> {
        Box::pin(self.power.guild_language(guild))
    }

    fn post<'a>(&'a self, channel: u64, lang: Lang, entry: &'a AuditEntry) -> Posting<'a> {
        Box::pin(async move {
            let line = (channel, heo_bot::replies::audit_channel_line(lang, entry));
            let mut posted = self.posted.lock().unwrap_or_else(PoisonError::into_inner);
            posted.push(line);
            Ok(())
        })
    }
}

#[tokio::test]
async fn each_guilds_lines_are_posted_in_that_guilds_language() {
    let database = databases::sqlite().await;
    let store = &database.store;
    for (guild, channel) in [(GUILD_A, CHANNEL_A), (GUILD_B, CHANNEL_B)] {
        store
            .set_audit_channel(guild, channel, MEMBER)
            .await
            .unwrap();
    }
    let heo = HeoClient::new(
        &"http://127.0.0.1:9".parse().unwrap(),
        Duration::from_secs(1),
    );
    let power = Power::new(store.clone(), heo.unwrap());
    // Guild B's Discord language is the pseudo-locale, whose words stand out.
    power.note_guild_locale(GUILD_B, Some(heo_bot::i18n::PSEUDO_LOCALE));
    let poster = Arc::new(WritingPoster {
        power: power.clone(),
        posted: Mutex::default(),
    });
    power.audit().attach_poster(poster.clone());

    power.audit().record(entry(GUILD_A, "srv_a".to_owned()));
    power.audit().record(entry(GUILD_B, "srv_b".to_owned()));
    power.audit().flush().await;

    let posted = poster.posted.lock().unwrap().clone();
    let line_in = |channel| {
        let mut lines = posted.iter().filter(|(c, _)| *c == channel);
        lines
            .next()
            .map(|(_, line)| line.clone())
            .unwrap_or_default()
    };
    let (english, pseudo) = (line_in(CHANNEL_A), line_in(CHANNEL_B));
    assert!(
        english.ends_with("`not_permitted` (no role of the member allowed it)"),
        "{english}"
    );
    // The code stays the identifier it is; its explanation is in the guild's language.
    assert!(
        pseudo.starts_with('⟦') && pseudo.contains("`not_permitted`") && !pseudo.contains("role"),
        "{pseudo}"
    );
    database.store.close().await;
}
