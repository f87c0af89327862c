//! Through the real binary: Discord going away and coming back while the bot runs, sessions
//! Discord invalidates, closes with codes the bot must ride out or stop on, and a gateway
//! that sends garbage. The log is read for one line per outage, not one per retry.

use std::time::{Duration, Instant};

use poise::serenity_prelude::Permissions;
use tempfile::TempDir;
use wiremock::MockServer;

use super::weather_start::{GRACE, STOP_BOUND, assert_no_storm, sigterm_exits_0_in_time};
use super::{
    Sent, assert_contains, assert_sent, kill_prompt, linked_admin, mount_accepted, reply_text,
    spawn_binary, start_binary,
};
use crate::support::discord::FakeDiscord;

/// The watchdog's line when a shard has been disconnected for 12 s, and its line when the
/// shard is back.
const OUTAGE_LINE: &str = "has not been connected to Discord's gateway";
const BACK_LINE: &str = "connected to Discord again";
/// 12 s of outage before the line, and a busy machine.
const OUTAGE_NOTICED_WITHIN: Duration = Duration::from_secs(25);

#[tokio::test]
async fn an_outage_is_logged_once_and_prompts_cooldowns_and_locks_hold_across_it() {
    let discord = FakeDiscord::start().await;
    let heo = MockServer::start().await;
    mount_accepted(&heo).await;
    let dir = TempDir::new().unwrap();
    let settings = [
        GRACE,
        ("KILL_CONFIRM_TIMEOUT_SECS", "2"),
        ("POWER_COOLDOWN_SECS", "120"),
    ];
    let mut bot = start_binary(&discord, &heo, &dir, &settings).await;
    let admin = linked_admin(&discord).await;
    let prompt = kill_prompt(&admin, "srv_1").await;
    let restart = reply_text(&admin, "/server restart server:srv_1").await;
    assert_contains(&restart, "Restart requested");

    discord.go_away();
    bot.wait_for_output_within(OUTAGE_LINE, OUTAGE_NOTICED_WITHIN)
        .await;
    // Many more reconnection attempts fail meanwhile, and the kill prompt expires.
    tokio::time::sleep(Duration::from_secs(6)).await;
    discord.come_back().await;
    discord.wait_for_sessions(2).await;
    bot.wait_for_output(BACK_LINE).await;

    // The prompt expired during the outage: its button now sends nothing.
    let late = prompt.click("Kill").await.reply().await.message();
    assert!(late.ephemeral, "{late:#?}");
    assert_contains(&late.content, "already answered or has expired");
    // The member's cooldown from before the outage still runs.
    let again = reply_text(&admin, "/server restart server:srv_1").await;
    assert_contains(&again, "moments ago");
    // No lock on srv_1 was left behind: another admin's restart goes through.
    let other = discord.guild(1).member(Permissions::MANAGE_GUILD);
    let theirs = reply_text(&other, "/server restart server:srv_1").await;
    assert_contains(&theirs, "Restart requested");
    let restart = Sent::power("srv_1", "restart", super::KEY);
    assert_sent(&heo, &[restart.clone(), restart]).await;

    let output = sigterm_exits_0_in_time(&mut bot).await;
    assert_eq!(bot.count_in_output(OUTAGE_LINE), 1, "{output}");
    assert_eq!(bot.count_in_output(BACK_LINE), 1, "{output}");
    assert_no_storm(&output);
    // The expired prompt's edit and anything else sent into the outage failed on the bot's
    // side only; the server saw nothing wrong.
    discord.assert_no_errors();
}

#[tokio::test]
async fn sigterm_well_into_a_discord_outage_exits_0_within_the_grace() {
    let discord = FakeDiscord::start().await;
    let heo = MockServer::start().await;
    let dir = TempDir::new().unwrap();
    let mut bot = start_binary(&discord, &heo, &dir, &[GRACE]).await;
    discord.go_away();
    // By now the shard has failed to resume and serenity re-queues its start every 5 s:
    // the state in which a stop used to hang for good.
    bot.wait_for_output_within(OUTAGE_LINE, OUTAGE_NOTICED_WITHIN)
        .await;

    let output = sigterm_exits_0_in_time(&mut bot).await;
    assert_no_storm(&output);
}

