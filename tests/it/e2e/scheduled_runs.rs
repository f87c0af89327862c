//! Schedules that fire, through the real bot on a driven clock: a run without a warning sent
//! at its time, a warned run counting down so that the action lands at the scheduled time, a
//! run missed while the bot was down, and a daily run across a daylight-saving change.

use std::time::Duration;

use chrono::{DateTime, Utc};

use super::{KEY, NO_COOLDOWN, Sent, assert_contains, sent_to_heo, start_linked_driven};
use crate::support::bot::World;
use crate::support::discord::Member;
use crate::support::discord::model::Message;
use heo_bot::clock::DrivenClock;

const CONSOLE: &str = "/v1/hosting/game/console/srv_1/command";

fn utc(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(text)
        .unwrap()
        .with_timezone(&Utc)
}

/// Adds a schedule with `options`; checks it was announced publicly.
async fn schedule(admin: &Member, options: &str) {
    let command = format!("/schedule add server:srv_1 {options}");
    let reply = admin.slash(&command).await.reply().await.message();
    assert!(!reply.ephemeral, "{command}: {}", reply.content);
    assert_contains(&reply.content, "`#1`");
}

/// The power calls HEO received, console commands left out.
async fn power_calls(world: &World) -> Vec<Sent> {
    let sent = sent_to_heo(&world.heo).await;
    sent.into_iter().filter(|s| s.path != CONSOLE).collect()
}

