//! The guards in front of HEO: one action at a time per server, each member's cooldown,
//! and the bot-wide backoff after a 429. Each refusal is private, immediate, says how long
//! to wait, and sends nothing.

use std::time::Duration;

use wiremock::matchers::{header, method};
use wiremock::{Mock, ResponseTemplate};

use super::{
    KEY, NO_COOLDOWN, Sent, accepted, admin, assert_contains, assert_sent, kill_prompt, link_key,
    mount_accepted, private_answer, requested, sent_to_heo, start_linked,
};
use crate::support::bot::World;
use crate::support::discord::Interaction;
use crate::support::discord::model::ResponseKind;

const KEY_B: &str = "heo-test-key-guild-b-0002";
/// A refusal that needs neither the database nor HEO is answered within this.
const AT_ONCE: Duration = Duration::from_secs(1);
/// Slack after a wait has passed by the test's clock, before trying again.
const SLACK: Duration = Duration::from_millis(50);

/// The private refusal `run` got at once, without a defer.
async fn refused_at_once(run: &Interaction) -> String {
    let text = private_answer(run).await.content;
    let took = run.response().await.at - run.record().sent_at;
    assert!(took < AT_ONCE, "answered after {took:?}");
    assert_contains(&text, "not sent");
    text
}

/// Whether `text` says "Try again in N seconds." with 1 ≤ N ≤ `secs`.
fn says_wait_of_at_most(text: &str, secs: u64) -> bool {
    says_at_most(text, "Try again in", secs)
}

/// Whether `text` holds "`before` N second(s)" with 1 ≤ N ≤ `secs`: a wait counts down while
/// the test runs.
fn says_at_most(text: &str, before: &str, secs: u64) -> bool {
    (1..=secs).any(|n| {
        let unit = if n == 1 { "second" } else { "seconds" };
        text.contains(&format!("{before} {n} {unit}"))
    })
}

#[tokio::test]
async fn a_second_action_while_one_is_in_flight_is_refused_at_once_and_other_servers_still_go_through()
 {
    let world = World::start_with(&[NO_COOLDOWN]).await;
    Mock::given(method("POST"))
        .respond_with(accepted().set_delay(Duration::from_millis(1500)))
        .mount(&world.heo)
        .await;
    let admin_a = admin(&world, 1);
    link_key(&admin_a, KEY).await;
    let admin_b = admin(&world, 2);
    link_key(&admin_b, KEY_B).await;

    let first = admin_a.slash("/server restart server:srv_1").await;
    assert_eq!(first.response().await.kind, ResponseKind::Defer);
    let second = admin_a.slash("/server restart server:srv_1").await;
    let text = refused_at_once(&second).await;
    assert_contains(&text, "Another action on `srv_1`");
    // HEO_TIMEOUT_SECS (10 by default) bounds the wait.
    assert!(says_at_most(&text, "within", 10), "{text}");

    // Meanwhile another server of the same guild, and the same server ID in another guild.
    let other_server = admin_a.slash("/server restart server:srv_2").await;
    let other_guild = admin_b.slash("/server kill server:srv_1 force:true").await;
    for run in [&first, &other_server, &other_guild] {
        let reply = run.reply().await.message();
        assert_contains(&reply.content, "requested");
    }
    let mut sent = sent_to_heo(&world.heo).await;
    sent.sort_by(|a, b| a.path.cmp(&b.path));
    assert_eq!(
        sent,
        [
            Sent::power("srv_1", "kill", KEY_B),
            Sent::power("srv_1", "restart", KEY),
            Sent::power("srv_2", "restart", KEY),
        ]
    );

    // Once HEO has answered, the server is free again.
    requested(&admin_a, "/server restart server:srv_1").await;
    world.discord.assert_no_errors();
}

#[tokio::test]
async fn a_member_who_just_sent_an_action_is_told_privately_how_long_to_wait() {
    let (world, admin) = start_linked(&[("POWER_COOLDOWN_SECS", "2")]).await;

    let first = admin.slash("/server restart server:srv_1").await;
    // The cooldown starts before the defer, so it ends at the latest 2 s after it.
    let cooldown_ends = first.response().await.at + Duration::from_secs(2);
    first.reply().await;
    let again = admin.slash("/server start server:srv_2").await;
    let text = refused_at_once(&again).await;
    assert_contains(&text, "moments ago");
    assert!(says_wait_of_at_most(&text, 2), "{text}");

    // Only the asker waits.
    requested(&super::admin(&world, 1), "/server start server:srv_2").await;
    assert_eq!(sent_to_heo(&world.heo).await.len(), 2);

    tokio::time::sleep_until((cooldown_ends + SLACK).into()).await;
    requested(&admin, "/server start server:srv_2").await;
    assert_eq!(sent_to_heo(&world.heo).await.len(), 3);
    world.discord.assert_no_errors();
}

#[tokio::test]
async fn with_the_cooldown_off_a_member_can_send_actions_back_to_back() {
    let (world, admin) = start_linked(&[NO_COOLDOWN]).await;
    for server in ["srv_1", "srv_2", "srv_1"] {
        requested(&admin, &format!("/server restart server:{server}")).await;
    }
    assert_eq!(sent_to_heo(&world.heo).await.len(), 3);
    world.discord.assert_no_errors();
}

