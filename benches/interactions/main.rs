//! `/server restart` throughput and latency through the real bot, against the floor.
//!
//! `cargo bench --bench interactions` runs the full benchmark (see BENCHMARKS.md):
//! the release `heo-bot` binary, as a child process, serves N interactions from the
//! project's Discord test server, with a minimal HEO stand-in behind it and 10,000 guilds
//! holding keys. Beside it, in the same run, the floor makes the same HTTP round trips
//! (defer callback, HEO POST, followup) with a bare reqwest loop and no bot.
//!
//! Under `cargo test` (no `--bench` argument) it runs a small smoke version, so the
//! benchmark's code keeps working; it reports figures but asserts no timing.

#[path = "../shared/bot.rs"]
#[allow(dead_code)]
mod bot;
#[path = "../../tests/it/support/discord/mod.rs"]
#[allow(dead_code, unused_imports)]
mod discord;
#[path = "../shared/heo_stand_in.rs"]
mod heo_stand_in;
#[path = "../shared/load.rs"]
mod load;
#[path = "../shared/stats.rs"]
#[allow(dead_code)]
mod stats;

use bot::BotProcess;
use discord::FakeDiscord;
use discord::model::Interaction;
use heo_bot::master_key::MasterKey;
use heo_bot::store::Store;
use poise::serenity_prelude::Permissions;
use secrecy::SecretString;
use stats::Run;

struct Plan {
    interactions: usize,
    guilds: u64,
    concurrencies: &'static [usize],
}

const FULL: Plan = Plan {
    interactions: 2_000,
    guilds: 10_000,
    concurrencies: &[1, 64],
};
const SMOKE: Plan = Plan {
    interactions: 20,
    guilds: 50,
    concurrencies: &[1, 4],
};

#[tokio::main]
async fn main() {
    let plan = if bot::full_run() { FULL } else { SMOKE };
    let database = bot::Database::new();
    seed_keys(&database.url, &database.master, plan.guilds).await;

    let discord = FakeDiscord::start().await;
    let heo = heo_stand_in::start(plan.guilds).await;
    let bot = BotProcess::spawn(&discord, &heo.url, &database);
    discord.registration().await;
    discord.announce_guilds(1..=plan.guilds);
    // Events are handled in order: once one interaction is answered, every GUILD_CREATE
    // before it has been taken into the bot's cache.
    run(&discord, &plan, 1, 1, Path::Bot, &heo.url).await;
    let idle_rss = bot.status("VmRSS");

    // Warm both paths (connections, SQLite page cache) before measuring.
    let warm_up = plan.interactions.min(200);
    run(&discord, &plan, warm_up, 8, Path::Bot, &heo.url).await;
    run(&discord, &plan, warm_up, 8, Path::Floor, &heo.url).await;

    println!(
        "{} interactions per run, {} guilds with keys, bot idle RSS {idle_rss}",
        plan.interactions, plan.guilds
    );
    for &concurrency in plan.concurrencies {
        let bot_run = run(
            &discord,
            &plan,
            plan.interactions,
            concurrency,
            Path::Bot,
            &heo.url,
        )
        .await;
        let floor_run = run(
            &discord,
            &plan,
            plan.interactions,
            concurrency,
            Path::Floor,
            &heo.url,
        )
        .await;
        stats::report(concurrency, &bot_run, &floor_run);
    }
    println!("bot peak RSS (VmHWM): {}", bot.status("VmHWM"));
    // Both paths call HEO once per interaction, warm-up included, plus the settling one.
    let expected = 2 * (warm_up + plan.interactions * plan.concurrencies.len()) + 1;
    println!(
        "HEO stand-in saw {} power requests ({} expected), {} not the restart asked for",
        heo.requests(),
        expected,
        heo.unexpected()
    );
    drop(bot);
    discord.assert_no_errors();
    assert_eq!(heo.requests(), expected, "every interaction calls HEO once");
    assert_eq!(
        heo.unexpected(),
        0,
        "a request was not `POST …/srv_<i>/restart` with the guild's own key"
    );
}

/// Links one key per guild, as `/link-key` would, before the bot starts.
async fn seed_keys(database: &str, master: &MasterKey, guilds: u64) {
    let store = Store::open(database, master.clone())
        .await
        .expect("open the bench database");
    for guild in 1..=guilds {
        let key = SecretString::from(heo_stand_in::key_for(guild));
        store
            .link_api_key(guild, &key, 1)
            .await
            .expect("seed a key");
    }
    store.close().await;
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Path {
    /// INTERACTION_CREATE through the gateway to the real bot.
    Bot,
    /// The same three HTTP calls made directly, with no bot.
    Floor,
}

/// Sends `count` `/server restart` interactions with `concurrency` in flight and collects
/// what the Discord test server recorded for each.
async fn run(
    discord: &FakeDiscord,
    plan: &Plan,
    count: usize,
    concurrency: usize,
    path: Path,
    heo_url: &str,
) -> Run {
    let http = reqwest::Client::new();
    let admin = discord.guild(1).member(Permissions::MANAGE_GUILD);
    let (discord_url, heo_url) = (discord.url(), heo_url.to_owned());
    let guilds = plan.guilds;
    let (records, wall) = load::drive(0..count, concurrency, move |i| {
        let (http, discord_url, heo_url) = (http.clone(), discord_url.clone(), heo_url.clone());
        let guild = (i as u64 % guilds) + 1;
        let member = load::in_guild(&admin, guild);
        async move {
            match path {
                Path::Bot => load::restart(&member, i).await.record(),
                Path::Floor => {
                    let command = format!("/server restart server:srv_{i}");
                    let interaction = member.slash_undelivered(&command).await;
                    let record = interaction.record();
                    floor(&http, &discord_url, &heo_url, guild, i, &record).await;
                    interaction.reply().await;
                    interaction.record()
                }
            }
        }
    })
    .await;
    Run::new(discord, &records, wall)
}

/// What the bot does for one `/server restart`, as bare HTTP: defer, HEO, followup.
async fn floor(
    http: &reqwest::Client,
    discord_url: &str,
    heo_url: &str,
    guild: u64,
    i: usize,
    interaction: &Interaction,
) {
    let (id, token) = (interaction.id, &interaction.token);
    http.post(format!(
        "{discord_url}/api/v10/interactions/{id}/{token}/callback"
    ))
    .json(&serde_json::json!({"type": 5}))
    .send()
    .await
    .and_then(|r| r.error_for_status())
    .expect("floor: defer");
    http.post(format!("{heo_url}/v1/hosting/game/power/srv_{i}/restart"))
        .bearer_auth(heo_stand_in::key_for(guild))
        .send()
        .await
        .and_then(|r| r.error_for_status())
        .expect("floor: HEO");
    let app = discord::APP_ID;
    http.post(format!("{discord_url}/api/v10/webhooks/{app}/{token}"))
        .json(
            &serde_json::json!({"content": "Restart requested", "allowed_mentions": {"parse": []}}),
        )
        .send()
        .await
        .and_then(|r| r.error_for_status())
        .expect("floor: followup");
}