/// Waits until HEO's console got `count` commands.
async fn console_sent(world: &World, count: usize) {
    for _ in 0..200 {
        let sent = sent_to_heo(&world.heo).await;
        if sent.iter().filter(|s| s.path == CONSOLE).count() >= count {
            return;
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    panic!("HEO's console did not get {count} commands");
}

/// Moves the clock to `to` and gives the bot a moment to act on it (or not).
async fn move_to(hand: &DrivenClock, to: &str) {
    hand.set(utc(to));
    tokio::time::sleep(Duration::from_millis(300)).await;
}

/// The bot's posts in `member`'s channel so far.
fn posts(world: &World, member: &Member) -> Vec<Message> {
    let posts = world.discord.posts();
    let here = posts.iter().filter(|p| p.channel == member.channel);
    here.map(|p| world.discord.post(p.id)).collect()
}

#[tokio::test]
async fn a_daily_run_without_a_warning_is_sent_at_its_time_and_said_in_the_channel() {
    let (world, admin, hand) = start_linked_driven(utc("2026-12-02T16:30:00Z")).await;
    schedule(&admin, "action:restart at:17:00 every:daily").await;
    move_to(&hand, "2026-12-02T16:59:59Z").await;
    assert_eq!(power_calls(&world).await, [], "not before its time");
    hand.set(utc("2026-12-02T17:00:00Z"));
    let said = world
        .discord
        .wait_for_post(admin.channel, "the run's outcome", |m| {
            m.content.contains("requested")
        })
        .await
        .message();
    assert_contains(&said.content, &format!("Schedule `#1` by <@{}>", admin.id));
    let tomorrow = utc("2026-12-03T17:00:00Z").timestamp();
    assert_contains(&said.content, &format!("Next run <t:{tomorrow}:F>"));
    assert_eq!(
        power_calls(&world).await,
        [Sent::power("srv_1", "restart", KEY)]
    );
    let history = super::audit::history(&admin, "", 1).await;
    assert_contains(&history[0], &format!("<@{}> (schedule `#1`)", admin.id));
    // The next day, again, once.
    hand.set(utc("2026-12-03T17:00:00Z"));
    world.discord.wait_for_posts(admin.channel, 2).await;
    assert_eq!(power_calls(&world).await.len(), 2);
    world.discord.assert_no_errors();
}

#[tokio::test]
async fn a_warned_run_counts_down_so_that_the_action_lands_at_the_scheduled_time() {
    let (world, admin, hand) = start_linked_driven(utc("2026-12-02T16:30:00Z")).await;
    schedule(
        &admin,
        "action:restart at:17:00 warn:10m \"message:nightly restart\"",
    )
    .await;
    move_to(&hand, "2026-12-02T16:49:59Z").await;
    assert!(
        posts(&world, &admin).is_empty(),
        "no countdown before 16:50"
    );
    hand.set(utc("2026-12-02T16:50:00Z"));
    let countdown = world
        .discord
        .wait_for_post(admin.channel, "the countdown", |m| {
            m.button("Abort").is_some()
        })
        .await;
    let shown = countdown.message();
    assert_contains(
        &shown.content,
        &format!("scheduled by <@{}> (schedule `#1`)", admin.id),
    );
    assert_contains(
        &shown.content,
        &format!("<t:{}:R>", utc("2026-12-02T17:00:00Z").timestamp()),
    );
    // The first warning goes out as the countdown starts, before the clock moves on.
    console_sent(&world, 1).await;
    move_to(&hand, "2026-12-02T16:59:59Z").await;
    assert_eq!(power_calls(&world).await, [], "the restart waits for 17:00");
    hand.set(utc("2026-12-02T17:00:00Z"));
    let done = countdown
        .wait_until("the outcome", |m| m.buttons().is_empty())
        .await;
    assert_contains(&done.content, "Restart requested");
    assert_eq!(
        power_calls(&world).await,
        [Sent::power("srv_1", "restart", KEY)]
    );
}

#[tokio::test]
async fn a_run_missed_while_the_bot_was_down_is_reported_once_and_the_schedule_moves_on() {
    let (world, admin, hand) = start_linked_driven(utc("2026-12-02T16:30:00Z")).await;
    schedule(&admin, "action:stop at:17:00 every:daily").await;
    // Down from 16:45 until three days later.
    let world = world
        .restart_after(&[NO_COOLDOWN], || hand.set(utc("2026-12-05T12:00:00Z")))
        .await;
    let said = world
        .discord
        .wait_for_post(admin.channel, "the missed run", |m| {
            m.content.contains("not running")
        })
        .await
        .message();
    assert_contains(
        &said.content,
        &format!("<t:{}:f>", utc("2026-12-02T17:00:00Z").timestamp()),
    );
    assert_contains(
        &said.content,
        &format!("<t:{}:F>", utc("2026-12-05T17:00:00Z").timestamp()),
    );
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(
        posts(&world, &admin).len(),
        1,
        "one report for three missed days"
    );
    assert_eq!(power_calls(&world).await, [], "nothing sent hours late");
    hand.set(utc("2026-12-05T17:00:00Z"));
    world.discord.wait_for_posts(admin.channel, 2).await;
    assert_eq!(
        power_calls(&world).await,
        [Sent::power("srv_1", "stop", KEY)]
    );
    let refusals = super::audit::history(&admin, super::audit::REFUSALS, 1).await;
    assert_contains(&refusals[0], "`missed`");
}

#[tokio::test]
async fn a_daily_run_at_a_time_the_spring_change_skips_runs_an_hour_later_that_day_only() {
    // Europe/Berlin skips 02:00–03:00 local on Sunday 28 March 2027.
    let (world, admin, hand) = start_linked_driven(utc("2027-03-26T12:00:00Z")).await;
    schedule(
        &admin,
        "action:restart at:02:30 every:daily timezone:Europe/Berlin",
    )
    .await;
    // Saturday 27th, winter time: 02:30 local is 01:30 UTC.
    hand.set(utc("2027-03-27T01:30:00Z"));
    world.discord.wait_for_posts(admin.channel, 1).await;
    // Sunday 28th: 02:30 does not exist; it runs at 03:30 local, which is 01:30 UTC again.
    move_to(&hand, "2027-03-28T01:29:59Z").await;
    assert_eq!(power_calls(&world).await.len(), 1);
    hand.set(utc("2027-03-28T01:30:00Z"));
    world.discord.wait_for_posts(admin.channel, 2).await;
    // Monday 29th, summer time: 02:30 local is 00:30 UTC.
    move_to(&hand, "2027-03-29T00:29:59Z").await;
    assert_eq!(power_calls(&world).await.len(), 2);
    hand.set(utc("2027-03-29T00:30:00Z"));
    world.discord.wait_for_posts(admin.channel, 3).await;
    assert_eq!(power_calls(&world).await.len(), 3);
}
