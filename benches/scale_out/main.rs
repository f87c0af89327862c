//! Scale-out: 100,000 guilds over 40 shards, in one process on SQLite, in one process on
//! PostgreSQL and (where the build supports `SHARDS`) in two processes on PostgreSQL.
//!
//! `cargo bench --bench scale_out` runs the full benchmark (see BENCHMARKS.md): for each
//! mode, the guilds' keys are linked, the Discord test server requires 40 shards and sends
//! each guild's `GUILD_CREATE` on its own shard as that shard comes up, then `/server
//! restart` interactions from guilds of every shard measure the release bot's latency,
//! throughput and memory. `SCALE_OUT_MODES` chooses the modes (`sqlite,postgres` by default;
//! `postgres-2` for two processes); `SCALE_OUT_GUILDS` and `SCALE_OUT_SHARDS` change the size,
//! to see where memory goes.
//!
//! Under `cargo test` (no `--bench` argument) it runs a small smoke version: 200 guilds over
//! 2 shards, SQLite, and PostgreSQL where it is available. It asserts no timing.

#[path = "../shared/bot.rs"]
#[allow(dead_code)]
mod bot;
#[path = "../../tests/it/support/discord/mod.rs"]
#[allow(dead_code, unused_imports)]
mod discord;
mod guilds;
#[path = "../shared/heo_stand_in.rs"]
mod heo_stand_in;
#[path = "../shared/load.rs"]
mod load;
#[path = "../../tests/it/support/postgres.rs"]
#[allow(dead_code)]
mod postgres;
mod processes;
mod report;
#[path = "../shared/stats.rs"]
#[allow(dead_code)]
mod stats;

use std::time::{Duration, Instant};

use bot::{BotProcess, Database};
use discord::FakeDiscord;
use poise::serenity_prelude::Permissions;
use processes::Mode;
use report::{Outcome, Process};
use stats::Run;

pub struct Plan {
    guilds: u64,
    shards: u32,
    warm_up: usize,
    /// Interactions at concurrency 1, then at `concurrency`.
    serial: usize,
    parallel: usize,
    concurrency: usize,
}

const FULL: Plan = Plan {
    guilds: 100_000,
    shards: 40,
    warm_up: 200,
    serial: 400,
    parallel: 4_000,
    concurrency: 64,
};
const SMOKE: Plan = Plan {
    guilds: 200,
    shards: 2,
    warm_up: 4,
    serial: 4,
    parallel: 16,
    concurrency: 4,
};

#[tokio::main]
async fn main() {
    let full = bot::full_run();
    let mut plan = if full { FULL } else { SMOKE };
    if let Some(guilds) = number("SCALE_OUT_GUILDS") {
        plan.guilds = guilds;
    }
    if let Some(shards) = number("SCALE_OUT_SHARDS") {
        plan.shards = shards as u32;
    }
    let modes: Vec<Mode> = std::env::var("SCALE_OUT_MODES")
        .unwrap_or_else(|_| "sqlite,postgres".to_owned())
        .split(',')
        .map(Mode::parse)
        .collect();
    println!(
        "{} guilds holding keys over {} shards; {} interactions at concurrency 1, {} at {}",
        plan.guilds, plan.shards, plan.serial, plan.parallel, plan.concurrency
    );
    // The full run measures one mode at a time and prints each as it ends (a mode takes
    // minutes); the smoke run starts them side by side, as each waits about 5 s for
    // serenity to start its second shard.
    if full {
        for mode in modes {
            print(mode, measure(mode, &plan).await);
        }
    } else {
        let outcomes =
            futures_util::future::join_all(modes.iter().map(|&mode| measure(mode, &plan))).await;
        for (mode, outcome) in modes.into_iter().zip(outcomes) {
            print(mode, outcome);
        }
    }
}

