//! Warned actions through the real bot: `/server restart … warn:`, the public countdown with
//! its Abort button, the in-game warnings HEO receives, and restarts of the bot. The bot's
//! clock is driven by the test, so a ten-minute countdown takes no ten minutes.

use std::time::Duration;

use chrono::{DateTime, Utc};
use poise::serenity_prelude::Permissions;
use serde_json::{Value, json};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

use super::{
    KEY, NO_COOLDOWN, Sent, accepted, assert_contains, linked_admin, private_answer, private_reply,
    sent_to_heo, start_linked_driven,
};
use crate::support::bot::World;
use crate::support::discord::model::{Message, ResponseKind};
use crate::support::discord::{ChannelRefusal, Member, Posted};

const CONSOLE: &str = "/v1/hosting/game/console/srv_1/command";
const PLAIN: Permissions = Permissions::USE_APPLICATION_COMMANDS;

pub(super) fn t0() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-12-02T20:00:00Z")
        .unwrap()
        .with_timezone(&Utc)
}

/// Runs `command` (a warned action), checks its private answer links to the countdown, and
/// returns the countdown as posted in the channel.
async fn countdown(world: &World, member: &Member, command: &str) -> Posted {
    let run = member.slash(command).await;
    let ack = run.response().await;
    assert_eq!(ack.kind, ResponseKind::Defer, "{command}: {ack:#?}");
    assert!(ack.ephemeral, "{command}: the answer is private");
    let answer = run.reply().await.message();
    assert_contains(&answer.content, "Countdown posted");
    let posted = world
        .discord
        .wait_for_post(member.channel, "a countdown", |m| {
            m.button("Abort").is_some()
        })
        .await;
    assert_contains(
        &answer.content,
        &format!("/{}/{}", member.channel, posted.id),
    );
    posted
}

