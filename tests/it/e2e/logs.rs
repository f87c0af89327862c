//! What the real binary prints: never an API key or the Discord token, even with every
//! crate logging at debug level.

use std::time::Duration;

use poise::serenity_prelude::Permissions;
use serde_json::json;
use tempfile::TempDir;
use wiremock::matchers::path;
use wiremock::{Mock, MockServer, ResponseTemplate};

use super::{
    NO_COOLDOWN, assert_contains, kill_prompt, link_key, mount_accepted, reply_text, spawn_binary,
};
use crate::support::discord::{self, FakeDiscord, Member, Route};
use crate::support::process::BotProcess;

/// Random-looking, so that no stretch of it shows up in a log by chance.
const LOG_KEY: &str = "Hk7Qz2Lp9Vx4Rm8Tn3Ws";
/// Any eight characters in a row of the key count as a leak.
const LEAK_LEN: usize = 8;

/// Runs the binary in `dir` against the test servers with every crate logging at debug
/// level, and waits until it has registered its commands.
async fn start_debug_binary(discord: &FakeDiscord, heo: &MockServer, dir: &TempDir) -> BotProcess {
    // The scenarios run back to back as one member; the cooldown has its own tests.
    let bot = spawn_binary(discord, heo, dir, &[NO_COOLDOWN, ("RUST_LOG", "debug")]);
    discord.registration().await;
    bot
}

/// Fails, naming the line, if `output` holds the Discord token or any [`LEAK_LEN`]
/// characters in a row of [`LOG_KEY`], as text or as the byte lists serenity's request
/// spans print bodies as (`[123, 34, ...]`).
fn assert_no_secret_in(output: &str) {
    assert!(
        !output.contains(discord::TOKEN),
        "the Discord token is in the log"
    );
    let (_, secret_part) = discord::TOKEN.split_once('.').unwrap();
    assert!(
        !output.contains(secret_part),
        "part of the token is in the log"
    );
    for window in LOG_KEY.as_bytes().windows(LEAK_LEN) {
        let bytes: Vec<String> = window.iter().map(u8::to_string).collect();
        for part in [
            String::from_utf8_lossy(window).into_owned(),
            bytes.join(", "),
        ] {
            if let Some(at) = output.find(&part) {
                panic!("{part:?} of the key is in the log: {}", line_at(output, at));
            }
        }
    }
}

/// The whole line around byte `at`, to name the crate that printed it.
fn line_at(output: &str, at: usize) -> &str {
    let start = output[..at].rfind('\n').map_or(0, |i| i + 1);
    let end = output[at..].find('\n').map_or(output.len(), |i| at + i);
    &output[start..end]
}

#[tokio::test]
async fn nothing_the_binary_logs_at_debug_level_contains_the_key_or_the_discord_token() {
    let discord = FakeDiscord::start().await;
    let heo = MockServer::start().await;
    let revoked = json!({
        "success": false, "error": "unauthorized",
        "message": "Missing, invalid, or revoked API key",
    });
    Mock::given(path("/v1/hosting/game/power/srv_2/restart"))
        .respond_with(ResponseTemplate::new(401).set_body_json(revoked))
        .mount(&heo)
        .await;
    mount_accepted(&heo).await;
    let dir = TempDir::new().unwrap();
    let mut bot = start_debug_binary(&discord, &heo, &dir).await;
    bot.wait_for_output("heo-bot is ready").await;

    let admin = discord.guild(1).member(Permissions::MANAGE_GUILD);
    link_key(&admin, LOG_KEY).await;
    let text = reply_text(&admin, "/server restart server:srv_1").await;
    assert_contains(&text, "Restart requested");
    let text = reply_text(&admin, "/server restart server:srv_2").await;
    assert_contains(&text, "`/link-key`");
    let prompt = kill_prompt(&admin, "srv_1").await;
    let text = prompt.click("Kill").await.reply().await.message().content;
    assert_contains(&text, "Kill requested");

    let output = bot.stop().await;
    for expected in [
        "heo-bot is ready",
        "power action requested",
        "DEBUG",
        "serenity",
    ] {
        assert!(output.contains(expected), "no {expected:?} in:\n{output}");
    }
    assert_no_secret_in(&output);
    // The master key the bot created on first start is not in the log either.
    let master = std::fs::read_to_string(dir.path().join("heo-bot.db.key")).unwrap();
    let master = master.trim();
    assert_eq!(master.len(), 44, "base64 of 32 bytes");
    assert!(
        !output.contains(&master[..16]),
        "the master key is in the log"
    );
    discord.assert_no_errors();
}

#[tokio::test]
async fn a_key_form_the_bot_cannot_read_does_not_put_the_key_in_the_log_at_debug_level() {
    // One field serenity 0.12 requires, missing or renamed by Discord, is enough: the event
    // becomes `Event::Unknown`, which serenity would drop with
    // `debug!("An unknown event was received: {event:?}")`, the raw payload included; the
    // bot caps that target (src/logging/mod.rs).
    let discord = FakeDiscord::start().await;
    let heo = MockServer::start().await;
    let dir = TempDir::new().unwrap();
    let bot = start_debug_binary(&discord, &heo, &dir).await;

    let admin = discord.guild(1).member(Permissions::MANAGE_GUILD);
    let modal = admin.slash("/link-key").await.modal().await;
    let submit = modal
        .submit_edited(&[LOG_KEY], |event| {
            let removed = event
                .as_object_mut()
                .unwrap()
                .remove("attachment_size_limit");
            assert!(removed.is_some(), "the submit carries the field: {event:#}");
        })
        .await;
    // Events are handled in order: once a later command is answered, the malformed submit
    // has been through serenity's dispatch (and its log lines) too.
    let later = admin.slash("/server start server:srv_1").await;
    let text = later.reply().await.message().content;

    let output = bot.stop().await;
    assert_no_secret_in(&output);
    // The form really was unreadable: the bot never answered it and stored no key, so a
    // log with no key in it proves something.
    assert!(
        submit.record().response.is_none(),
        "the bot answered the form: {:#?}",
        submit.record()
    );
    assert_contains(&text, "No HEO API key");
    discord.assert_no_errors();
}

