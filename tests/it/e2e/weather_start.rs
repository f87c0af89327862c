//! Through the real binary: starting while Discord cannot be reached or fails, and stopping
//! whatever the gateway is doing. Every stop is timed from the signal to the exit, and the
//! log is read for the one clear line and for the storm of repeated warnings serenity would
//! print on each retry.

use std::net::{Ipv4Addr, SocketAddr, TcpListener};
use std::time::{Duration, Instant};

use serde_json::json;
use tempfile::TempDir;
use wiremock::MockServer;

use super::shutdown::{heo_restarting_srv_1_after, wait_for_heo};
use super::{linked_admin, mount_accepted, spawn_binary, start_binary};
use crate::support::discord::{self, FakeDiscord, Route};
use crate::support::process::BotProcess;

/// The grace these tests run with, and how much longer than it a stop may take here: the
/// bot's own bound is a few seconds; the rest is for a busy machine.
const GRACE_SECS: u64 = 3;
pub(super) const STOP_BOUND: Duration = Duration::from_secs(GRACE_SECS + 12);
pub(super) const GRACE: (&str, &str) = ("SHUTDOWN_GRACE_SECS", "3");

/// What serenity prints on every failed retry, which the default log keeps out.
const STORM_LINES: [&str; 4] = [
    "Err starting shard",
    "Re-queueing",
    "Failed to resume",
    "HTTP request to get gateway URL failed",
];

/// A loopback address where nothing listens: bound, then let go.
fn refused_url() -> String {
    let listener = TcpListener::bind(SocketAddr::from((Ipv4Addr::LOCALHOST, 0))).unwrap();
    let addr = listener.local_addr().unwrap();
    drop(listener);
    format!("http://{addr}")
}

/// Sends SIGTERM (or SIGINT) and waits for the exit; returns how long it took.
async fn stop_timed(bot: &mut BotProcess, signal: &str) -> (std::process::ExitStatus, Duration) {
    bot.signal(signal);
    let signalled = Instant::now();
    let status = bot.exit_within(STOP_BOUND).await;
    (status, signalled.elapsed())
}

/// Sends SIGTERM and checks the bot exits 0 within [`STOP_BOUND`]; returns all it printed.
pub(super) async fn sigterm_exits_0_in_time(bot: &mut BotProcess) -> String {
    let (status, took) = stop_timed(bot, "TERM").await;
    let output = bot.output();
    assert!(status.success(), "{status}:\n{output}");
    assert!(took < STOP_BOUND, "took {took:?}:\n{output}");
    output
}

pub(super) fn assert_no_storm(output: &str) {
    for line in STORM_LINES {
        assert!(!output.contains(line), "{line:?} in:\n{output}");
    }
}

/// The bot with `DISCORD_API_URL` at `discord_url`, which it cannot reach (nor HEO).
fn spawn_unable_to_reach(dir: &TempDir, discord_url: &str) -> BotProcess {
    let database = format!("sqlite://{}", dir.path().join("heo-bot.db").display());
    let heo_url = refused_url();
    let vars = [
        ("DISCORD_TOKEN", discord::TOKEN),
        ("DISCORD_API_URL", discord_url),
        ("HEO_API_URL", heo_url.as_str()),
        ("DATABASE_URL", database.as_str()),
        GRACE,
    ];
    BotProcess::spawn(&vars, dir.path())
}

/// After a stop that came before Discord was reached: a clean exit, and one line that names
/// the place and the cause and says the bot keeps trying, however many attempts failed.
fn assert_one_clear_line(
    bot: &BotProcess,
    status: std::process::ExitStatus,
    place: &str,
    cause: &str,
) {
    let output = bot.output();
    assert!(status.success(), "{status}:\n{output}");
    assert_eq!(bot.count_in_output("cannot reach Discord"), 1, "{output}");
    assert!(output.contains(place), "{output}");
    assert!(output.contains(cause), "{output}");
    assert!(output.contains("keeps trying"), "{output}");
    assert!(
        output.contains("stopped before Discord could be reached"),
        "{output}"
    );
    assert!(!output.contains("gateway.discord.gg"), "{output}");
    assert_no_storm(&output);
}

