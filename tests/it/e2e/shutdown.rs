//! SIGTERM and Ctrl-C through the real binary: the action under way finishes and is
//! answered, new commands are turned away, the database is closed, and the exit is 0
//! within the grace period.

use std::time::{Duration, Instant};

use poise::serenity_prelude::Permissions;
use sqlx::Connection;
use sqlx::sqlite::SqliteConnection;
use tempfile::TempDir;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer};

use serde_json::json;

use super::{
    KEY, Sent, accepted, assert_contains, assert_sent, kill_prompt, linked_admin, mount_accepted,
    sent_to_heo, spawn_binary, start_binary,
};
use crate::support::discord::{self, FakeDiscord, Route};

/// Waits until HEO has received `count` requests: the action is then under way.
pub(super) async fn wait_for_heo(heo: &MockServer, count: usize) {
    let deadline = Instant::now() + discord::WAIT;
    while sent_to_heo(heo).await.len() < count {
        assert!(Instant::now() < deadline, "HEO never got request {count}");
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

/// A HEO that accepts a restart of `srv_1` only after `delay`: long enough to act while
/// the restart is under way.
pub(super) async fn heo_restarting_srv_1_after(delay: Duration) -> MockServer {
    let heo = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/hosting/game/power/srv_1/restart"))
        .respond_with(accepted().set_delay(delay))
        .mount(&heo)
        .await;
    heo
}

#[tokio::test]
async fn sigterm_during_a_restart_lets_it_finish_answers_the_channel_and_exits_0() {
    let discord = FakeDiscord::start().await;
    let heo_delay = Duration::from_secs(3);
    let heo = heo_restarting_srv_1_after(heo_delay).await;
    let dir = TempDir::new().unwrap();
    let mut bot = start_binary(&discord, &heo, &dir, &[]).await;
    let admin = linked_admin(&discord).await;

    let restart = admin.slash("/server restart server:srv_1").await;
    wait_for_heo(&heo, 1).await;
    bot.signal("TERM");
    let signalled = Instant::now();
    bot.wait_for_output("shutting down").await;

    // While the restart is still under way, a new command is turned away, privately.
    let other = discord.guild(2).member(Permissions::MANAGE_GUILD);
    let late = other.slash("/server start server:srv_9").await;
    let refusal = late.reply().await.message();
    assert!(refusal.ephemeral, "{refusal:#?}");
    assert!(
        refusal.content.contains("restarting") && refusal.content.contains("nothing was sent"),
        "{}",
        refusal.content
    );
    assert!(
        signalled.elapsed() < heo_delay,
        "the refusal came while the restart was still under way"
    );

    let outcome = restart.reply().await.message();
    assert!(!outcome.ephemeral);
    assert_contains(&outcome.content, "Restart requested");
    // Timed against HEO's answer, not the signal: the deferred reply is edited with the
    // outcome only once HEO has answered, and the refusal was shown before that.
    let answered_at = outcome.edits.last().copied().unwrap_or(outcome.created_at);
    assert!(
        refusal.created_at < answered_at,
        "the refusal came {:?} after the restart was answered",
        refusal.created_at.saturating_duration_since(answered_at)
    );
    let status = bot.exit_within(Duration::from_secs(8)).await;
    assert!(status.success(), "{status}:\n{}", bot.output());
    assert!(
        signalled.elapsed() < Duration::from_secs(10),
        "exited {:?} after SIGTERM",
        signalled.elapsed()
    );
    assert!(
        !bot.output().contains("stopped waiting"),
        "{}",
        bot.output()
    );
    assert_sent(&heo, &[Sent::power("srv_1", "restart", KEY)]).await;
    // SQLite removes the write-ahead log when the last connection closes cleanly.
    let wal = dir.path().join("heo-bot.db-wal");
    assert!(!wal.exists(), "the database was not closed cleanly");
    // The audit writer was flushed before the database closed: the restart, and the start
    // turned away while shutting down is not an action taken, so it is not in the trail.
    let url = format!("sqlite://{}", dir.path().join("heo-bot.db").display());
    let mut db = SqliteConnection::connect(&url).await.unwrap();
    let trail: Vec<(String, String, String)> =
        sqlx::query_as("SELECT server_id, action, outcome FROM audit ORDER BY rowid")
            .fetch_all(&mut db)
            .await
            .unwrap();
    assert_eq!(
        trail,
        [("srv_1".into(), "restart".into(), "requested".into())]
    );
    discord.assert_no_errors();
}

#[tokio::test]
async fn ctrl_c_stops_waiting_for_a_hung_action_after_the_grace_period_and_exits_0() {
    let discord = FakeDiscord::start().await;
    let heo = MockServer::start().await;
    // Longer than the grace period, shorter than the bot's own HEO timeout.
    Mock::given(method("POST"))
        .respond_with(accepted().set_delay(Duration::from_secs(8)))
        .mount(&heo)
        .await;
    let dir = TempDir::new().unwrap();
    let settings = [("SHUTDOWN_GRACE_SECS", "1"), ("HEO_TIMEOUT_SECS", "30")];
    let mut bot = start_binary(&discord, &heo, &dir, &settings).await;
    let admin = linked_admin(&discord).await;

    let _hung = admin.slash("/server stop server:srv_1").await;
    wait_for_heo(&heo, 1).await;
    bot.signal("INT");
    let signalled = Instant::now();
    let status = bot.exit_within(Duration::from_secs(5)).await;
    let waited = signalled.elapsed();
    assert!(status.success(), "{status}:\n{}", bot.output());
    assert!(
        waited >= Duration::from_secs(1),
        "exited after {waited:?}, before the grace period ended"
    );
    let output = bot.output();
    assert_contains(&output, "stopped waiting for power actions still under way");
}

#[tokio::test]
async fn a_kill_confirmed_after_sigterm_is_turned_away_and_sends_nothing() {
    let discord = FakeDiscord::start().await;
    let heo = MockServer::start().await;
    // Keeps the shutdown draining while the kill prompt is clicked.
    Mock::given(method("POST"))
        .and(path("/v1/hosting/game/power/srv_1/restart"))
        .respond_with(accepted().set_delay(Duration::from_secs(2)))
        .mount(&heo)
        .await;
    mount_accepted(&heo).await;
    let dir = TempDir::new().unwrap();
    let mut bot = start_binary(&discord, &heo, &dir, &[]).await;
    let admin = linked_admin(&discord).await;
    let prompt = kill_prompt(&admin, "srv_2").await;

    let restart = admin.slash("/server restart server:srv_1").await;
    wait_for_heo(&heo, 1).await;
    bot.signal("TERM");
    bot.wait_for_output("shutting down").await;
    let click = prompt.click("Kill").await;
    let answer = click.reply().await.message();
    assert!(answer.ephemeral, "{answer:#?}");
    assert_contains(&answer.content, "restarting");

    let outcome = restart.reply().await.message().content;
    assert_contains(&outcome, "Restart requested");
    let status = bot.exit_within(Duration::from_secs(8)).await;
    assert!(status.success(), "{status}:\n{}", bot.output());
    assert_eq!(
        sent_to_heo(&heo).await,
        [Sent::power("srv_1", "restart", KEY)],
        "no kill was sent"
    );
    discord.assert_no_errors();
}

#[tokio::test]
async fn a_registration_refused_during_a_restart_lets_it_finish_and_answer_then_exits_1() {
    let discord = FakeDiscord::start().await;
    let heo_delay = Duration::from_secs(4);
    let heo = heo_restarting_srv_1_after(heo_delay).await;
    let dir = TempDir::new().unwrap();
    // A first start registers the commands and links the key, as an earlier deploy did.
    let first = start_binary(&discord, &heo, &dir, &[]).await;
    let admin = linked_admin(&discord).await;
    first.stop().await;
    // The next start's registration is refused while its first restart is under way.
    let refusal = json!({"message": "Invalid Form Body", "code": 50035});
    let refused_after = Duration::from_secs(2);
    discord.fail_next_after(Route::RegisterCommands, refused_after, 400, refusal);
    let mut bot = spawn_binary(&discord, &heo, &dir, &[]);
    discord.wait_for_sessions(2).await;

    let restart = admin.slash("/server restart server:srv_1").await;
    wait_for_heo(&heo, 1).await;
    bot.wait_for_output("the command registration failed").await;
    bot.wait_for_output("shutting down").await;

    let outcome = restart.reply().await.message();
    assert!(!outcome.ephemeral, "{outcome:#?}");
    assert_contains(&outcome.content, "Restart requested");
    let status = bot.exit_within(Duration::from_secs(8)).await;
    assert_eq!(status.code(), Some(1), "{status}:\n{}", bot.output());
    assert_contains(
        &bot.output(),
        "heo-bot: the slash-command registration with Discord failed",
    );
    assert_sent(&heo, &[Sent::power("srv_1", "restart", KEY)]).await;
    discord.assert_no_errors();
}
