//! `/healthz` and `/readyz` through the real binary: ready only while every shard is
//! connected, the database answers and no shutdown has begun; a port already taken stops the
//! start with one line.

use std::time::Duration;

use serde_json::{Value, json};
use tempfile::TempDir;
use wiremock::MockServer;

use super::shutdown::{heo_restarting_srv_1_after, wait_for_heo};
use super::{KEY, Sent, assert_contains, assert_sent, linked_admin, mount_accepted, spawn_binary};
use crate::support::discord::FakeDiscord;
use crate::support::process::BotProcess;
use crate::support::scrape::{self, value};

/// Starts the binary with `/metrics` on a free port and waits until it is ready; returns it
/// and that address.
async fn start_served(
    discord: &FakeDiscord,
    heo: &MockServer,
    dir: &TempDir,
) -> (BotProcess, String) {
    let addr = scrape::free_addr();
    let mut bot = spawn_binary(discord, heo, dir, &[("METRICS_ADDR", addr.as_str())]);
    bot.wait_for_output("heo-bot is ready").await;
    (bot, addr)
}

/// `/readyz`'s answer once it is `status`, as JSON.
async fn readyz(addr: &str, status: u16) -> Value {
    let body = scrape::get_until(addr, "/readyz", status).await;
    serde_json::from_str(&body).unwrap_or_else(|e| panic!("not JSON ({e}): {body}"))
}

#[tokio::test]
async fn readyz_turns_503_while_the_gateway_is_down_and_200_again_after_the_resume() {
    let discord = FakeDiscord::start().await;
    // serenity 0.12 tells its shard manager that a shard is resuming only at the shard's
    // next heartbeat, so heartbeats come often here (Discord asks for one every 41 s).
    discord.heartbeat_every(Duration::from_secs(1));
    let heo = MockServer::start().await;
    let dir = TempDir::new().unwrap();
    let (bot, addr) = start_served(&discord, &heo, &dir).await;
    assert_eq!(readyz(&addr, 200).await, json!({"ready": true}));

    // The network drops the connection; Discord takes its time answering the RESUME.
    discord.hold_resumes();
    discord.drop_gateway();
    discord.wait_for_held_resumes(1).await;
    let down = readyz(&addr, 503).await;
    assert_eq!(
        down,
        json!({"ready": false, "reason": "shard 0 is not connected"})
    );
    let samples = scrape::scrape(&addr).await;
    assert_eq!(
        value(&samples, "heo_bot_shard_connected", &[("shard", "0")]),
        0.0
    );
    assert_eq!(
        scrape::get(&addr, "/healthz").await.0,
        200,
        "alive all along"
    );

    discord.release_resumes();
    discord.wait_for_resumes(1).await;
    assert_eq!(readyz(&addr, 200).await, json!({"ready": true}));
    let samples = scrape::scrape(&addr).await;
    assert_eq!(
        value(&samples, "heo_bot_shard_connected", &[("shard", "0")]),
        1.0
    );
    bot.stop().await;
    discord.assert_no_errors();
}

#[tokio::test]
async fn readyz_turns_503_during_the_sigterm_drain_while_healthz_stays_200() {
    let discord = FakeDiscord::start().await;
    let heo = heo_restarting_srv_1_after(Duration::from_secs(3)).await;
    let dir = TempDir::new().unwrap();
    let (mut bot, addr) = start_served(&discord, &heo, &dir).await;
    let admin = linked_admin(&discord).await;
    assert_eq!(readyz(&addr, 200).await, json!({"ready": true}));

    let restart = admin.slash("/server restart server:srv_1").await;
    wait_for_heo(&heo, 1).await;
    bot.signal("TERM");
    bot.wait_for_output("shutting down").await;
    // The restart is still under way: the process is alive, and not ready for more.
    let draining = readyz(&addr, 503).await;
    assert_eq!(draining, json!({"ready": false, "reason": "shutting down"}));
    assert_eq!(scrape::get(&addr, "/healthz").await, (200, "ok\n".into()));

    let outcome = restart.reply().await.message().content;
    assert_contains(&outcome, "Restart requested");
    let status = bot.exit_within(Duration::from_secs(8)).await;
    assert!(status.success(), "{status}:\n{}", bot.output());
    assert_sent(&heo, &[Sent::power("srv_1", "restart", KEY)]).await;
    discord.assert_no_errors();
}

