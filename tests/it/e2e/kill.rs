//! `/server kill` without `force`: the private prompt, and every way it can be answered.

use std::time::Duration;

use poise::serenity_prelude::Permissions;

use wiremock::Mock;
use wiremock::matchers::{header, method, path, query_param};

use super::{
    KEY, Sent, accepted, admin, assert_contains, assert_sent, assert_sent_by_the_stop, kill_prompt,
    linked_admin, private_answer, sent_to_heo, start_linked,
};
use crate::support::bot::World;
use crate::support::discord::model::{Message, ResponseKind};

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
    let admin = linked_admin(&world.discord).await;

    let prompt = kill_prompt(&admin, "srv_1").await;
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
    assert_contains(&outcome.content, "Kill requested");
    assert_sent_by_the_stop(world, &[Sent::power("srv_1", "kill", KEY)]).await;
}

#[tokio::test]
async fn another_members_click_is_refused_privately_and_the_invoker_can_still_confirm() {
    let (world, admin) = start_linked(&[]).await;
    let prompt = kill_prompt(&admin, "srv_1").await;

    // Another admin: Manage Server does not make someone else's prompt theirs.
    let other = super::admin(&world, 1);
    let refused = other.click(&prompt, "Kill").await;
    let text = private_answer(&refused).await.content;
    assert_contains(&text, "Only the person who ran");
    assert_contains(&text, "Nothing was sent");
    assert_sent(&world.heo, &[]).await;
    let still = prompt.message();
    assert!(still.buttons().iter().all(|b| !b.disabled), "{still:#?}");

    let outcome = prompt.click("Kill").await.reply().await.message();
    assert_contains(&outcome.content, "Kill requested");
    assert_sent_by_the_stop(world, &[Sent::power("srv_1", "kill", KEY)]).await;
}

#[tokio::test]
async fn cancel_sends_nothing_and_disables_the_buttons() {
    let (world, admin) = start_linked(&[]).await;
    let prompt = kill_prompt(&admin, "srv_1").await;

    let cancel = prompt.click("Cancel").await;
    assert_eq!(cancel.response().await.kind, ResponseKind::Update);
    let closed = prompt.message();
    assert_contains(&closed.content, "Cancelled");
    assert!(all_disabled(&closed), "{closed:#?}");
    assert!(
        cancel.record().followups.is_empty(),
        "no message to the channel"
    );
    assert_sent_by_the_stop(world, &[]).await;
}

#[tokio::test]
async fn an_unanswered_prompt_expires_sends_nothing_and_answers_a_late_click_privately() {
    let (world, admin) = start_linked(&[("KILL_CONFIRM_TIMEOUT_SECS", "1")]).await;
    let prompt = kill_prompt(&admin, "srv_1").await;
    let seen = prompt.message();
    assert_contains(&seen.content, "expires in 1 second");

    let expired = prompt
        .wait_until("the prompt to expire", |m| m.content.contains("expired"))
        .await;
    assert!(all_disabled(&expired), "{expired:#?}");
    assert_contains(&expired.content, "nothing was sent");
    assert!(
        expired.edits[0] - expired.created_at < Duration::from_secs(3),
        "expired after {:?}",
        expired.edits[0] - expired.created_at
    );

    // The member clicks on the prompt as their client still showed it.
    let late = prompt.click_as_seen(&seen, "Kill").await;
    let text = private_answer(&late).await.content;
    assert_contains(&text, "already answered or has expired");
    assert_sent_by_the_stop(world, &[]).await;
}

#[tokio::test]
async fn a_double_click_on_kill_sends_exactly_one_kill() {
    let (world, admin) = start_linked(&[]).await;
    let prompt = kill_prompt(&admin, "srv_1").await;
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
    let text = private_answer(loser).await.content;
    assert_contains(&text, "already answered");

    let outcome = clicks[winner].reply().await.message();
    assert_contains(&outcome.content, "Kill requested");
    assert_sent_by_the_stop(world, &[Sent::power("srv_1", "kill", KEY)]).await;
}

#[tokio::test]
async fn a_kill_without_a_linked_key_shows_no_prompt_and_points_at_link_key() {
    let world = World::start().await;
    let admin = admin(&world, 1);

    let kill = admin.slash("/server kill server:srv_1").await;
    let reply = private_answer(&kill).await;
    assert_eq!(reply.buttons(), [], "no prompt");
    assert_contains(&reply.content, "No HEO API key");
    assert_contains(&reply.content, "`/link-key`");
    assert_sent_by_the_stop(world, &[]).await;
}

#[tokio::test]
async fn an_invoker_who_lost_manage_server_before_clicking_kill_is_refused_privately_and_nothing_is_sent()
 {
    let (world, admin) = start_linked(&[]).await;
    let prompt = kill_prompt(&admin, "srv_1").await;

    // An owner takes Manage Server away while the prompt is open.
    let demoted = admin.with_permissions(Permissions::USE_APPLICATION_COMMANDS);
    let refused = demoted.click(&prompt, "Kill").await;
    let text = private_answer(&refused).await.content;
    assert_contains(&text, "no longer have the **Manage Server**");
    assert_contains(&text, "nothing was sent");
    assert_sent(&world.heo, &[]).await;

    // Every click is checked again: given Manage Server back, the invoker can confirm.
    let outcome = admin.click(&prompt, "Kill").await.reply().await.message();
    assert_contains(&outcome.content, "Kill requested");
    assert_sent_by_the_stop(world, &[Sent::power("srv_1", "kill", KEY)]).await;
}
