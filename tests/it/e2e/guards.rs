//! The guards in front of HEO: one action at a time per server, each member's cooldown,
//! and the bot-wide backoff after a 429. Each refusal is private, immediate, says how long
//! to wait, and sends nothing.

use std::time::Duration;

use wiremock::matchers::{header, method};
use wiremock::{Mock, ResponseTemplate};

use super::{KEY, Sent, accepted, admin, link_key, sent_to_heo};
use crate::support::bot::World;
use crate::support::discord::model::{Message, ResponseKind};
use crate::support::discord::{Interaction, Member, Reply};

const KEY_B: &str = "heo-test-key-guild-b-0002";
/// A refusal that needs neither the database nor HEO is answered within this.
const AT_ONCE: Duration = Duration::from_secs(1);
/// Slack after a wait has passed by the test's clock, before trying again.
const SLACK: Duration = Duration::from_millis(50);

/// Runs `command` and returns its public reply, which must say the action was requested.
async fn requested(member: &Member, command: &str) -> Message {
    let run = member.slash(command).await;
    let ack = run.response().await;
    assert_eq!(ack.kind, ResponseKind::Defer, "{command}: {ack:#?}");
    let reply = run.reply().await.message();
    assert!(!reply.ephemeral, "{command}: {reply:#?}");
    assert!(
        reply.content.contains("requested"),
        "{command}: {}",
        reply.content
    );
    reply
}

/// The private refusal `run` got at once, without a defer.
async fn refused_at_once(run: &Interaction) -> String {
    let ack = run.response().await;
    assert_eq!(ack.kind, ResponseKind::Message, "{ack:#?}");
    assert!(ack.ephemeral, "only the asker sees a refusal: {ack:#?}");
    let took = ack.at - run.record().sent_at;
    assert!(took < AT_ONCE, "answered after {took:?}");
    let text = run.reply().await.message().content;
    assert!(text.contains("not sent"), "{text}");
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
    let world = World::start_with(&[("POWER_COOLDOWN_SECS", "0")]).await;
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
    assert!(text.contains("Another action on `srv_1`"), "{text}");
    // HEO_TIMEOUT_SECS (10 by default) bounds the wait.
    assert!(says_at_most(&text, "within", 10), "{text}");

    // Meanwhile another server of the same guild, and the same server ID in another guild.
    let other_server = admin_a.slash("/server restart server:srv_2").await;
    let other_guild = admin_b.slash("/server kill server:srv_1 force:true").await;
    for run in [&first, &other_server, &other_guild] {
        let reply = run.reply().await.message();
        assert!(reply.content.contains("requested"), "{}", reply.content);
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
    let world = World::start_with(&[("POWER_COOLDOWN_SECS", "2")]).await;
    Mock::given(method("POST"))
        .respond_with(accepted())
        .mount(&world.heo)
        .await;
    let admin = admin(&world, 1);
    link_key(&admin, KEY).await;

    let first = admin.slash("/server restart server:srv_1").await;
    // The cooldown starts before the defer, so it ends at the latest 2 s after it.
    let cooldown_ends = first.response().await.at + Duration::from_secs(2);
    first.reply().await;
    let again = admin.slash("/server start server:srv_2").await;
    let text = refused_at_once(&again).await;
    assert!(text.contains("moments ago"), "{text}");
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
    let world = World::start_with(&[("POWER_COOLDOWN_SECS", "0")]).await;
    Mock::given(method("POST"))
        .respond_with(accepted())
        .mount(&world.heo)
        .await;
    let admin = admin(&world, 1);
    link_key(&admin, KEY).await;
    for server in ["srv_1", "srv_2", "srv_1"] {
        requested(&admin, &format!("/server restart server:{server}")).await;
    }
    assert_eq!(sent_to_heo(&world.heo).await.len(), 3);
    world.discord.assert_no_errors();
}

/// Opens a kill prompt for `srv_1`.
async fn kill_prompt(member: &Member) -> Reply {
    let prompt = member
        .slash("/server kill server:srv_1")
        .await
        .reply()
        .await;
    assert_eq!(
        prompt.message().buttons().len(),
        2,
        "{:#?}",
        prompt.message()
    );
    prompt
}

#[tokio::test]
async fn a_kill_is_checked_against_the_cooldown_when_confirmed_and_when_the_prompt_would_open() {
    let world = World::start_with(&[("POWER_COOLDOWN_SECS", "2")]).await;
    Mock::given(method("POST"))
        .respond_with(accepted())
        .mount(&world.heo)
        .await;
    let admin = admin(&world, 1);
    link_key(&admin, KEY).await;

    let prompt = kill_prompt(&admin).await;
    requested(&admin, "/server restart server:srv_2").await;
    let confirm = prompt.click("Kill").await;
    assert_eq!(confirm.response().await.kind, ResponseKind::Update);
    let closed = prompt.message();
    assert!(closed.content.contains("moments ago"), "{}", closed.content);
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
    assert!(text.contains("moments ago"), "{text}");
    assert_eq!(kill.reply().await.message().buttons(), [], "no prompt");

    assert_eq!(
        sent_to_heo(&world.heo).await,
        [Sent::power("srv_2", "restart", KEY)]
    );
    world.discord.assert_no_errors();
}

#[tokio::test]
async fn after_a_429_every_guild_is_told_the_wait_at_once_and_nothing_is_sent_until_it_passed() {
    let world = World::start().await;
    Mock::given(header("authorization", format!("Bearer {KEY}").as_str()))
        .respond_with(ResponseTemplate::new(429).insert_header("retry-after", "2"))
        .up_to_n_times(1)
        .mount(&world.heo)
        .await;
    Mock::given(method("POST"))
        .respond_with(accepted())
        .mount(&world.heo)
        .await;
    let admin_a = admin(&world, 1);
    link_key(&admin_a, KEY).await;
    let admin_b = admin(&world, 2);
    link_key(&admin_b, KEY_B).await;

    let limited = admin_a.slash("/server restart server:srv_1").await;
    let reply = limited.reply().await.message();
    let text = &reply.content;
    assert!(text.contains("rate-limiting"), "{text}");
    assert!(text.contains("Try again in 2 seconds"), "{text}");
    // The wait starts when the 429 arrives, before this reply is shown.
    let shown_at = reply.edits.last().copied().unwrap_or(reply.created_at);
    let wait_ends = shown_at + Duration::from_secs(2);

    let other_guild = admin_b.slash("/server restart server:srv_1").await;
    let text = refused_at_once(&other_guild).await;
    assert!(text.contains("every Discord server"), "{text}");
    assert!(says_wait_of_at_most(&text, 2), "{text}");
    assert_eq!(
        sent_to_heo(&world.heo).await,
        [Sent::power("srv_1", "restart", KEY)]
    );

    tokio::time::sleep_until((wait_ends + SLACK).into()).await;
    requested(&admin_b, "/server restart server:srv_1").await;
    assert_eq!(sent_to_heo(&world.heo).await.len(), 2);
    world.discord.assert_no_errors();
}
