//! `/schedule` through the real bot, on a driven clock standing at Wednesday 2 December 2026,
//! 16:30 UTC: adding (public), listing with Discord timestamps, pausing, resuming,
//! removing, the guild's time zone, and each refusal (private).

use chrono::{DateTime, Utc};
use poise::serenity_prelude::Permissions;
use serde_json::Value;

use super::{admin, assert_contains, private_reply};
use crate::support::bot::World;
use crate::support::discord::Member;

fn utc(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(text)
        .unwrap()
        .with_timezone(&Utc)
}

const NOW: &str = "2026-12-02T16:30:00Z";

/// The `<t:…:F>` and `<t:…:R>` of `at`.
fn stamps(at: &str) -> [String; 2] {
    let unix = utc(at).timestamp();
    [format!("<t:{unix}:F>"), format!("<t:{unix}:R>")]
}

/// Runs `command`, which must be answered publicly; returns the answer.
async fn public(member: &Member, command: &str) -> String {
    let reply = member.slash(command).await.reply().await.message();
    assert!(
        !reply.ephemeral,
        "{command}: the channel sees it: {reply:#?}"
    );
    reply.content
}

async fn start() -> (World, Member) {
    let (world, _hand) = World::start_driven(&[], utc(NOW)).await;
    let admin = admin(&world, 1);
    (world, admin)
}

#[tokio::test]
async fn an_added_schedule_is_announced_and_listed_with_its_next_run() {
    let (world, admin) = start().await;
    private_reply(&admin, "/server add id:srv_1 name:mc").await;
    let added = public(
        &admin,
        "/schedule add server:mc action:restart at:04:00 every:daily warn:10m \"message:back soon\"",
    )
    .await;
    assert_contains(&added, "`#1`");
    assert_contains(&added, "**`mc`** (`srv_1`)");
    assert_contains(&added, "daily at 04:00 (`UTC`)");
    assert_contains(&added, "warned 10m before");
    assert_contains(&added, "no time zone set");
    for stamp in stamps("2026-12-03T04:00:00Z") {
        assert_contains(&added, &stamp);
    }
    let list = private_reply(&admin, "/schedule list").await;
    assert_contains(&list, "`#1` **restart** `srv_1` daily at 04:00");
    for stamp in stamps("2026-12-03T04:00:00Z") {
        assert_contains(&list, &stamp);
    }
    world.discord.assert_no_errors();
}

#[tokio::test]
async fn a_schedule_is_paused_resumed_from_now_and_removed() {
    let (world, hand) = World::start_driven(&[], utc(NOW)).await;
    let admin = admin(&world, 1);
    public(
        &admin,
        "/schedule add server:srv_1 action:stop at:04:00 every:weekly weekday:Friday",
    )
    .await;
    let paused = private_reply(&admin, "/schedule pause id:1").await;
    assert_contains(&paused, "Paused schedule `#1`");
    assert_contains(&private_reply(&admin, "/schedule list").await, "⏸️ paused");
    // Resumed two weeks later: the next Friday after then, not one it missed.
    hand.set(utc("2026-12-16T12:00:00Z"));
    let resumed = private_reply(&admin, "/schedule resume id:#1").await;
    assert_contains(&resumed, &stamps("2026-12-18T04:00:00Z")[0]);
    let removed = private_reply(&admin, "/schedule remove id:1").await;
    assert_contains(&removed, "Removed schedule `#1`");
    assert_contains(
        &private_reply(&admin, "/schedule list").await,
        "No schedules yet",
    );
    let gone = private_reply(&admin, "/schedule pause id:1").await;
    assert_contains(&gone, "no schedule `#1`");
    world.discord.assert_no_errors();
}

