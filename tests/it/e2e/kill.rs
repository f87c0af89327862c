//! `/server kill` without `force`: the private prompt, and every way it can be answered.

use std::time::Duration;

use poise::serenity_prelude::Permissions;

use wiremock::Mock;
use wiremock::matchers::{header, method, path, query_param};

use super::{KEY, Sent, accepted, admin, link_key, sent_to_heo};
use crate::support::bot::World;
use crate::support::discord::model::{Message, ResponseKind};
use crate::support::discord::{Interaction, Member, Reply};

/// Starts a world with a key linked and HEO accepting everything; returns the admin.
async fn ready_to_kill(settings: &[(&str, &str)]) -> (World, Member) {
    let world = World::start_with(settings).await;
    Mock::given(method("POST"))
        .respond_with(accepted())
        .mount(&world.heo)
        .await;
    let admin = admin(&world, 1);
    link_key(&admin, KEY).await;
    (world, admin)
}

/// Opens the prompt for `srv_1` and returns it as first shown.
async fn prompt(member: &Member) -> Reply {
    let kill = member.slash("/server kill server:srv_1").await;
    assert_eq!(kill.response().await.kind, ResponseKind::Message);
    let prompt = kill.reply().await;
    assert!(
        prompt.message().ephemeral,
        "only the invoker sees the prompt"
    );
    prompt
}

/// The private answer a click got.
async fn private_answer(click: &Interaction) -> String {
    let response = click.response().await;
    assert_eq!(response.kind, ResponseKind::Message, "{response:#?}");
    assert!(response.ephemeral, "{response:#?}");
    click.reply().await.message().content
}

fn all_disabled(message: &Message) -> bool {
    let buttons = message.buttons();
    !buttons.is_empty() && buttons.iter().all(|b| b.disabled)
}

#[tokio::test]
async fn confirming_a_kill_prompt_sends_exactly_one_forced_kill_and_tells_the_channel() {
    let world = World::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/hosting/game/power/srv_1/kill"))
        .and(query_param("force", "true"))
        .and(header("authorization", format!("Bearer {KEY}").as_str()))
        .respond_with(accepted())
        .expect(1)
        .mount(&world.heo)
        .await;
    let admin = admin(&world, 1);
    link_key(&admin, KEY).await;

    let prompt = prompt(&admin).await;
    let shown = prompt.message();
    let labels: Vec<_> = shown
        .buttons()
        .into_iter()
        .map(|b| (b.label, b.style, b.disabled))
        .collect();
    assert_eq!(
        labels,
        [("Kill".into(), 4, false), ("Cancel".into(), 2, false)]
    );
    assert_eq!(
        sent_to_heo(&world.heo).await,
        [],
        "nothing sent before Confirm"
    );

    let confirm = prompt.click("Kill").await;
    assert_eq!(confirm.response().await.kind, ResponseKind::Update);
    let closed = prompt.message();
    assert!(all_disabled(&closed), "{closed:#?}");
    let outcome = confirm.reply().await.message();
    assert!(!outcome.ephemeral, "the channel sees the kill");
    assert!(
        outcome.content.contains("Kill requested"),
        "{}",
        outcome.content
    );
    assert_eq!(sent_to_heo(&world.heo).await.len(), 1);
    world.discord.assert_no_errors();
}

#[tokio::test]
async fn another_members_click_is_refused_privately_and_the_invoker_can_still_confirm() {
    let (world, admin) = ready_to_kill(&[]).await;
    let prompt = prompt(&admin).await;

    // Another admin: Manage Server does not make someone else's prompt theirs.
    let other = super::admin(&world, 1);
    let refused = other.click(&prompt, "Kill").await;
    let text = private_answer(&refused).await;
    assert!(text.contains("Only the person who ran"), "{text}");
    assert!(text.contains("Nothing was sent"), "{text}");
    assert_eq!(sent_to_heo(&world.heo).await, []);
    let still = prompt.message();
    assert!(still.buttons().iter().all(|b| !b.disabled), "{still:#?}");

    let confirm = prompt.click("Kill").await;
    let outcome = confirm.reply().await.message();
    assert!(
        outcome.content.contains("Kill requested"),
        "{}",
        outcome.content
    );
    assert_eq!(
        sent_to_heo(&world.heo).await,
        [Sent::power("srv_1", "kill", KEY)]
    );
    world.discord.assert_no_errors();
}

