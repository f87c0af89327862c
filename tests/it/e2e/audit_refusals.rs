//! The audit trail's outcome codes for what sends nothing, or fails at HEO: each refusal and
//! error a member can meet shows in `/server history` with its code (and HEO's HTTP status),
//! the refusals under `refusals:true`.

use std::time::Duration;

use wiremock::matchers::method;
use wiremock::{Mock, ResponseTemplate};

use super::audit::{REFUSALS, history};
use super::{KEY, NO_COOLDOWN, accepted, admin, link_key, private_reply};
use crate::support::bot::World;
use crate::support::discord::Member;
use crate::support::discord::model::ResponseKind;

/// A world with `settings` whose HEO answers every power call with `heo`, and guild 1's key
/// linked; returns guild 1's admin.
async fn ready(settings: &[(&str, &str)], heo: ResponseTemplate) -> (World, Member) {
    let world = World::start_with(settings).await;
    Mock::given(method("POST"))
        .respond_with(heo)
        .mount(&world.heo)
        .await;
    let admin = admin(&world, 1);
    link_key(&admin, KEY).await;
    (world, admin)
}

/// One command, the history it leaves its entry in ("" for the actions sent to HEO,
/// [`REFUSALS`] for the requests that sent nothing), and the end of that entry.
type Step<'a> = (&'a str, &'a str, &'a str);

/// Waits for guild 1's history with `options` to hold as many entries as `newest_first`,
/// then checks each is `member`'s and ends with its counterpart ("Restart `srv_1`: ❌
/// `cooldown` (the member's cooldown was running)": the code, then its explanation).
async fn assert_history(member: &Member, options: &str, newest_first: &[&str]) {
    let entries = history(member, options, newest_first.len()).await;
    assert_eq!(
        entries.len(),
        newest_first.len(),
        "{options:?}: {entries:#?}"
    );
    let who = format!("<@{}>", member.id);
    for (entry, end) in entries.iter().zip(newest_first) {
        assert!(
            entry.contains(&who) && entry.ends_with(end),
            "{end:?} expected in {entries:#?}"
        );
    }
}

/// Runs each command in turn, and before the next waits until its entry is in its history,
/// so entries land in the order of the commands.
async fn run_in_turn(member: &Member, steps: &[Step<'_>]) {
    let mut recorded: Vec<(&str, Vec<&str>)> = vec![("", Vec::new()), (REFUSALS, Vec::new())];
    for (command, options, entry) in steps {
        member.slash(command).await.reply().await;
        let (_, listed) = recorded
            .iter_mut()
            .find(|(view, _)| view == options)
            .expect("a history view");
        listed.insert(0, *entry);
        assert_history(member, options, listed).await;
    }
}

/// Starts a world as [`ready`] does, runs `steps` there as [`run_in_turn`] does, and checks
/// the bot's calls to Discord were all valid.
async fn recorded_in_turn(settings: &[(&str, &str)], heo: ResponseTemplate, steps: &[Step<'_>]) {
    let (world, admin) = ready(settings, heo).await;
    run_in_turn(&admin, steps).await;
    world.discord.assert_no_errors();
}

#[tokio::test]
async fn a_kill_prompt_left_unanswered_is_recorded_as_kill_expired() {
    let (world, admin) = ready(&[("KILL_CONFIRM_TIMEOUT_SECS", "1")], accepted()).await;
    let prompt = admin.slash("/server kill server:srv_1").await.reply().await;
    prompt
        .wait_until("the prompt to expire", |m| m.content.contains("expired"))
        .await;
    assert_history(
        &admin,
        REFUSALS,
        &["Kill `srv_1`: ❌ `kill_expired` (the kill prompt expired unanswered)"],
    )
    .await;
    world.discord.assert_no_errors();
}

#[tokio::test]
async fn an_action_refused_while_another_is_in_flight_is_recorded_as_in_progress() {
    let slow = accepted().set_delay(Duration::from_millis(1500));
    let (world, admin) = ready(&[NO_COOLDOWN], slow).await;
    let first = admin.slash("/server restart server:srv_1").await;
    assert_eq!(first.response().await.kind, ResponseKind::Defer);
    let refused = private_reply(&admin, "/server stop server:srv_1").await;
    assert!(refused.contains("Another action on `srv_1`"), "{refused}");
    first.reply().await;
    assert_history(
        &admin,
        "",
        &["Restart `srv_1`: ✅ `requested` (HEO accepted it)"],
    )
    .await;
    assert_history(
        &admin,
        REFUSALS,
        &["Stop `srv_1`: ❌ `in_progress` (another action on the server was under way)"],
    )
    .await;
    world.discord.assert_no_errors();
}

#[tokio::test]
async fn an_action_refused_by_the_member_cooldown_is_recorded_as_cooldown() {
    let steps = [
        (
            "/server restart server:srv_1",
            "",
            "Restart `srv_1`: ✅ `requested` (HEO accepted it)",
        ),
        (
            "/server start server:srv_2",
            REFUSALS,
            "Start `srv_2`: ❌ `cooldown` (the member's cooldown was running)",
        ),
    ];
    recorded_in_turn(&[("POWER_COOLDOWN_SECS", "60")], accepted(), &steps).await;
}

#[tokio::test]
async fn a_429_is_recorded_with_its_status_and_the_action_refused_during_the_pause_as_backing_off()
{
    let limited = ResponseTemplate::new(429).insert_header("retry-after", "60");
    let steps = [
        (
            "/server restart server:srv_1",
            "",
            "Restart `srv_1`: ❌ `rate_limited` (HTTP 429: HEO rate-limited the bot)",
        ),
        (
            "/server start server:srv_2",
            REFUSALS,
            "Start `srv_2`: ❌ `backing_off` (the bot was waiting out HEO's rate limit)",
        ),
    ];
    recorded_in_turn(&[NO_COOLDOWN], limited, &steps).await;
}

#[tokio::test]
async fn a_kill_without_a_linked_key_is_recorded_as_no_key() {
    let world = World::start().await;
    let admin = admin(&world, 1);
    let step = (
        "/server kill server:srv_1",
        REFUSALS,
        "Kill `srv_1`: ❌ `no_key` (no HEO API key was linked)",
    );
    run_in_turn(&admin, &[step]).await;
    world.discord.assert_no_errors();
}

#[tokio::test]
async fn a_key_heo_rejects_is_recorded_as_unauthorized_with_http_401() {
    let step = (
        "/server restart server:srv_1",
        "",
        "Restart `srv_1`: ❌ `unauthorized` (HTTP 401: HEO rejected the API key)",
    );
    recorded_in_turn(&[], ResponseTemplate::new(401), &[step]).await;
}