#[tokio::test]
async fn sigterm_while_discord_refuses_every_connection_from_the_start_exits_0_at_once() {
    let dir = TempDir::new().unwrap();
    let discord_url = refused_url();
    let mut bot = spawn_unable_to_reach(&dir, &discord_url);
    bot.wait_for_output("cannot reach Discord").await;
    // Three more attempts (after 1, 2 and 4 s) come and go without another line.
    tokio::time::sleep(Duration::from_secs(4)).await;

    let (status, took) = stop_timed(&mut bot, "TERM").await;
    assert!(
        took < Duration::from_secs(GRACE_SECS),
        "took {took:?}:\n{}",
        bot.output()
    );
    assert_one_clear_line(&bot, status, &discord_url, "Connection refused");
}

#[tokio::test]
async fn a_discord_api_url_whose_name_does_not_resolve_gets_one_clear_line_and_sigterm_exits_0() {
    let dir = TempDir::new().unwrap();
    // `.invalid` never resolves (RFC 6761), with or without a network.
    let mut bot = spawn_unable_to_reach(&dir, "http://discord.heo-bot.invalid");
    bot.wait_for_output("cannot reach Discord").await;
    tokio::time::sleep(Duration::from_secs(2)).await;

    let (status, took) = stop_timed(&mut bot, "TERM").await;
    assert!(took < STOP_BOUND, "took {took:?}:\n{}", bot.output());
    assert_one_clear_line(
        &bot,
        status,
        "discord.heo-bot.invalid",
        "failed to lookup address",
    );
}

#[tokio::test]
async fn a_gateway_answering_503_at_start_is_asked_again_with_growing_waits_then_the_bot_runs() {
    let discord = FakeDiscord::start().await;
    let outage = json!({"message": "upstream unavailable", "code": 0});
    for _ in 0..3 {
        discord.fail_next(Route::GatewayBot, 503, outage.clone());
    }
    let heo = MockServer::start().await;
    let dir = TempDir::new().unwrap();
    let mut bot = spawn_binary(&discord, &heo, &dir, &[GRACE]);
    // Attempts at 0, 1, 3 and 7 s: the fourth is answered.
    bot.wait_for_output_within("heo-bot is ready", Duration::from_secs(25))
        .await;

    let asked: Vec<Instant> = discord
        .requests()
        .iter()
        .filter(|request| request.route == Some(Route::GatewayBot))
        .map(|request| request.at)
        .take(4)
        .collect();
    assert_eq!(asked.len(), 4, "{:#?}", discord.requests());
    let waits: Vec<Duration> = asked.windows(2).map(|w| w[1] - w[0]).collect();
    assert!(waits[0] >= Duration::from_millis(900), "{waits:?}");
    for pair in waits.windows(2) {
        assert!(
            pair[1].as_secs_f64() > pair[0].as_secs_f64() * 1.5,
            "each wait is about twice the last: {waits:?}"
        );
    }
    let output = bot.output();
    assert_eq!(bot.count_in_output("cannot reach Discord"), 1, "{output}");
    assert!(
        output.contains("503"),
        "the line says what Discord answered:\n{output}"
    );
    assert_eq!(bot.count_in_output("reached Discord"), 1, "{output}");
    assert_no_storm(&output);

    let admin = linked_admin(&discord).await;
    mount_accepted(&heo).await;
    let reply = admin
        .slash("/server start server:srv_1")
        .await
        .reply()
        .await;
    let content = reply.message().content;
    assert!(content.contains("Start requested"), "{content}");
    sigterm_exits_0_in_time(&mut bot).await;
}