#[tokio::test]
async fn a_kill_is_checked_against_the_cooldown_when_confirmed_and_when_the_prompt_would_open() {
    let (world, admin) = start_linked(&[("POWER_COOLDOWN_SECS", "2")]).await;

    let prompt = kill_prompt(&admin, "srv_1").await;
    requested(&admin, "/server restart server:srv_2").await;
    let confirm = prompt.click("Kill").await;
    assert_eq!(confirm.response().await.kind, ResponseKind::Update);
    let closed = prompt.message();
    assert_contains(&closed.content, "moments ago");
    assert!(
        says_wait_of_at_most(&closed.content, 2),
        "{}",
        closed.content
    );
    assert!(closed.buttons().iter().all(|b| b.disabled), "{closed:#?}");
    assert!(
        confirm.record().followups.is_empty(),
        "nothing for the channel"
    );

    // While the member waits, a new /server kill shows no prompt at all.
    let kill = admin.slash("/server kill server:srv_1").await;
    let text = refused_at_once(&kill).await;
    assert_contains(&text, "moments ago");
    assert_eq!(kill.reply().await.message().buttons(), [], "no prompt");

    assert_sent(&world.heo, &[Sent::power("srv_2", "restart", KEY)]).await;
    world.discord.assert_no_errors();
}

#[tokio::test]
async fn after_a_429_every_guild_is_told_the_wait_at_once_and_nothing_is_sent_until_it_passed() {
    let world = World::start().await;
    Mock::given(header("authorization", format!("Bearer {KEY}").as_str()))
        // The shortest pause the bot keeps after a 429, whatever HEO asks for.
        .respond_with(ResponseTemplate::new(429).insert_header("retry-after", "5"))
        .up_to_n_times(1)
        .mount(&world.heo)
        .await;
    mount_accepted(&world.heo).await;
    let admin_a = admin(&world, 1);
    link_key(&admin_a, KEY).await;
    let admin_b = admin(&world, 2);
    link_key(&admin_b, KEY_B).await;

    let limited = admin_a.slash("/server restart server:srv_1").await;
    let reply = limited.reply().await.message();
    let text = &reply.content;
    assert_contains(text, "rate-limiting");
    assert_contains(text, "Try again in 5 seconds");
    // The wait starts when the 429 arrives, before this reply is shown.
    let shown_at = reply.edits.last().copied().unwrap_or(reply.created_at);
    let wait_ends = shown_at + Duration::from_secs(5);

    let other_guild = admin_b.slash("/server restart server:srv_1").await;
    let text = refused_at_once(&other_guild).await;
    assert_contains(&text, "every Discord server");
    assert!(says_wait_of_at_most(&text, 5), "{text}");
    assert_sent(&world.heo, &[Sent::power("srv_1", "restart", KEY)]).await;

    tokio::time::sleep_until((wait_ends + SLACK).into()).await;
    requested(&admin_b, "/server restart server:srv_1").await;
    assert_eq!(sent_to_heo(&world.heo).await.len(), 2);
    world.discord.assert_no_errors();
}

/// Guild 1's first call meets a 429 with `retry_after` (later calls would be accepted), and
/// guild 2 asks next: returns guild 1's reply and guild 2's private refusal, after checking
/// that HEO saw only guild 1's call.
async fn a_429_then_another_guild(retry_after: &str) -> (String, String) {
    let world = World::start().await;
    Mock::given(header("authorization", format!("Bearer {KEY}").as_str()))
        .respond_with(ResponseTemplate::new(429).insert_header("retry-after", retry_after))
        .up_to_n_times(1)
        .mount(&world.heo)
        .await;
    mount_accepted(&world.heo).await;
    let (admin_a, admin_b) = (admin(&world, 1), admin(&world, 2));
    link_key(&admin_a, KEY).await;
    link_key(&admin_b, KEY_B).await;

    let limited = admin_a.slash("/server restart server:srv_1").await;
    let limited = limited.reply().await.message().content;
    let other_guild = admin_b.slash("/server restart server:srv_1").await;
    let refused = private_answer(&other_guild).await.content;
    assert_sent(&world.heo, &[Sent::power("srv_1", "restart", KEY)]).await;
    world.discord.assert_no_errors();
    (limited, refused)
}

#[tokio::test]
async fn a_429_with_retry_after_zero_still_pauses_every_guild_for_five_seconds() {
    let (limited, refused) = a_429_then_another_guild("0").await;
    assert_contains(&limited, "rate-limiting");
    assert_contains(&limited, "Try again in 5 seconds");
    assert_contains(&refused, "every Discord server");
    assert!(says_wait_of_at_most(&refused, 5), "{refused}");
}

#[tokio::test]
async fn a_429_with_an_unreadable_retry_after_pauses_every_guild_for_30_seconds() {
    let (limited, refused) = a_429_then_another_guild("soon, maybe").await;
    assert_contains(&limited, "Try again in 30 seconds");
    assert_contains(&refused, "every Discord server");
    assert!(says_wait_of_at_most(&refused, 30), "{refused}");
}
