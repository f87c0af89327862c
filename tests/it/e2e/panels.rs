//! Control panels through the real bot: `/server panel` posts Start, Stop, Restart and Kill
//! buttons in the channel; clicks are answered privately, checked every time (the panel's
//! rule, every guard, the panel itself), and shown on the panel as its last action.

use std::time::Duration;

use poise::serenity_prelude::Permissions;
use wiremock::Mock;
use wiremock::matchers::method;

use super::audit::history;
use super::{
    KEY, NO_COOLDOWN, Sent, accepted, admin, assert_contains, assert_sent, link_key,
    private_answer, private_reply, start_linked,
};
use crate::support::bot::World;
use crate::support::discord::model::{Message, ResponseKind};
use crate::support::discord::{ChannelRefusal, Interaction, Member, Posted};

const MODS: u64 = 501;
const PLAIN: Permissions = Permissions::USE_APPLICATION_COMMANDS;

/// Runs `/server panel {options}` in `member`'s channel; checks the private answer links to
/// the panel, and returns the panel as posted.
pub(super) async fn post_panel(world: &World, member: &Member, options: &str) -> (Posted, String) {
    let before = world.discord.posts().len();
    let answer = private_reply(member, &format!("/server panel {options}")).await;
    assert_contains(&answer, "Panel posted");
    let posts = world.discord.posts();
    assert_eq!(posts.len(), before + 1, "one new panel: {answer}");
    let id = posts.last().unwrap().id;
    assert_contains(&answer, &format!("/{}/{id}", member.channel));
    let panel = world
        .discord
        .wait_for_post(member.channel, "the new panel", |m| m.id == id)
        .await;
    (panel, answer)
}

/// The private answer to a click that was deferred (an action sent to HEO).
pub(super) async fn deferred_answer(click: &Interaction) -> Message {
    let ack = click.response().await;
    assert_eq!(ack.kind, ResponseKind::Defer, "{ack:#?}");
    assert!(ack.ephemeral, "only the clicker sees it: {ack:#?}");
    let answer = click.reply().await.message();
    assert!(answer.ephemeral, "{answer:#?}");
    answer
}

fn labels(message: &Message) -> Vec<(String, u64, bool)> {
    let buttons = message.buttons().into_iter();
    buttons.map(|b| (b.label, b.style, b.disabled)).collect()
}

#[tokio::test]
async fn a_panel_has_four_buttons_and_an_admins_click_restarts_privately_and_shows_on_the_panel() {
    let (world, admin) = start_linked(&[]).await;
    let (panel, answer) = post_panel(&world, &admin, "server:srv_1").await;
    assert_contains(&answer, "Manage Server");
    assert_contains(&answer, "does not apply to buttons");
    let shown = panel.message();
    assert!(!shown.ephemeral, "everyone in the channel sees it");
    assert_contains(&shown.content, "`srv_1`");
    let expected = [("Start", 3), ("Stop", 1), ("Restart", 1), ("Kill", 4)];
    let expected: Vec<_> = expected
        .iter()
        .map(|(label, style)| (label.to_string(), *style, false))
        .collect();
    assert_eq!(labels(&shown), expected);

    let click = admin.click_post(&panel, "Restart").await;
    let outcome = deferred_answer(&click).await;
    assert_contains(&outcome.content, "Restart requested");
    assert_sent(&world.heo, &[Sent::power("srv_1", "restart", KEY)]).await;
    let after = panel
        .wait_until("the last action", |m| m.content.contains("Last action"))
        .await;
    assert_contains(
        &after.content,
        &format!("Restart requested by <@{}> <t:", admin.id),
    );
    assert_eq!(labels(&after), expected, "the buttons stay");
    // Nothing new in the channel: the panel changed instead.
    assert_eq!(world.discord.posts().len(), 1);
    world.discord.assert_no_errors();
}