#[tokio::test]
async fn the_guilds_time_zone_is_offered_stored_and_used_when_none_is_given() {
    let (world, admin) = start().await;
    let offered = admin
        .autocomplete("/schedule timezone zone:berl", "zone")
        .await
        .choices()
        .await;
    let names: Vec<&str> = offered.iter().filter_map(|c| c["value"].as_str()).collect();
    assert_eq!(names, ["Europe/Berlin"]);
    let set = private_reply(&admin, "/schedule timezone zone:europe/berlin").await;
    assert_contains(&set, "`Europe/Berlin`");
    let added = public(
        &admin,
        "/schedule add server:srv_1 action:start at:04:00 every:daily",
    )
    .await;
    assert_contains(&added, "(`Europe/Berlin`)");
    assert!(!added.contains("no time zone set"), "{added}");
    // 04:00 in Berlin in winter is 03:00 UTC.
    assert_contains(&added, &stamps("2026-12-03T03:00:00Z")[0]);
    let tokyo = public(
        &admin,
        "/schedule add server:srv_1 action:start at:2026-12-24T18:00 timezone:Asia/Tokyo",
    )
    .await;
    assert_contains(&tokyo, &stamps("2026-12-24T09:00:00Z")[0]);
    let offered: Vec<Value> = admin
        .autocomplete(
            "/schedule add server:srv_1 action:start at:04:00 timezone:new_y",
            "timezone",
        )
        .await
        .choices()
        .await;
    assert!(
        offered.iter().any(|c| c["value"] == "America/New_York"),
        "{offered:?}"
    );
    world.discord.assert_no_errors();
}

#[tokio::test]
async fn bad_times_zones_warnings_and_members_are_refused_privately() {
    let (world, admin) = start().await;
    for (command, expected) in [
        (
            "/schedule add server:srv_1 action:stop at:25:00",
            "not a real time",
        ),
        (
            "/schedule add server:srv_1 action:stop at:4pm",
            "not a time the bot can read",
        ),
        (
            "/schedule add server:srv_1 action:stop at:2026-12-01T10:00",
            "already passed",
        ),
        (
            "/schedule add server:srv_1 action:stop at:2026-12-24T10:00 every:daily",
            "only for `every:once`",
        ),
        (
            "/schedule add server:srv_1 action:stop at:04:00 weekday:Monday",
            "only for `every:weekly`",
        ),
        (
            "/schedule add server:srv_1 action:stop at:04:00 timezone:Mars/Olympus",
            "not a time zone",
        ),
        (
            "/schedule add server:srv_1 action:start at:04:00 warn:10m",
            "gets no warning",
        ),
        (
            "/schedule add server:srv_1 action:stop at:04:00 warn:2h",
            "longer than 1 hour",
        ),
        (
            "/schedule add server:srv_1 action:stop at:04:00 message:bye",
            "needs `warn:`",
        ),
        ("/schedule timezone zone:Nowhere", "not a time zone"),
        ("/schedule remove id:three", "not a schedule number"),
    ] {
        assert_contains(&private_reply(&admin, command).await, expected);
    }
    let player = world.discord.guild(1).member(Permissions::SEND_MESSAGES);
    for command in [
        "/schedule add server:srv_1 action:stop at:04:00",
        "/schedule list",
    ] {
        assert_contains(&private_reply(&player, command).await, "Manage Server");
    }
    assert_contains(
        &private_reply(&admin, "/schedule list").await,
        "No schedules yet",
    );
    world.discord.assert_no_errors();
}

#[tokio::test]
async fn a_guild_at_the_cap_is_refused_another_schedule() {
    let (world, admin) = start().await;
    for n in 1..=25 {
        let added = public(
            &admin,
            &format!("/schedule add server:srv_{n} action:restart at:04:00 every:daily"),
        )
        .await;
        assert_contains(&added, &format!("`#{n}`"));
    }
    let refused = private_reply(
        &admin,
        "/schedule add server:srv_26 action:restart at:04:00",
    )
    .await;
    assert_contains(&refused, "already has 25 schedules");
    let list = private_reply(&admin, "/schedule list").await;
    assert_contains(&list, "**Schedules** (25)");
    assert!(list.chars().count() <= 2000, "{}", list.chars().count());
    // Another guild has its own allowance.
    let other = super::admin(&world, 2);
    public(&other, "/schedule add server:srv_1 action:restart at:04:00").await;
    world.discord.assert_no_errors();
}