/// The console commands HEO has received, once there are `count`.
pub(super) async fn console_lines(heo: &MockServer, count: usize) -> Vec<String> {
    for _ in 0..400 {
        let lines = console_commands(heo).await;
        if lines.len() >= count {
            return lines;
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    panic!(
        "HEO's console got {:?}, not {count}",
        console_commands(heo).await
    );
}

async fn console_commands(heo: &MockServer) -> Vec<String> {
    let received = heo.received_requests().await.unwrap();
    received
        .iter()
        .filter(|r| r.url.path() == CONSOLE)
        .map(|r| {
            let body: Value = serde_json::from_slice(&r.body).unwrap_or(Value::Null);
            body["command"].as_str().unwrap_or_default().to_owned()
        })
        .collect()
}

/// The power calls HEO has received (console commands left out).
pub(super) async fn power_calls(heo: &MockServer) -> Vec<Sent> {
    let sent = sent_to_heo(heo).await;
    sent.into_iter().filter(|s| s.path != CONSOLE).collect()
}

pub(super) fn ended(message: &Message) -> bool {
    message.buttons().is_empty()
}

#[tokio::test]
async fn a_warned_restart_warns_the_players_in_order_then_sends_one_restart() {
    let (world, admin, hand) = start_linked_driven(t0()).await;
    let posted = countdown(
        &world,
        &admin,
        "/server restart server:srv_1 warn:10m message:\"Back soon!\"",
    )
    .await;
    let shown = posted.message();
    assert!(!shown.ephemeral, "the channel sees the countdown");
    assert_contains(&shown.content, "**Restart** of `srv_1`");
    assert_contains(&shown.content, &format!("<t:{}:R>", t0().timestamp() + 600));
    assert_contains(&shown.content, &format!("asked by <@{}>", admin.id));
    assert_contains(&shown.content, "Back soon!");

    let mut expected = vec!["say Server restart in 10 minutes. Back soon!".to_owned()];
    assert_eq!(console_lines(&world.heo, 1).await, expected);
    for (advance, line) in [(300, "5 minutes"), (240, "1 minute"), (50, "10 seconds")] {
        hand.advance(Duration::from_secs(advance));
        expected.push(format!("say Server restart in {line}. Back soon!"));
        assert_eq!(console_lines(&world.heo, expected.len()).await, expected);
        assert_eq!(power_calls(&world.heo).await, [], "nothing before its time");
    }
    hand.advance(Duration::from_secs(10));
    let done = posted.wait_until("the outcome", ended).await;
    assert_contains(&done.content, "Restart requested");
    assert_eq!(
        power_calls(&world.heo).await,
        [Sent::power("srv_1", "restart", KEY)]
    );
    world.discord.assert_no_errors();
}

#[tokio::test]
async fn another_action_on_the_server_is_refused_privately_naming_the_countdown() {
    let (world, admin, _hand) = start_linked_driven(t0()).await;
    let posted = countdown(&world, &admin, "/server restart server:srv_1 warn:5m").await;
    let other = super::admin(&world, 1);
    let stop = other.slash("/server stop server:srv_1").await;
    let refused = private_answer(&stop).await.content;
    assert_contains(&refused, "A countdown to restart");
    assert_contains(&refused, &format!("/{}", posted.id));
    assert_contains(&refused, "Abort");
    let second = private_reply(&other, "/server stop server:srv_1 warn:1m").await;
    assert_contains(&second, "A countdown to restart");
    // Another server is not held.
    let elsewhere = other.slash("/server stop server:srv_2").await;
    assert_eq!(elsewhere.response().await.kind, ResponseKind::Defer);
    assert_contains(&elsewhere.reply().await.message().content, "Stop requested");
    assert_eq!(
        power_calls(&world.heo).await,
        [Sent::power("srv_2", "stop", KEY)]
    );
}

#[tokio::test]
async fn another_admin_can_abort_a_member_without_standing_cannot() {
    let (world, admin, hand) = start_linked_driven(t0()).await;
    let posted = countdown(&world, &admin, "/server restart server:srv_1 warn:1m").await;
    console_lines(&world.heo, 1).await;

    let player = world.discord.guild(1).member(PLAIN);
    let refused = posted.click(&player, "Abort").await;
    let text = private_answer(&refused).await.content;
    assert_contains(&text, "Only the member who asked");
    assert!(!ended(&posted.message()), "the countdown goes on");

    let other = super::admin(&world, 1);
    let abort = posted.click(&other, "Abort").await;
    assert_eq!(abort.response().await.kind, ResponseKind::Update);
    let aborted = posted.wait_until("aborted", ended).await;
    assert_contains(&aborted.content, &format!("**aborted** by <@{}>", other.id));
    let lines = console_lines(&world.heo, 2).await;
    assert_eq!(lines[1], "say Server restart cancelled.");

    hand.advance(Duration::from_secs(120));
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(
        power_calls(&world.heo).await,
        [],
        "an aborted restart is never sent"
    );
    world.discord.assert_no_errors();
}

#[tokio::test]
async fn the_invoker_and_a_holder_of_a_role_granted_the_action_can_abort() {
    const MODS: u64 = 7002;
    let (world, admin, _hand) = start_linked_driven(t0()).await;
    let granted = "/power-role grant action:restart role:<@&7002>";
    assert_contains(&private_reply(&admin, granted).await, "<@&7002>");
    let moderator = world.discord.guild(1).member_with_roles(PLAIN, &[MODS]);
    let first = countdown(&world, &moderator, "/server restart server:srv_1 warn:1m").await;
    first.click(&moderator, "Abort").await;
    first.wait_until("aborted by its invoker", ended).await;

    let second = countdown(&world, &admin, "/server restart server:srv_1 warn:1m").await;
    let abort = second.click(&moderator, "Abort").await;
    assert_eq!(abort.response().await.kind, ResponseKind::Update);
    let aborted = second.wait_until("aborted by the moderator", ended).await;
    assert_contains(&aborted.content, &format!("by <@{}>", moderator.id));
    assert_eq!(power_calls(&world.heo).await, []);
}

#[tokio::test]
async fn a_countdown_outlives_a_bot_restart_and_is_sent_once_by_the_new_bot() {
    let (world, admin, hand) = start_linked_driven(t0()).await;
    let posted = countdown(&world, &admin, "/server restart server:srv_1 warn:10m").await;
    console_lines(&world.heo, 1).await;
    // Down for six minutes: the 5-minute warning's time passes meanwhile.
    let world = world
        .restart_after(&[NO_COOLDOWN], || hand.advance(Duration::from_secs(360)))
        .await;
    hand.advance(Duration::from_secs(180));
    let lines = console_lines(&world.heo, 2).await;
    assert_eq!(lines[1], "say Server restart in 1 minute.", "{lines:?}");
    hand.advance(Duration::from_secs(60));
    let done = posted.wait_until("the outcome", ended).await;
    assert_contains(&done.content, "Restart requested");
    assert_eq!(
        console_lines(&world.heo, 3).await.len(),
        3,
        "1 min, then 10 s"
    );
    assert_eq!(
        power_calls(&world.heo).await,
        [Sent::power("srv_1", "restart", KEY)]
    );
}

#[tokio::test]
async fn a_countdown_whose_moment_passed_while_the_bot_was_down_says_so_and_sends_nothing() {
    let (world, admin, hand) = start_linked_driven(t0()).await;
    let posted = countdown(&world, &admin, "/server stop server:srv_1 warn:1m").await;
    let world = world
        .restart_after(&[NO_COOLDOWN], || hand.advance(Duration::from_secs(600)))
        .await;
    let missed = posted.wait_until("reported missed", ended).await;
    assert_contains(
        &missed.content,
        "the bot was not running then, so nothing was sent",
    );
    assert_eq!(power_calls(&world.heo).await, []);
    // Entries are written in the background: the helper waits for the one expected.
    let history = super::audit::history(&admin, super::audit::REFUSALS, 1).await;
    assert_contains(&history[0], "`missed`");
}

#[tokio::test]
async fn warnings_the_key_may_not_send_are_said_at_once_and_the_restart_still_happens() {
    let (world, hand) = World::start_driven(&[NO_COOLDOWN], t0()).await;
    let scope = json!({"success": false, "error": "insufficient_scope",
        "message": "This API key only has read scope"});
    Mock::given(method("POST"))
        .and(path(CONSOLE))
        .respond_with(ResponseTemplate::new(403).set_body_json(scope))
        .mount(&world.heo)
        .await;
    Mock::given(method("POST"))
        .respond_with(accepted())
        .mount(&world.heo)
        .await;
    let admin = linked_admin(&world.discord).await;
    let posted = countdown(&world, &admin, "/server restart server:srv_1 warn:1m").await;
    let problem = posted
        .wait_until("the warning problem", |m| {
            m.content.contains("could not be warned")
        })
        .await;
    assert_contains(&problem.content, "`game-console:read_write`");
    assert_contains(&problem.content, "still happens");
    hand.advance(Duration::from_secs(60));
    let done = posted.wait_until("the outcome", ended).await;
    assert_contains(&done.content, "Restart requested");
    assert_eq!(
        console_commands(&world.heo).await.len(),
        1,
        "asked once, not at each step"
    );
}

#[tokio::test]
async fn a_bad_warning_or_a_channel_the_bot_cannot_post_in_starts_nothing() {
    let (world, admin, _hand) = start_linked_driven(t0()).await;
    let short = private_reply(&admin, "/server restart server:srv_1 warn:2s").await;
    assert_contains(&short, "shorter than 5 seconds");
    let newline = "/server restart server:srv_1 warn:1m message:\"bye\nop me\"";
    assert_contains(&private_reply(&admin, newline).await, "line break");

    world
        .discord
        .refuse_posts(admin.channel, ChannelRefusal::MissingPermissions);
    let run = admin.slash("/server restart server:srv_1 warn:1m").await;
    let answer = run.reply().await.message();
    assert_contains(&answer.content, "could not post the countdown");
    assert_eq!(
        sent_to_heo(&world.heo).await,
        [],
        "nothing sent, not even a warning"
    );
    // Nothing holds the server afterwards.
    let now = admin.slash("/server restart server:srv_1").await;
    assert_eq!(now.response().await.kind, ResponseKind::Defer);
}
