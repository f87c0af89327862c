//! `/metrics` through the real binary: after a known run of commands each counter has moved
//! by exactly what the run did, the gauges say what is true now, and no label carries a key,
//! a token, an ID or anything else a member typed.

use std::collections::{BTreeMap, BTreeSet};

use poise::serenity_prelude::Permissions;
use tempfile::TempDir;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

use super::{
    KEY, NO_COOLDOWN, accepted, kill_prompt, link_key, linked_admin, private_reply, reply_text,
    requested, spawn_binary,
};
use crate::support::bot::World;
use crate::support::discord::{self, FakeDiscord, Member};
use crate::support::scrape::{self, Sample, nonzero, value};

/// A member of guild `guild` who may use `/server` only through role grants (none here).
const PLAIN: Permissions = Permissions::USE_APPLICATION_COMMANDS;

fn admin_of(discord: &FakeDiscord, guild: u64) -> Member {
    discord.guild(guild).member(Permissions::MANAGE_GUILD)
}

/// What the run below must leave in each counter family: series (`k=v,...`) to value.
fn expected(pairs: &[(&str, f64)]) -> BTreeMap<String, f64> {
    pairs.iter().map(|(k, v)| ((*k).to_owned(), *v)).collect()
}

/// Runs one of each kind of request: accepted, refused by the cooldown, refused by HEO (401),
/// not permitted, without a key, and a kill prompt cancelled.
async fn run_commands(discord: &FakeDiscord) {
    let first = admin_of(discord, 1);
    link_key(&first, KEY).await;
    requested(&first, "/server restart server:srv_1").await;
    let cooling = private_reply(&first, "/server start server:srv_1").await;
    assert!(cooling.contains("Try again in"), "{cooling}");
    let second = admin_of(discord, 1);
    let revoked = private_or_public(&second, "/server restart server:srv_2").await;
    assert!(revoked.contains("/link-key"), "{revoked}");
    // Once stop is granted to a role, a member without it and without Manage Server may not.
    private_reply(&first, "/power-role grant action:stop role:<@&7001>").await;
    let plain = discord.guild(1).member(PLAIN);
    let refused = private_reply(&plain, "/server stop server:srv_1").await;
    assert!(refused.contains("<@&7001>"), "{refused}");
    let keyless = admin_of(discord, 2);
    let no_key = private_or_public(&keyless, "/server stop server:srv_1").await;
    assert!(no_key.contains("No HEO API key"), "{no_key}");
    let third = admin_of(discord, 1);
    let prompt = kill_prompt(&third, "srv_1").await;
    prompt.click("Cancel").await.response().await;
}

async fn private_or_public(member: &Member, command: &str) -> String {
    member.slash(command).await.reply().await.message().content
}

#[tokio::test]
async fn after_a_run_of_commands_each_counter_moved_by_exactly_what_the_run_did() {
    let discord = FakeDiscord::start().await;
    let heo = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/hosting/game/power/srv_2/restart"))
        .respond_with(ResponseTemplate::new(401))
        .mount(&heo)
        .await;
    Mock::given(method("POST"))
        .respond_with(accepted())
        .mount(&heo)
        .await;
    let dir = TempDir::new().unwrap();
    let addr = scrape::free_addr();
    let settings = [
        ("METRICS_ADDR", addr.as_str()),
        ("POWER_COOLDOWN_SECS", "3600"),
    ];
    let mut bot = spawn_binary(&discord, &heo, &dir, &settings);
    bot.wait_for_output("heo-bot is ready").await;
    let before = scrape::scrape(&addr).await;
    assert_eq!(
        nonzero(&before, "heo_bot_power_outcomes_total"),
        BTreeMap::new()
    );

    discord.announce_guilds([1, 2, 3]);
    scrape::scrape_until(&addr, "3 guilds", |s| {
        value(s, "heo_bot_guilds", &[]) == 3.0
    })
    .await;
    discord.remove_from_guild(3);
    run_commands(&discord).await;

    let interactions = expected(&[
        ("command=kill button,outcome=ok", 1.0),
        ("command=link-key,outcome=ok", 1.0),
        ("command=power-role grant,outcome=ok", 1.0),
        ("command=server kill,outcome=ok", 1.0),
        ("command=server restart,outcome=ok", 2.0),
        ("command=server start,outcome=ok", 1.0),
        ("command=server stop,outcome=ok", 2.0),
    ]);
    // A command is counted once it has returned, a moment after its answer.
    let after = scrape::scrape_until(&addr, "every interaction counted", |s| {
        nonzero(s, "heo_bot_interactions_total") == interactions
            && value(s, "heo_bot_audit_queue_depth", &[("stage", "write")]) == 0.0
            // The channel post comes after the write and takes a few ms of the test
            // server's checks: under a loaded full run it was still in flight here.
            && value(s, "heo_bot_audit_queue_depth", &[("stage", "post")]) == 0.0
    })
    .await;
    assert_counters(&after);
    assert_gauges(&after);
    assert_labels_are_bounded(&after);
    let text = scrape::get(&addr, "/metrics").await.1;
    assert_no_secret_in(&text);
    bot.stop().await;
    discord.assert_no_errors();
}