#[tokio::test]
async fn only_manage_server_or_a_role_granted_the_action_may_click_whatever_server_allows() {
    let (world, admin) = start_linked(&[NO_COOLDOWN]).await;
    let (panel, _) = post_panel(&world, &admin, "server:srv_1").await;
    let guild = world.discord.guild(1);

    // No role is granted anything: `/server` would let this member act (Discord's command
    // permissions opened it to them), a panel does not.
    let player = guild.member(PLAIN);
    let refused = private_answer(&player.click_post(&panel, "Start").await).await;
    assert_contains(&refused.content, "Manage Server");
    assert_contains(&refused.content, "Nothing was sent");

    private_reply(
        &admin,
        &format!("/power-role grant action:restart role:<@&{MODS}>"),
    )
    .await;
    let moderator = guild.member_with_roles(PLAIN, &[MODS]);
    let click = moderator.click_post(&panel, "Restart").await;
    assert_contains(&deferred_answer(&click).await.content, "Restart requested");
    // The grant is for restart only.
    let stop = private_answer(&moderator.click_post(&panel, "Stop").await).await;
    assert_contains(&stop.content, "Manage Server");
    let again = private_answer(&player.click_post(&panel, "Restart").await).await;
    assert_contains(&again.content, &format!("<@&{MODS}>"));

    assert_sent(&world.heo, &[Sent::power("srv_1", "restart", KEY)]).await;
    // Each click is in the audit trail, marked as from the panel.
    let sent = history(&admin, " server:srv_1", 1).await;
    assert_contains(&sent[0], &format!("<@{}> (panel) 🔄 Restart", moderator.id));
    let refusals = history(&admin, " server:srv_1 refusals:true", 3).await;
    assert_eq!(refusals.len(), 3, "{refusals:#?}");
    for refusal in &refusals {
        assert_contains(refusal, "(panel)");
        assert_contains(refusal, "`not_permitted`");
    }
    world.discord.assert_no_errors();
}

#[tokio::test]
async fn kill_on_a_panel_asks_privately_and_the_confirmed_kill_shows_on_the_panel() {
    let (world, admin) = start_linked(&[]).await;
    let (panel, _) = post_panel(&world, &admin, "server:srv_1").await;

    let kill = admin.click_post(&panel, "Kill").await;
    let prompt = private_answer(&kill).await;
    assert_contains(&prompt.content, "Kill `srv_1`?");
    let confirm = kill.reply().await.click("Kill").await;
    let update = confirm.response().await;
    assert_eq!(update.kind, ResponseKind::Update, "{update:#?}");
    let outcome = confirm.followup(0).await.message();
    assert!(
        outcome.ephemeral,
        "the outcome is the clicker's alone: {outcome:#?}"
    );
    assert_contains(&outcome.content, "Kill requested");
    assert_sent(&world.heo, &[Sent::power("srv_1", "kill", KEY)]).await;
    panel
        .wait_until("the kill on the panel", |m| {
            m.content.contains("Kill requested by")
        })
        .await;
    world.discord.assert_no_errors();
}

#[tokio::test]
async fn a_panel_keeps_working_after_the_bot_restarts() {
    let (world, admin) = start_linked(&[]).await;
    let (panel, _) = post_panel(&world, &admin, "server:srv_1").await;
    let (id, channel) = (panel.id, panel.channel);
    let world = world.restart(&[]).await;

    let panel = world
        .discord
        .wait_for_post(channel, "the panel", |m| m.id == id)
        .await;
    let click = admin.click_post(&panel, "Start").await;
    assert_contains(&deferred_answer(&click).await.content, "Start requested");
    assert_sent(&world.heo, &[Sent::power("srv_1", "start", KEY)]).await;
    world.discord.assert_no_errors();
}

#[tokio::test]
async fn a_new_panel_retires_the_old_one_and_remove_retires_the_new_one() {
    let (world, admin) = start_linked(&[]).await;
    let (old, _) = post_panel(&world, &admin, "server:srv_1").await;
    let seen = old.message();
    let (new, answer) = post_panel(&world, &admin, "server:srv_1").await;
    assert_contains(&answer, "earlier panel");

    let retired = old
        .wait_until("the old panel retired", |m| {
            m.buttons().iter().all(|b| b.disabled)
        })
        .await;
    assert_contains(&retired.content, "replaced by a newer one");
    assert_contains(&retired.content, &format!("/{}/{}", new.channel, new.id));
    // A member whose screen still showed the old buttons clicks one.
    let late = private_answer(&admin.click_as_seen(&seen, "Start").await).await;
    assert_contains(&late.content, "no longer works");

    let seen = new.message();
    let removed = private_reply(&admin, "/server panel server:srv_1 remove:true").await;
    assert_contains(&removed, "no longer work");
    new.wait_until("the new panel retired", |m| {
        m.buttons().iter().all(|b| b.disabled) && m.content.contains("was removed by")
    })
    .await;
    let late = private_answer(&admin.click_as_seen(&seen, "Restart").await).await;
    assert_contains(&late.content, "no longer works");
    let none = private_reply(&admin, "/server panel server:srv_1 remove:true").await;
    assert_contains(&none, "There is no panel");

    assert_sent(&world.heo, &[]).await;
    world.discord.assert_no_errors();
}