#[tokio::test]
async fn readyz_turns_503_once_the_database_file_is_deleted() {
    let discord = FakeDiscord::start().await;
    let heo = MockServer::start().await;
    mount_accepted(&heo).await;
    let dir = TempDir::new().unwrap();
    let (bot, addr) = start_served(&discord, &heo, &dir).await;
    assert_eq!(readyz(&addr, 200).await, json!({"ready": true}));

    for name in ["heo-bot.db", "heo-bot.db-wal", "heo-bot.db-shm"] {
        std::fs::remove_file(dir.path().join(name)).unwrap();
    }
    let gone = readyz(&addr, 503).await;
    assert_eq!(
        gone,
        json!({"ready": false, "reason": "the database does not answer"})
    );
    bot.stop().await;
    discord.assert_no_errors();
}

#[tokio::test]
async fn each_shards_gateway_latency_is_shown_once_a_heartbeat_is_acknowledged() {
    let discord = FakeDiscord::start().await;
    discord.heartbeat_every(Duration::from_millis(300));
    let heo = MockServer::start().await;
    let dir = TempDir::new().unwrap();
    let (bot, addr) = start_served(&discord, &heo, &dir).await;
    let samples = scrape::scrape_until(&addr, "a gateway latency", |samples| {
        samples
            .iter()
            .any(|s| s.name == "heo_bot_gateway_latency_seconds")
    })
    .await;
    let latency = value(
        &samples,
        "heo_bot_gateway_latency_seconds",
        &[("shard", "0")],
    );
    assert!(latency > 0.0, "{samples:#?}");
    bot.stop().await;
    discord.assert_no_errors();
}

#[tokio::test]
async fn a_metrics_port_already_in_use_stops_the_start_with_one_line_and_exit_1() {
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = taken.local_addr().unwrap().to_string();
    let discord = FakeDiscord::start().await;
    let heo = MockServer::start().await;
    let dir = TempDir::new().unwrap();
    let mut bot = spawn_binary(&discord, &heo, &dir, &[("METRICS_ADDR", addr.as_str())]);
    let status = bot.exit_within(Duration::from_secs(10)).await;
    let output = bot.output();
    assert_eq!(status.code(), Some(1), "{output}");
    let lines: Vec<&str> = output
        .lines()
        .filter(|l| l.starts_with("heo-bot:"))
        .collect();
    assert_eq!(lines.len(), 1, "{output}");
    assert_contains(
        lines[0],
        &format!("could not listen on METRICS_ADDR {addr}"),
    );
    assert_contains(lines[0], "in use");
    assert!(!output.contains("panicked"), "{output}");
    assert!(discord.requests().is_empty(), "Discord was not reached");
    drop(taken);
}

#[tokio::test]
async fn the_listener_answers_only_its_three_paths_and_only_to_get() {
    let discord = FakeDiscord::start().await;
    let heo = MockServer::start().await;
    let dir = TempDir::new().unwrap();
    let (bot, addr) = start_served(&discord, &heo, &dir).await;
    assert_eq!(scrape::get(&addr, "/").await.0, 404);
    assert_eq!(scrape::get(&addr, "/metrics/x").await.0, 404);
    let client = reqwest::Client::builder().no_proxy().build().unwrap();
    let posted = client
        .post(format!("http://{addr}/metrics"))
        .send()
        .await
        .unwrap();
    assert_eq!(posted.status().as_u16(), 405);
    let scraped = client
        .get(format!("http://{addr}/metrics"))
        .send()
        .await
        .unwrap();
    let content_type = scraped.headers()["content-type"]
        .to_str()
        .unwrap()
        .to_owned();
    assert_eq!(content_type, "text/plain; version=0.0.4; charset=utf-8");
    bot.stop().await;
    discord.assert_no_errors();
}