fn assert_counters(after: &[Sample]) {
    let outcomes = expected(&[
        ("action=kill,outcome=kill_cancelled", 1.0),
        ("action=restart,outcome=requested", 1.0),
        ("action=restart,outcome=unauthorized", 1.0),
        ("action=start,outcome=cooldown", 1.0),
        ("action=stop,outcome=no_key", 1.0),
        ("action=stop,outcome=not_permitted", 1.0),
    ]);
    assert_eq!(nonzero(after, "heo_bot_power_outcomes_total"), outcomes);
    let refusals = expected(&[("guard=cooldown", 1.0), ("guard=not_permitted", 1.0)]);
    assert_eq!(nonzero(after, "heo_bot_refusals_total"), refusals);
    let calls = expected(&[
        ("action=restart,result=accepted", 1.0),
        ("action=restart,result=unauthorized", 1.0),
    ]);
    assert_eq!(nonzero(after, "heo_bot_provider_calls_total"), calls);
    let timed = nonzero(after, "heo_bot_provider_call_duration_seconds_count");
    assert_eq!(timed, expected(&[("action=restart", 2.0)]));
    let acks = expected(&[
        ("command=kill button", 1.0),
        ("command=server kill", 1.0),
        ("command=server restart", 2.0),
        ("command=server start", 1.0),
        ("command=server stop", 2.0),
    ]);
    assert_eq!(nonzero(after, "heo_bot_ack_duration_seconds_count"), acks);
    assert_eq!(
        nonzero(after, "heo_bot_audit_dropped_total"),
        BTreeMap::new()
    );
    let queries = value(after, "heo_bot_db_query_duration_seconds_count", &[]);
    assert!(queries > 10.0, "{queries} database queries timed");
}

fn assert_gauges(after: &[Sample]) {
    let gauge = |name, labels: &[(&str, &str)]| value(after, name, labels);
    assert_eq!(gauge("heo_bot_guilds", &[]), 2.0, "3 announced, 1 removed");
    assert_eq!(gauge("heo_bot_keys_linked", &[]), 1.0);
    assert_eq!(gauge("heo_bot_backoff_active", &[]), 0.0);
    assert_eq!(gauge("heo_bot_shard_connected", &[("shard", "0")]), 1.0);
    let depth = nonzero(after, "heo_bot_audit_queue_depth");
    assert_eq!(depth, BTreeMap::new(), "every entry written and posted");
}

/// Every label name the bot uses, with the values it may take. A label outside these, or a
/// value outside its list, would be a new, maybe unbounded, series.
fn assert_labels_are_bounded(samples: &[Sample]) {
    let mut commands: BTreeSet<String> = ["kill button", "unknown"].map(String::from).into();
    // Qualified as poise qualifies them when the framework is built: "parent child".
    let mut list: Vec<_> = heo_bot::commands::all()
        .into_iter()
        .map(|c| (String::new(), c))
        .collect();
    while let Some((parent, command)) = list.pop() {
        let name = format!("{parent} {}", command.name).trim().to_owned();
        list.extend(command.subcommands.into_iter().map(|c| (name.clone(), c)));
        commands.insert(name);
    }
    let codes: BTreeSet<String> = heo_bot::domain::Outcome::ALL
        .iter()
        .map(|o| o.code().to_owned())
        .chain(
            [
                "accepted",
                "ok",
                "shutting_down",
                "guild_not_served",
                "discord_failed",
            ]
            .map(String::from),
        )
        .chain(
            [
                "panicked",
                "bad_arguments",
                "missing_permissions",
                "guild_only",
                "error",
            ]
            .map(String::from),
        )
        .collect();
    for sample in samples {
        for (name, label) in &sample.labels {
            let allowed = match name.as_str() {
                "command" => commands.contains(label),
                "outcome" | "result" => codes.contains(label),
                "action" => {
                    ["start", "stop", "restart", "kill", "console"].contains(&label.as_str())
                }
                "guard" => [
                    "backoff",
                    "in_flight",
                    "cooldown",
                    "guild_budget",
                    "call_cap",
                    "not_permitted",
                    "countdown",
                ]
                .contains(&label.as_str()),
                "stage" => ["write", "post"].contains(&label.as_str()),
                "shard" => label == "0",
                "le" => label.parse::<f64>().is_ok(),
                _ => false,
            };
            assert!(allowed, "label {name}={label:?} on {sample:?}");
        }
    }
}

/// Fails if the scrape holds the key, the Discord token or a server ID. (IDs of guilds and
/// members are numbers, which a float could hold by chance: the label check rules them out.)
fn assert_no_secret_in(text: &str) {
    super::assert_no_secret(text, KEY);
    assert!(!text.contains(discord::TOKEN), "the token is in /metrics");
    assert!(!text.contains("srv_"), "a server ID is in /metrics");
}

#[tokio::test]
async fn a_429_shows_as_back_off_active_and_the_next_request_as_refused_by_the_back_off() {
    let addr = scrape::free_addr();
    let world = World::start_with(&[("METRICS_ADDR", addr.as_str()), NO_COOLDOWN]).await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(429).insert_header("retry-after", "600"))
        .mount(&world.heo)
        .await;
    let admin = linked_admin(&world.discord).await;
    let before = scrape::scrape(&addr).await;
    assert_eq!(value(&before, "heo_bot_backoff_active", &[]), 0.0);

    let limited = reply_text(&admin, "/server restart server:srv_1").await;
    assert!(limited.contains("rate-limiting"), "{limited}");
    let refused = private_reply(&admin, "/server start server:srv_2").await;
    assert!(refused.contains("every Discord server"), "{refused}");

    let after = scrape::scrape(&addr).await;
    assert_eq!(value(&after, "heo_bot_backoff_active", &[]), 1.0);
    let calls = nonzero(&after, "heo_bot_provider_calls_total");
    assert_eq!(
        calls,
        expected(&[("action=restart,result=rate_limited", 1.0)])
    );
    let refusals = nonzero(&after, "heo_bot_refusals_total");
    assert_eq!(refusals, expected(&[("guard=backoff", 1.0)]));
    world.discord.assert_no_errors();
}
