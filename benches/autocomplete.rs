//! Autocomplete latency of the `server` option with 10,000 named servers in one guild.
//!
//! `cargo bench --bench autocomplete` runs the release `heo-bot` binary against the
//! project's Discord test server and measures, per request, from the moment the test server
//! sent `INTERACTION_CREATE` (type 4, autocomplete) to the arrival of the bot's type-8
//! callback (the choices), one request at a time. Under `cargo test` (no `--bench`) it runs
//! a small smoke version; it reports figures and asserts no timing.

#[path = "shared/bot.rs"]
#[allow(dead_code)]
mod bot;
#[path = "../tests/it/support/discord/mod.rs"]
#[allow(dead_code, unused_imports)]
mod discord;

use std::time::Duration;

use bot::BotProcess;
use discord::FakeDiscord;
use heo_bot::master_key::MasterKey;
use heo_bot::store::Store;
use poise::serenity_prelude::Permissions;

struct Plan {
    servers: usize,
    requests_per_kind: usize,
}

const FULL: Plan = Plan {
    servers: 10_000,
    requests_per_kind: 100,
};
const SMOKE: Plan = Plan {
    servers: 50,
    requests_per_kind: 5,
};
const GUILD: u64 = 1;

/// What a member types, by kind: each kind takes a different path through the store.
const KINDS: [&str; 5] = [
    "empty (first 25 by name)",
    "name prefix",
    "ID prefix",
    "substring only",
    "no match (scans the guild)",
];

fn typed(kind: usize, i: usize, servers: usize) -> String {
    let n = (i * 7919) % servers;
    match kind {
        0 => String::new(),
        1 => format!("MC-{n:05}")[..6].to_owned(),
        2 => format!("srv_{n}"),
        // Matches no name or ID prefix, so only the substring search answers it.
        3 => format!("{:03}", n % 1000),
        _ => format!("zz{n}"),
    }
}

#[tokio::main]
async fn main() {
    let plan = if bot::full_run() { FULL } else { SMOKE };
    let database = bot::Database::new();
    seed_servers(&database.url, &database.master, plan.servers).await;

    let discord = FakeDiscord::start().await;
    // Autocomplete never calls HEO.
    let bot = BotProcess::spawn(&discord, "http://127.0.0.1:9", &database);
    discord.registration().await;
    discord.announce_guilds([GUILD]);
    let member = discord.guild(GUILD).member(Permissions::MANAGE_GUILD);
    // Warm up: connections, statement cache, SQLite pages.
    for i in 0..20 {
        sample(
            &member,
            &typed(i % KINDS.len(), i, plan.servers),
            plan.servers,
        )
        .await;
    }
    println!(
        "{} servers in one guild, {} autocomplete requests per kind, one at a time",
        plan.servers, plan.requests_per_kind
    );
    let mut all = Vec::new();
    for (kind, name) in KINDS.iter().enumerate() {
        let mut times = Vec::with_capacity(plan.requests_per_kind);
        for i in 0..plan.requests_per_kind {
            let typed = typed(kind, i, plan.servers);
            times.push(sample(&member, &typed, plan.servers).await);
        }
        report(name, &mut times);
        all.extend(times);
    }
    report("all", &mut all);
    drop(bot);
    discord.assert_no_errors();
}

/// One autocomplete request for `/server restart server:<typed>`: its latency, after
/// checking the bot offered the right choices.
async fn sample(member: &discord::Member, typed: &str, servers: usize) -> Duration {
    let line = format!("/server restart server:{typed}");
    let interaction = member.autocomplete(&line, "server").await;
    check_choices(typed, &interaction.choices().await, servers);
    let record = interaction.record();
    let response = record.response.expect("answered");
    response.at - record.sent_at
}

/// Seeded server number `n`: its ID and its name.
fn seeded(n: usize) -> (String, String) {
    (format!("srv_{n}"), format!("mc-{n:05}"))
}

/// The choices are the seeded servers whose name or ID holds what was typed (in any case):
/// as many as there are, up to Discord's 25, none twice, each labelled "name (ID)". With
/// nothing typed they are the first 25 by name; a whole ID typed offers that server first.
fn check_choices(typed: &str, choices: &[serde_json::Value], servers: usize) {
    let needle = typed.trim().to_lowercase();
    let matches = |n: usize| {
        let (id, name) = seeded(n);
        id.contains(&needle) || name.contains(&needle)
    };
    let matching = (0..servers).filter(|&n| matches(n)).count();
    assert_eq!(choices.len(), matching.min(25), "{typed:?}: {choices:?}");
    let mut offered = Vec::new();
    for choice in choices {
        let id = choice["value"].as_str().expect("a choice's value is an ID");
        let n = id
            .strip_prefix("srv_")
            .and_then(|n| n.parse().ok())
            .filter(|&n| n < servers)
            .unwrap_or_else(|| panic!("{typed:?}: {id} is no seeded server"));
        assert!(matches(n), "{typed:?}: {id} does not match");
        assert_eq!(choice["name"], format!("{} ({id})", seeded(n).1));
        assert!(!offered.contains(&n), "{typed:?}: {id} offered twice");
        offered.push(n);
    }
    if needle.is_empty() {
        assert_eq!(offered, (0..matching.min(25)).collect::<Vec<_>>());
    }
    if let Some(first) = needle.strip_prefix("srv_").and_then(|n| n.parse().ok()) {
        assert_eq!(offered.first(), Some(&first), "{typed:?}: {choices:?}");
    }
}

fn report(name: &str, times: &mut [Duration]) {
    times.sort();
    let at = |p: f64| {
        let rank = ((times.len() as f64 - 1.0) * p).round() as usize;
        format!("{:.2} ms", times[rank].as_secs_f64() * 1000.0)
    };
    println!(
        "{name:>34}: p50 {}  p99 {}  max {}  (n = {})",
        at(0.5),
        at(0.99),
        at(1.0),
        times.len()
    );
}

/// Names `servers` servers in one guild, as `/server add` would, before the bot starts.
async fn seed_servers(database: &str, master: &MasterKey, servers: usize) {
    let store = Store::open(database, master.clone())
        .await
        .expect("open the bench database");
    let adds = (0..servers).map(|n| {
        let store = store.clone();
        async move {
            let (id, name) = seeded(n);
            let added = store.add_server(GUILD, &id, &name, 1).await;
            added.expect("seed a server");
        }
    });
    // A few writers at once: SQLite serialises them, but the round trips overlap.
    let mut adds = adds.peekable();
    while adds.peek().is_some() {
        let batch: Vec<_> = adds.by_ref().take(64).collect();
        futures_util::future::join_all(batch).await;
    }
    store.close().await;
}