#[tokio::test]
async fn cancel_sends_nothing_and_disables_the_buttons() {
    let (world, admin) = ready_to_kill(&[]).await;
    let prompt = prompt(&admin).await;

    let cancel = prompt.click("Cancel").await;
    assert_eq!(cancel.response().await.kind, ResponseKind::Update);
    let closed = prompt.message();
    assert!(closed.content.contains("Cancelled"), "{}", closed.content);
    assert!(all_disabled(&closed), "{closed:#?}");
    assert!(
        cancel.record().followups.is_empty(),
        "no message to the channel"
    );
    assert_eq!(sent_to_heo(&world.heo).await, []);
    world.discord.assert_no_errors();
}

#[tokio::test]
async fn an_unanswered_prompt_expires_sends_nothing_and_answers_a_late_click_privately() {
    let (world, admin) = ready_to_kill(&[("KILL_CONFIRM_TIMEOUT_SECS", "1")]).await;
    let prompt = prompt(&admin).await;
    let seen = prompt.message();
    assert!(
        seen.content.contains("expires in 1 second"),
        "{}",
        seen.content
    );

    let expired = prompt
        .wait_until("the prompt to expire", |m| m.content.contains("expired"))
        .await;
    assert!(all_disabled(&expired), "{expired:#?}");
    assert!(
        expired.content.contains("nothing was sent"),
        "{}",
        expired.content
    );
    assert!(
        expired.edits[0] - expired.created_at < Duration::from_secs(3),
        "expired after {:?}",
        expired.edits[0] - expired.created_at
    );

    // The member clicks on the prompt as their client still showed it.
    let late = prompt.click_as_seen(&seen, "Kill").await;
    let text = private_answer(&late).await;
    assert!(text.contains("already answered or has expired"), "{text}");
    assert_eq!(sent_to_heo(&world.heo).await, []);
    world.discord.assert_no_errors();
}

#[tokio::test]
async fn a_double_click_on_kill_sends_exactly_one_kill() {
    let (world, admin) = ready_to_kill(&[]).await;
    let prompt = prompt(&admin).await;
    let seen = prompt.message();

    let clicks = [
        prompt.click_as_seen(&seen, "Kill").await,
        prompt.click_as_seen(&seen, "Kill").await,
    ];
    let mut kinds = Vec::new();
    for click in &clicks {
        kinds.push(click.response().await.kind);
    }
    // Either click may win the race; exactly one does.
    let winner = kinds.iter().position(|k| *k == ResponseKind::Update);
    let winner = winner.unwrap_or_else(|| panic!("no click took the prompt: {kinds:?}"));
    let loser = &clicks[1 - winner];
    let text = private_answer(loser).await;
    assert!(text.contains("already answered"), "{text}");

    let outcome = clicks[winner].reply().await.message();
    assert!(
        outcome.content.contains("Kill requested"),
        "{}",
        outcome.content
    );
    assert_eq!(
        sent_to_heo(&world.heo).await,
        [Sent::power("srv_1", "kill", KEY)]
    );
    world.discord.assert_no_errors();
}

#[tokio::test]
async fn a_kill_without_a_linked_key_shows_no_prompt_and_points_at_link_key() {
    let world = World::start().await;
    let admin = admin(&world, 1);

    let kill = admin.slash("/server kill server:srv_1").await;
    let response = kill.response().await;
    assert_eq!(response.kind, ResponseKind::Message);
    assert!(response.ephemeral);
    let reply = kill.reply().await.message();
    assert_eq!(reply.buttons(), [], "no prompt");
    assert!(
        reply.content.contains("No HEO API key"),
        "{}",
        reply.content
    );
    assert!(reply.content.contains("`/link-key`"), "{}", reply.content);
    assert_eq!(sent_to_heo(&world.heo).await, []);
    world.discord.assert_no_errors();
}

#[tokio::test]
async fn an_invoker_who_lost_manage_server_before_clicking_kill_is_refused_privately_and_nothing_is_sent()
 {
    let (world, admin) = ready_to_kill(&[]).await;
    let prompt = prompt(&admin).await;

    // An owner takes Manage Server away while the prompt is open.
    let demoted = admin.with_permissions(Permissions::USE_APPLICATION_COMMANDS);
    let refused = demoted.click(&prompt, "Kill").await;
    let text = private_answer(&refused).await;
    assert!(
        text.contains("no longer have the **Manage Server**"),
        "{text}"
    );
    assert!(text.contains("nothing was sent"), "{text}");
    assert_eq!(sent_to_heo(&world.heo).await, []);

    // Every click is checked again: given Manage Server back, the invoker can confirm.
    let confirm = admin.click(&prompt, "Kill").await;
    let outcome = confirm.reply().await.message();
    assert!(
        outcome.content.contains("Kill requested"),
        "{}",
        outcome.content
    );
    assert_eq!(
        sent_to_heo(&world.heo).await,
        [Sent::power("srv_1", "kill", KEY)]
    );
    world.discord.assert_no_errors();
}