fn print(mode: Mode, outcome: Result<Option<Outcome>, processes::Unsupported>) {
    match outcome {
        Ok(Some(outcome)) => outcome.print(mode),
        Ok(None) => println!("\n{}: not run (no PostgreSQL here)", mode.name()),
        Err(processes::Unsupported(why)) => {
            println!("\n{}: not supported by this build: {why}", mode.name())
        }
    }
}

fn number(var: &str) -> Option<u64> {
    let value = std::env::var(var).ok()?;
    Some(
        value
            .parse()
            .unwrap_or_else(|_| panic!("{var}={value:?} is not a number")),
    )
}

/// One mode, from an empty database to the last reply; `None` when PostgreSQL is not
/// available here (and not required).
async fn measure(mode: Mode, plan: &Plan) -> Result<Option<Outcome>, processes::Unsupported> {
    let database = match mode {
        Mode::Sqlite => Database::new(),
        Mode::Postgres | Mode::PostgresTwo => {
            match postgres::fresh_database("benches/scale_out").await {
                Some(url) => Database::postgres(url),
                None => return Ok(None),
            }
        }
    };
    let seeding = guilds::seed_keys(&database.url, &database.master, plan.guilds).await;

    let discord = FakeDiscord::start().await;
    discord.require_shards(plan.shards);
    let heo = heo_stand_in::start(plan.guilds).await;
    let started = Instant::now();
    let mut bots = processes::start(mode, &discord, &heo.url, &database, plan.shards).await?;
    guilds::announce_per_shard(&discord, &mut bots, plan.guilds, plan.shards).await;
    let shards_up = started.elapsed();
    // One interaction on each shard: events are handled in order, so once each is answered
    // every GUILD_CREATE sent before it has been taken in.
    let shards = plan.shards as usize;
    let mut next = 0;
    let mut send = async |count: usize, concurrency: usize| {
        let run = restarts(&discord, plan, next..next + count, concurrency).await;
        next += count;
        run
    };
    send(shards, shards).await;
    let all_in = started.elapsed();
    tokio::time::sleep(Duration::from_secs(2)).await;
    let idle: Vec<Option<u64>> = bots.iter().map(|bot| bot.kb("VmRSS")).collect();

    send(plan.warm_up, 8).await;
    let serial = send(plan.serial, 1).await;
    let parallel = send(plan.parallel, plan.concurrency).await;
    let processes = bots
        .iter()
        .zip(idle)
        .map(|(bot, idle)| Process {
            idle_kb: idle,
            peak_kb: bot.kb("VmHWM"),
        })
        .collect();
    let sent = shards + plan.warm_up + plan.serial + plan.parallel;
    let outcome = Outcome {
        seeding,
        shards_up,
        all_in,
        serial,
        parallel,
        processes,
    };
    check(bots, &discord, &heo, sent);
    Ok(Some(outcome))
}

/// `/server restart` interactions number `numbers`, each from its own guild's admin.
async fn restarts(
    discord: &FakeDiscord,
    plan: &Plan,
    numbers: std::ops::Range<usize>,
    concurrency: usize,
) -> Run {
    let admin = discord
        .guild(guilds::id(1))
        .member(Permissions::MANAGE_GUILD);
    let guilds = plan.guilds;
    let (records, wall) = load::drive(numbers, concurrency, move |i| {
        let member = load::in_guild(&admin, guilds::of_interaction(i, guilds));
        async move { load::restart(&member, i).await.record() }
    })
    .await;
    Run::new(discord, &records, wall)
}

/// Stops the bots, then checks that nothing Discord would refuse was sent and that every
/// interaction reached HEO once, with its own guild's key.
fn check(
    bots: Vec<BotProcess>,
    discord: &FakeDiscord,
    heo: &heo_stand_in::HeoStandIn,
    sent: usize,
) {
    drop(bots);
    discord.assert_no_errors();
    assert_eq!(heo.requests(), sent, "every interaction calls HEO once");
    assert_eq!(
        heo.unexpected(),
        0,
        "a request was not `POST …/srv_<i>/restart` with the guild's own key"
    );
}