#[tokio::test]
async fn a_custom_id_naming_another_guilds_panel_does_nothing() {
    let (world, admin) = start_linked(&[]).await;
    let (theirs, _) = post_panel(&world, &admin, "server:srv_1").await;
    let target = theirs.message().button("Restart").unwrap().custom_id;

    // An admin of guild 2, on guild 2's own panel, sends guild 1's panel's custom ID.
    let other = admin_of_guild_2(&world).await;
    let (ours, _) = post_panel(&world, &other, "server:srv_2").await;
    let crafted = other.click_crafted(&ours.message(), &target).await;
    let refused = private_answer(&crafted).await;
    assert_contains(&refused.content, "no longer works");
    // Guild 1's own admin, from guild 1's channel, on guild 2's message, the same.
    let crafted = admin.click_crafted(&ours.message(), &target).await;
    assert_contains(&private_answer(&crafted).await.content, "no longer works");

    assert_sent(&world.heo, &[]).await;
    world.discord.assert_no_errors();
}

#[tokio::test]
async fn clicks_meet_the_cooldown_and_the_one_action_per_server_guard() {
    let world = World::start_with(&[("POWER_COOLDOWN_SECS", "120")]).await;
    // HEO takes its time with the first call.
    Mock::given(method("POST"))
        .respond_with(accepted().set_delay(Duration::from_secs(2)))
        .mount(&world.heo)
        .await;
    let admin = admin(&world, 1);
    link_key(&admin, KEY).await;
    let (panel, _) = post_panel(&world, &admin, "server:srv_1").await;

    let first = admin.click_post(&panel, "Restart").await;
    first.response().await;
    let other = world.discord.guild(1).member(Permissions::MANAGE_GUILD);
    let busy = private_answer(&other.click_post(&panel, "Restart").await).await;
    assert_contains(&busy.content, "still on its way");
    assert_contains(&deferred_answer(&first).await.content, "Restart requested");

    let cooling = private_answer(&admin.click_post(&panel, "Start").await).await;
    assert_contains(&cooling.content, "moments ago");
    assert_sent(&world.heo, &[Sent::power("srv_1", "restart", KEY)]).await;
    world.discord.assert_no_errors();
}

#[tokio::test]
async fn a_click_after_the_key_was_unlinked_or_the_server_removed_says_what_to_do() {
    let (world, admin) = start_linked(&[NO_COOLDOWN]).await;
    private_reply(&admin, "/server add id:srv_1 name:mc").await;
    let (panel, _) = post_panel(&world, &admin, "server:mc").await;
    assert_contains(&panel.message().content, "**`mc`** (`srv_1`)");

    private_reply(&admin, "/server remove server:mc").await;
    let removed = private_answer(&admin.click_post(&panel, "Start").await).await;
    assert_contains(&removed.content, "no longer named");
    assert_contains(&removed.content, "/server add");

    let (panel, _) = post_panel(&world, &admin, "server:srv_1").await;
    private_reply(&admin, "/unlink-key").await;
    let click = admin.click_post(&panel, "Start").await;
    let unlinked = deferred_answer(&click).await;
    assert_contains(&unlinked.content, "/link-key");
    panel
        .wait_until("the refusal on the panel", |m| {
            m.content.contains("`no_key`")
        })
        .await;
    assert_sent(&world.heo, &[]).await;
    world.discord.assert_no_errors();
}

/// A member with Manage Server of guild 2, which has linked [`KEY`] too.
async fn admin_of_guild_2(world: &World) -> Member {
    let admin = admin(world, 2);
    link_key(&admin, KEY).await;
    admin
}

#[tokio::test]
async fn a_channel_the_bot_may_not_post_in_gets_a_clear_answer_and_no_panel_is_kept() {
    let (world, admin) = start_linked(&[]).await;
    world
        .discord
        .refuse_posts(admin.channel, ChannelRefusal::MissingPermissions);
    let answer = private_reply(&admin, "/server panel server:srv_1").await;
    assert_contains(&answer, "could not post the panel");
    assert_contains(&answer, "Send Messages");
    let none = private_reply(&admin, "/server panel server:srv_1 remove:true").await;
    assert_contains(&none, "There is no panel");
    world.discord.assert_no_errors();
}

#[tokio::test]
async fn a_kill_prompt_from_a_panel_expires_with_a_line_that_points_back_at_the_panel() {
    let (world, admin) = start_linked(&[("KILL_CONFIRM_TIMEOUT_SECS", "1")]).await;
    let (panel, _) = post_panel(&world, &admin, "server:srv_1").await;
    let kill = admin.click_post(&panel, "Kill").await;
    private_answer(&kill).await;
    let expired = kill
        .reply()
        .await
        .wait_until("the prompt to expire", |m| m.content.contains("expired"))
        .await;
    assert_contains(&expired.content, "Click **Kill** on the panel again");
    assert!(expired.buttons().iter().all(|b| b.disabled), "{expired:#?}");
    let refusals = history(&admin, " refusals:true", 1).await;
    assert_eq!(refusals.len(), 1, "{refusals:#?}");
    assert_contains(&refusals[0], "(panel) 💀 Kill");
    assert_contains(&refusals[0], "`kill_expired`");
    assert_sent(&world.heo, &[]).await;
    world.discord.assert_no_errors();
}