#[tokio::test]
async fn sigterm_while_the_gateway_never_says_hello_exits_0_in_time() {
    let discord = FakeDiscord::start().await;
    discord.hold_hellos();
    let heo = MockServer::start().await;
    let dir = TempDir::new().unwrap();
    let mut bot = spawn_binary(&discord, &heo, &dir, &[GRACE]);
    bot.wait_for_output("running shards").await;
    tokio::time::sleep(Duration::from_secs(1)).await;

    sigterm_exits_0_in_time(&mut bot).await;
    discord.release_hellos();
}

#[tokio::test]
async fn invalid_sessions_are_resumed_or_identified_again_as_discord_says_and_the_bot_answers() {
    let discord = FakeDiscord::start().await;
    let heo = MockServer::start().await;
    mount_accepted(&heo).await;
    let dir = TempDir::new().unwrap();
    let mut bot = start_binary(&discord, &heo, &dir, &[GRACE]).await;
    let admin = linked_admin(&discord).await;

    discord.invalidate_sessions(true);
    discord.wait_for_resumes(1).await;
    assert_contains(
        &reply_text(&admin, "/server start server:srv_1").await,
        "Start requested",
    );

    discord.invalidate_sessions(false);
    discord.wait_for_sessions(2).await;
    assert_eq!(discord.sessions(), (2, 1), "identified again, not resumed");
    let other = discord.guild(1).member(Permissions::MANAGE_GUILD);
    assert_contains(
        &reply_text(&other, "/server start server:srv_1").await,
        "Start requested",
    );

    let output = sigterm_exits_0_in_time(&mut bot).await;
    assert_no_storm(&output);
}

#[tokio::test]
async fn an_unknown_close_code_and_a_garbage_frame_are_ridden_out_and_the_bot_answers() {
    let discord = FakeDiscord::start().await;
    let heo = MockServer::start().await;
    mount_accepted(&heo).await;
    let dir = TempDir::new().unwrap();
    let mut bot = start_binary(&discord, &heo, &dir, &[GRACE]).await;
    let admin = linked_admin(&discord).await;

    discord.close_gateway(4999);
    discord.wait_for_resumes(1).await;
    discord.send_garbage();
    assert_contains(
        &reply_text(&admin, "/server start server:srv_1").await,
        "Start requested",
    );
    assert_eq!(
        discord.sessions(),
        (1, 1),
        "the session was kept throughout"
    );

    let output = sigterm_exits_0_in_time(&mut bot).await;
    assert_no_storm(&output);
}

#[tokio::test]
async fn a_close_discord_calls_fatal_stops_the_bot_with_a_clear_line_and_exit_1() {
    let cases = [
        (4004, "Discord rejected DISCORD_TOKEN"),
        (4013, "refused the intents heo-bot asks for"),
        (4014, "refused the intents heo-bot asks for"),
    ];
    for (code, line) in cases {
        let discord = FakeDiscord::start().await;
        discord.close_identifies_with(code);
        let heo = MockServer::start().await;
        let dir = TempDir::new().unwrap();
        let mut bot = spawn_binary(&discord, &heo, &dir, &[GRACE]);
        let started = Instant::now();
        let status = bot.exit_within(STOP_BOUND).await;
        let output = bot.output();
        assert_eq!(status.code(), Some(1), "close {code}:\n{output}");
        assert!(
            output.contains(line),
            "close {code}: {line:?} in:\n{output}"
        );
        assert!(
            started.elapsed() < STOP_BOUND,
            "close {code}: took {:?}",
            started.elapsed()
        );
        assert!(discord.closes().contains(&code), "{:?}", discord.closes());
    }
}

#[tokio::test]
async fn a_token_refused_by_the_gateway_while_running_stops_the_bot_with_exit_1() {
    let discord = FakeDiscord::start().await;
    let heo = MockServer::start().await;
    let dir = TempDir::new().unwrap();
    let mut bot = start_binary(&discord, &heo, &dir, &[GRACE]).await;
    // The token was reset in the Developer Portal while the bot ran.
    discord.close_gateway(4004);
    let status = bot.exit_within(STOP_BOUND).await;
    let output = bot.output();
    assert_eq!(status.code(), Some(1), "{output}");
    assert!(
        output.contains("Discord rejected DISCORD_TOKEN"),
        "{output}"
    );
}
