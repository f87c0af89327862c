//! No one guild can use up what every guild shares: each guild's budget of calls to HEO
//! (`HEO_GUILD_BUDGET`), and the bot-wide cap on calls under way (`HEO_MAX_CONCURRENT_CALLS`).
//! Each refusal is private, comes before any acknowledgement, says how long to wait, sends
//! nothing, and is recorded.

use std::time::Duration;

use wiremock::Mock;
use wiremock::matchers::method;

use super::audit::history;
use super::{
    KEY, NO_COOLDOWN, Sent, accepted, admin, assert_contains, assert_sent_by_the_stop, link_key,
    mount_accepted, private_answer, reply_text, requested,
};
use crate::support::bot::World;
use crate::support::discord::Member;
use crate::support::discord::model::ResponseKind;

const KEY_B: &str = "heo-test-key-guild-b-0002";

/// The private answer `member` gets at once for `command`, which sent nothing.
async fn refused(member: &Member, command: &str) -> String {
    let run = member.slash(command).await;
    let text = private_answer(&run).await.content;
    assert_contains(&text, "not sent");
    text
}

/// Fails unless the newest of `member`'s guild's refusals in `/server history`, once it
/// lists `entries`, ends with `end`.
async fn assert_newest_refusal(member: &Member, entries: usize, end: &str) {
    let found = history(member, " refusals:true", entries).await;
    assert!(
        found.len() == entries && found[0].ends_with(end),
        "{end:?} expected first of {entries} in {found:#?}"
    );
}

#[tokio::test]
async fn a_guild_that_used_its_share_of_heo_calls_is_told_privately_how_long_to_wait_and_others_go_on()
 {
    // Two calls at once, then one every 30 minutes.
    let world = World::start_with(&[NO_COOLDOWN, ("HEO_GUILD_BUDGET", "2/1h")]).await;
    mount_accepted(&world.heo).await;
    let (admin_a, admin_b) = (admin(&world, 1), admin(&world, 2));
    // Nothing sent, nothing spent.
    let no_key = reply_text(&admin_a, "/server restart server:srv_1").await;
    assert_contains(&no_key, "No HEO API key");
    link_key(&admin_a, KEY).await;
    link_key(&admin_b, KEY_B).await;

    requested(&admin_a, "/server restart server:srv_1").await;
    requested(&admin_a, "/server restart server:srv_2").await;
    // Another member of the same guild: the share is the guild's, not the member's.
    let other_member = admin(&world, 1);
    let text = refused(&other_member, "/server start server:srv_3").await;
    assert_contains(&text, "used its share of calls to HEO");
    assert_contains(&text, "Try again in 30 minutes");

    requested(&admin_b, "/server restart server:srv_1").await;
    // The refusals: this one, and the restart that found no key.
    assert_newest_refusal(
        &other_member,
        2,
        "Start `srv_3`: ❌ `guild_budget` (this Discord server had used its share of HEO calls)",
    )
    .await;
    let sent = [
        Sent::power("srv_1", "restart", KEY),
        Sent::power("srv_2", "restart", KEY),
        Sent::power("srv_1", "restart", KEY_B),
    ];
    assert_sent_by_the_stop(world, &sent).await;
}

#[tokio::test]
async fn over_the_cap_of_calls_under_way_a_command_is_refused_at_once_and_sent_once_a_place_is_free()
 {
    let world = World::start_with(&[NO_COOLDOWN, ("HEO_MAX_CONCURRENT_CALLS", "1")]).await;
    Mock::given(method("POST"))
        .respond_with(accepted().set_delay(Duration::from_millis(1500)))
        .mount(&world.heo)
        .await;
    let (admin_a, admin_b) = (admin(&world, 1), admin(&world, 2));
    link_key(&admin_a, KEY).await;
    link_key(&admin_b, KEY_B).await;

    let hanging = admin_a.slash("/server restart server:srv_1").await;
    assert_eq!(hanging.response().await.kind, ResponseKind::Defer);
    // Another guild, another server: only the cap stands in the way.
    let text = refused(&admin_b, "/server restart server:srv_2").await;
    assert_contains(&text, "as many actions as it takes at once");
    // HEO_TIMEOUT_SECS (10 by default) bounds the wait.
    assert_contains(&text, "within 10 seconds");

    let answered = hanging.reply().await.message();
    assert_contains(&answered.content, "Restart requested");
    requested(&admin_b, "/server restart server:srv_2").await;
    let entries = history(&admin_b, "", 1).await;
    assert!(
        entries.len() == 1
            && entries[0].ends_with("Restart `srv_2`: ✅ `requested` (HEO accepted it)"),
        "{entries:#?}"
    );
    assert_newest_refusal(&admin_b, 1, "Restart `srv_2`: ❌ `bot_busy` (the bot was waiting on as many actions as it takes at once)").await;
    let sent = [
        Sent::power("srv_1", "restart", KEY),
        Sent::power("srv_2", "restart", KEY_B),
    ];
    assert_sent_by_the_stop(world, &sent).await;
}
