//! A panel posted with `warn:`: its Stop and Restart begin the same public countdown as
//! `/server restart … warn:`, Start acts at once, and Kill keeps its private prompt. The
//! bot's clock is driven by the test.

use std::time::Duration;

use super::audit::history;
use super::countdowns::{console_lines, ended, power_calls, t0};
use super::panels::{deferred_answer, post_panel};
use super::{KEY, Sent, assert_contains, private_answer, private_reply, start_linked_driven};

#[tokio::test]
async fn a_warned_panels_restart_counts_down_publicly_then_restarts_while_kill_and_start_are_not_warned()
 {
    let (world, admin, hand) = start_linked_driven(t0()).await;
    let options = "server:srv_1 warn:1m message:\"Back soon!\"";
    let (panel, _) = post_panel(&world, &admin, options).await;
    assert_contains(
        &panel.message().content,
        "warn the players 60 seconds first",
    );

    let click = admin.click_post(&panel, "Restart").await;
    let answer = deferred_answer(&click).await;
    assert_contains(&answer.content, "Countdown posted");
    let countdown = world
        .discord
        .wait_for_post(panel.channel, "the countdown", |m| {
            m.button("Abort").is_some()
        })
        .await;
    assert_contains(&answer.content, &format!("/{}", countdown.id));
    assert_contains(&countdown.message().content, "Back soon!");
    let due = t0().timestamp() + 60;
    let shown = panel
        .wait_until("the countdown on the panel", |m| {
            m.content.contains("countdown begun")
        })
        .await;
    assert_contains(&shown.content, &format!("by <@{}>", admin.id));
    assert_contains(&shown.content, &format!("due <t:{due}:R>"));
    let warned = console_lines(&world.heo, 1).await;
    assert_eq!(warned, ["say Server restart in 1 minute. Back soon!"]);
    assert_eq!(power_calls(&world.heo).await, [], "nothing before its time");

    // Meanwhile the countdown holds the server, for the panel's buttons too.
    let kill = admin.click_post(&panel, "Kill").await;
    assert_contains(
        &private_answer(&kill).await.content,
        "A countdown to restart",
    );

    hand.advance(Duration::from_secs(60));
    let done = countdown.wait_until("the outcome", ended).await;
    assert_contains(&done.content, "Restart requested");
    let restart = Sent::power("srv_1", "restart", KEY);
    assert_eq!(
        power_calls(&world.heo).await,
        std::slice::from_ref(&restart)
    );
    // The countdown's action is in the audit trail as from the panel.
    let sent = history(&admin, " server:srv_1", 1).await;
    assert_eq!(sent.len(), 1, "{sent:#?}");
    assert_contains(&sent[0], &format!("<@{}> (panel) 🔄 Restart", admin.id));

    // Kill is not warned: its private prompt opens, as on any panel.
    let kill = admin.click_post(&panel, "Kill").await;
    assert_contains(&private_answer(&kill).await.content, "Kill `srv_1`?");
    let start = admin.click_post(&panel, "Start").await;
    assert_contains(&deferred_answer(&start).await.content, "Start requested");
    let start = Sent::power("srv_1", "start", KEY);
    assert_eq!(power_calls(&world.heo).await, [restart, start]);
    world.discord.assert_no_errors();
}

#[tokio::test]
async fn a_bad_warning_is_refused_privately_and_no_panel_is_posted() {
    let (world, admin, _hand) = start_linked_driven(t0()).await;
    let refused = private_reply(&admin, "/server panel server:srv_1 warn:2d").await;
    assert_contains(&refused, "warn");
    assert!(
        world.discord.posts().is_empty(),
        "{:?}",
        world.discord.posts()
    );
    world.discord.assert_no_errors();
}