#[tokio::test]
async fn when_get_gateway_fails_the_bot_still_connects_where_discord_api_url_says() {
    let discord = FakeDiscord::start().await;
    // serenity's own lookup, made while the client is built; on failure it would connect to
    // wss://gateway.discord.gg instead, which no test (and no DISCORD_API_URL user) wants.
    for _ in 0..3 {
        discord.fail_next(Route::Gateway, 500, json!({"message": "boom", "code": 0}));
    }
    let heo = MockServer::start().await;
    let dir = TempDir::new().unwrap();
    let mut bot = start_binary(&discord, &heo, &dir, &[GRACE]).await;
    assert!(
        discord
            .requests()
            .iter()
            .any(|r| r.route == Some(Route::Gateway) && r.status == 500),
        "GET /gateway was asked and failed: {:#?}",
        discord.requests()
    );
    assert_eq!(
        discord.sessions().0,
        1,
        "the bot identified on the test server"
    );
    let output = bot.output();
    assert!(!output.contains("gateway.discord.gg"), "{output}");
    assert_no_storm(&output);
    sigterm_exits_0_in_time(&mut bot).await;
}

#[tokio::test]
async fn sigterm_while_the_shard_waits_on_a_resume_discord_never_answers_exits_0_in_time() {
    let discord = FakeDiscord::start().await;
    let heo = MockServer::start().await;
    let dir = TempDir::new().unwrap();
    let mut bot = start_binary(&discord, &heo, &dir, &[GRACE]).await;
    discord.hold_resumes();
    discord.drop_gateway();
    discord.wait_for_held_resumes(1).await;

    let output = sigterm_exits_0_in_time(&mut bot).await;
    assert_no_storm(&output);
}

#[tokio::test]
async fn a_second_ctrl_c_ends_the_bot_at_once_while_an_action_still_runs() {
    let discord = FakeDiscord::start().await;
    // Far longer than the test: only the second Ctrl-C can end this stop early.
    let heo = heo_restarting_srv_1_after(Duration::from_secs(50)).await;
    let dir = TempDir::new().unwrap();
    let slow = [("SHUTDOWN_GRACE_SECS", "60"), ("HEO_TIMEOUT_SECS", "120")];
    let mut bot = start_binary(&discord, &heo, &dir, &slow).await;
    let admin = linked_admin(&discord).await;
    let _restart = admin.slash("/server restart server:srv_1").await;
    wait_for_heo(&heo, 1).await;

    bot.signal("INT");
    bot.wait_for_output("shutting down").await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert!(
        bot.is_running(),
        "the first Ctrl-C waits for the restart:\n{}",
        bot.output()
    );
    let (status, took) = stop_timed(&mut bot, "INT").await;
    let output = bot.output();
    assert_eq!(status.code(), Some(130), "{output}");
    assert!(took < Duration::from_secs(3), "took {took:?}:\n{output}");
    assert!(output.contains("second stop signal"), "{output}");
    // Taken as meant: the restart under way is not waited for.
    let _ = discord.take_errors();
}

#[tokio::test]
async fn an_answer_retrying_cannot_change_stops_the_start_at_once_with_a_line_that_says_why() {
    // A DISCORD_API_URL that is some other web server, then a token Discord refuses.
    let cases = [
        (404, "answered 404 when asked where Discord's gateway is"),
        (401, "Discord rejected DISCORD_TOKEN"),
    ];
    for (status, line) in cases {
        let discord = FakeDiscord::start().await;
        let body = json!({"message": "no such route", "code": 0});
        discord.fail_next(Route::GatewayBot, status, body);
        let heo = MockServer::start().await;
        let dir = TempDir::new().unwrap();
        let mut bot = spawn_binary(&discord, &heo, &dir, &[GRACE]);
        let status = bot.exit_within(discord::WAIT).await;
        let output = bot.output();
        assert_eq!(status.code(), Some(1), "{output}");
        assert!(output.contains(line), "{line:?} in:\n{output}");
        assert!(!output.contains("cannot reach Discord"), "{output}");
        assert_eq!(discord.sessions(), (0, 0), "no shard was started");
    }
}
