//! Autocomplete latency of the `server` option with 10,000 named servers in one guild.
//!
//! `cargo bench --bench autocomplete` runs the release `heo-bot` binary against the
//! project's Discord test server and measures, per request, from the moment the test server
//! sent `INTERACTION_CREATE` (type 4, autocomplete) to the arrival of the bot's type-8
//! callback (the choices), one request at a time. Under `cargo test` (no `--bench`) it runs
//! a small smoke version; it reports figures and asserts no timing.

#[path = "shared/bot.rs"]
mod bot;
#[path = "../tests/it/support/discord/mod.rs"]
#[allow(dead_code, unused_imports)]
mod discord;

use std::time::Duration;

use bot::BotProcess;
use discord::FakeDiscord;
use heo_bot::sealed::MasterKey;
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
        sample(&member, &typed(i % KINDS.len(), i, plan.servers)).await;
    }
    println!(
        "{} servers in one guild, {} autocomplete requests per kind, one at a time",
        plan.servers, plan.requests_per_kind
    );
    let mut all = Vec::new();
    for (kind, name) in KINDS.iter().enumerate() {
        let mut times = Vec::with_capacity(plan.requests_per_kind);
        for i in 0..plan.requests_per_kind {
            times.push(sample(&member, &typed(kind, i, plan.servers)).await);
        }
        report(name, &mut times);
        all.extend(times);
    }
    report("all", &mut all);
    drop(bot);
    discord.assert_no_errors();
}

/// One autocomplete request for `/server restart server:<typed>`: its latency, after
/// checking the bot offered choices (at most 25).
async fn sample(member: &discord::Member, typed: &str) -> Duration {
    let line = format!("/server restart server:{typed}");
    let interaction = member.autocomplete(&line, "server").await;
    let choices = interaction.choices().await;
    assert!(choices.len() <= 25, "{} choices", choices.len());
    let record = interaction.record();
    let response = record.response.expect("answered");
    response.at - record.sent_at
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
            let (id, name) = (format!("srv_{n}"), format!("mc-{n:05}"));
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