/// Drops the connection under each kind of request the bot makes with an interaction token
/// in its URL (a command's acknowledgement, a reply after it, a button's update, an edit of
/// a form's answer), waits until each was dropped, and returns the tokens involved.
async fn lose_replies_on_the_network(discord: &FakeDiscord, admin: &Member) -> Vec<String> {
    let mut tokens = Vec::new();
    discord.drop_next(Route::Callback);
    tokens.push(
        admin
            .slash("/server restart server:srv_1")
            .await
            .record()
            .token,
    );
    wait_for_dropped(discord, 1).await;

    discord.drop_next(Route::Followup);
    tokens.push(
        admin
            .slash("/server restart server:srv_1")
            .await
            .record()
            .token,
    );
    wait_for_dropped(discord, 2).await;

    let prompt = kill_prompt(admin, "srv_1").await;
    discord.drop_next(Route::Callback);
    tokens.push(prompt.click("Kill").await.record().token);
    wait_for_dropped(discord, 3).await;

    let modal = admin.slash("/link-key").await.modal().await;
    discord.drop_next(Route::EditMessage);
    tokens.push(modal.submit(&[LOG_KEY]).await.record().token);
    wait_for_dropped(discord, 4).await;
    tokens
}

/// Waits until the test server has dropped `count` requests.
async fn wait_for_dropped(discord: &FakeDiscord, count: usize) {
    let deadline = tokio::time::Instant::now() + discord::WAIT;
    loop {
        let dropped = discord.requests().iter().filter(|r| r.status == 0).count();
        if dropped >= count {
            return;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "only {dropped} of {count} requests were dropped"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// Runs [`lose_replies_on_the_network`] against the binary started with `settings` and
/// fails if any of the interaction tokens is in what it printed.
async fn assert_lost_replies_leave_no_token_in_the_log(settings: &[(&str, &str)]) {
    let discord = FakeDiscord::start().await;
    let heo = MockServer::start().await;
    mount_accepted(&heo).await;
    let dir = TempDir::new().unwrap();
    let mut settings = settings.to_vec();
    settings.push(NO_COOLDOWN);
    let mut bot = spawn_binary(&discord, &heo, &dir, &settings);
    bot.wait_for_output("heo-bot is ready").await;
    let admin = discord.guild(1).member(Permissions::MANAGE_GUILD);
    link_key(&admin, LOG_KEY).await;

    let tokens = lose_replies_on_the_network(&discord, &admin).await;
    // The last lost request, the form's, has been logged (the others were before it).
    let json = settings.contains(&("LOG_FORMAT", "json"));
    let form_logged = if json {
        r#""command":"link-key""#
    } else {
        "command=link-key"
    };
    bot.wait_for_output(form_logged).await;
    let output = bot.stop().await;
    if json {
        assert_every_line_is_json(&output);
    }
    for token in &tokens {
        if let Some(at) = output.find(token.as_str()) {
            panic!(
                "interaction token {token} is in the log: {}",
                line_at(&output, at)
            );
        }
    }
    assert_no_secret_in(&output);
    // The failures were logged, each URL with its token cut out.
    for expected in [
        "error sending request",
        "/interactions/",
        "/webhooks/101/<redacted>",
    ] {
        assert!(output.contains(expected), "no {expected:?} in:\n{output}");
    }
    // The test server saw only what it planned: four dropped connections.
    discord.take_errors();
}

#[tokio::test]
async fn a_reply_lost_on_the_network_is_logged_without_its_interaction_token() {
    assert_lost_replies_leave_no_token_in_the_log(&[]).await;
}

#[tokio::test]
async fn a_reply_lost_on_the_network_is_logged_without_its_interaction_token_at_debug_level() {
    assert_lost_replies_leave_no_token_in_the_log(&[("RUST_LOG", "debug")]).await;
}

#[tokio::test]
async fn a_reply_lost_on_the_network_is_logged_without_its_interaction_token_in_json_at_debug_level()
 {
    // In JSON the `Debug` form of serenity's routes comes escaped (`token: \"...\"`).
    let settings = [("RUST_LOG", "debug"), ("LOG_FORMAT", "json")];
    assert_lost_replies_leave_no_token_in_the_log(&settings).await;
}

/// Fails, naming the line, unless every line of `output` is one JSON object: what a log
/// shipper reads, and what redacting inside JSON strings must not break.
fn assert_every_line_is_json(output: &str) {
    let mut objects = 0;
    for line in output.lines().filter(|line| !line.trim().is_empty()) {
        match serde_json::from_str::<serde_json::Value>(line) {
            Ok(value) if value.is_object() => objects += 1,
            _ => panic!("not a JSON object: {line}"),
        }
    }
    assert!(objects > 10, "only {objects} lines in:\n{output}");
}
