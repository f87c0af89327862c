//! `/link-key` (through its modal) and `/unlink-key`: who may use them, what they store, and
//! which key each guild's requests then carry.

use poise::serenity_prelude::Permissions;
use wiremock::matchers::{header, method, path};
use wiremock::{Mock, ResponseTemplate};

use super::{
    KEY, Sent, accepted, admin, assert_contains, assert_no_secret, assert_sent,
    assert_sent_by_the_stop, link_key, linked_admin, mount_accepted, private_answer, private_reply,
    public_reply, reply_text, sent_to_heo, start_linked,
};
use crate::support::bot::World;

const NEW_KEY: &str = "heo-test-key-0002";

#[tokio::test]
async fn a_key_linked_through_the_modal_is_used_for_a_public_server_restart() {
    let world = World::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/hosting/game/power/srv_1/restart"))
        .and(header("authorization", format!("Bearer {KEY}").as_str()))
        .respond_with(accepted())
        .expect(1)
        .mount(&world.heo)
        .await;
    let admin = linked_admin(&world.discord).await;
    // Stored encrypted: not in the database file, its WAL or its shared memory.
    crate::at_rest::assert_not_on_disk(&world.db.path().join("heo-bot.db"), KEY);

    // Acknowledged publicly before HEO is called; the channel sees the outcome.
    let reply = public_reply(&admin, "/server restart server:srv_1").await;
    assert_contains(&reply.content, "Restart requested");
    assert_contains(&reply.content, "srv_1");
    world.discord.assert_no_errors();
}

#[tokio::test]
async fn the_link_confirmation_is_private_and_shows_at_most_the_last_four_characters_of_the_key() {
    let world = World::start().await;
    let admin = admin(&world, 1);
    let modal = admin.slash("/link-key").await.modal().await;
    assert_eq!(modal.inputs.len(), 1, "one text input: the key");

    let long = "heo-live-7Qx2Lm9Pz4Kd";
    let linked = modal.submit(&[long]).await.reply().await.message();
    assert!(linked.ephemeral, "{linked:#?}");
    assert_contains(&linked.content, "`z4Kd`");
    assert_no_secret(&linked.content, long);

    // Four characters of a short key would give too much away: no hint at all.
    let short = "Zq9-Xw7r";
    let relinked = link_key(&admin, short).await;
    assert!(relinked.ephemeral);
    assert!(!relinked.content.contains("Xw7r"), "{}", relinked.content);
    assert_no_secret(&relinked.content, short);
    world.discord.assert_no_errors();
}

#[tokio::test]
async fn relinking_replaces_the_earlier_key_and_heo_then_receives_only_the_new_one() {
    let world = World::start().await;
    mount_accepted(&world.heo).await;
    let admin = admin(&world, 1);
    let first = link_key(&admin, KEY).await;
    assert!(!first.content.contains("replaces"), "{}", first.content);

    let second = link_key(&admin, NEW_KEY).await;
    assert_contains(&second.content, "replaces the key linked before");
    let text = reply_text(&admin, "/server restart server:srv_1").await;
    assert_contains(&text, "Restart requested");
    assert_sent_by_the_stop(world, &[Sent::power("srv_1", "restart", NEW_KEY)]).await;
}

#[tokio::test]
async fn unlinking_answers_privately_and_a_later_start_sends_nothing_and_points_at_link_key() {
    let world = World::start().await;
    let admin = linked_admin(&world.discord).await;

    let unlinked = private_reply(&admin, "/unlink-key").await;
    assert_contains(&unlinked, "removed");
    assert_no_secret(&unlinked, KEY);

    let text = reply_text(&admin, "/server start server:srv_1").await;
    assert_contains(&text, "No HEO API key");
    assert_contains(&text, "`/link-key`");
    assert_sent_by_the_stop(world, &[]).await;
}

#[tokio::test]
async fn a_member_without_manage_server_is_refused_link_key_privately_and_nothing_is_stored() {
    // The test server, unlike Discord, does not hide commands by default_member_permissions:
    // this is the bot's own re-check, which is what stands when a guild admin loosens them.
    let world = World::start().await;
    let member = world.discord.guild(1).member(Permissions::SEND_MESSAGES);

    // A private message, not a modal.
    let refusal = private_answer(&member.slash("/link-key").await).await;
    assert_contains(&refusal.content, "Manage Server");

    let text = reply_text(&admin(&world, 1), "/server start server:srv_1").await;
    assert_contains(&text, "No HEO API key");
    assert_sent_by_the_stop(world, &[]).await;
}

#[tokio::test]
async fn a_form_submitted_after_losing_manage_server_stores_nothing_and_says_why() {
    let world = World::start().await;
    let admin = admin(&world, 1);
    let modal = admin.slash("/link-key").await.modal().await;

    // The owner takes the role away while the form is still open.
    let demoted = admin.with_permissions(Permissions::SEND_MESSAGES);
    let answer = modal
        .submitted_by(demoted.clone())
        .submit(&["heo-late-key-0001"])
        .await;
    let answer = answer.reply().await.message();
    assert!(answer.ephemeral, "{answer:#?}");
    assert_contains(&answer.content, "Manage Server");
    assert_contains(&answer.content, "not linked");

    let text = reply_text(&admin, "/server start server:srv_1").await;
    assert_contains(&text, "No HEO API key");
    assert_sent_by_the_stop(world, &[]).await;
}

#[tokio::test]
async fn a_member_without_manage_server_is_refused_unlink_key_privately_and_the_key_stays() {
    let (world, admin) = start_linked(&[]).await;
    let member = world.discord.guild(1).member(Permissions::SEND_MESSAGES);

    let refusal = private_reply(&member, "/unlink-key").await;
    assert_contains(&refusal, "Manage Server");

    let text = reply_text(&admin, "/server restart server:srv_1").await;
    assert_contains(&text, "Restart requested");
    assert_sent_by_the_stop(world, &[Sent::power("srv_1", "restart", KEY)]).await;
}

#[tokio::test]
async fn two_guilds_with_two_keys_each_reach_heo_with_their_own_key_exactly_once() {
    let world = World::start().await;
    for key in [KEY, NEW_KEY] {
        Mock::given(method("POST"))
            .and(header("authorization", format!("Bearer {key}").as_str()))
            .respond_with(accepted())
            .expect(1)
            .mount(&world.heo)
            .await;
    }
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(401))
        .expect(0)
        .mount(&world.heo)
        .await;
    let (first, second) = (admin(&world, 1), admin(&world, 2));
    link_key(&first, KEY).await;
    link_key(&second, NEW_KEY).await;

    let (a, b) = (
        first.slash("/server restart server:srv_1").await,
        second.slash("/server restart server:srv_1").await,
    );
    for restart in [a, b] {
        let reply = restart.reply().await.message();
        assert_contains(&reply.content, "Restart requested");
    }
    let mut sent = sent_to_heo(&world.heo).await;
    sent.sort_by(|x, y| x.authorization.cmp(&y.authorization));
    assert_eq!(
        sent,
        [
            Sent::power("srv_1", "restart", KEY),
            Sent::power("srv_1", "restart", NEW_KEY),
        ]
    );
    world.discord.assert_no_errors();
}

#[tokio::test]
async fn a_key_stored_in_plain_text_by_the_earlier_version_still_works_and_is_no_longer_on_disk() {
    let db = tempfile::TempDir::new().unwrap();
    let file = db.path().join("heo-bot.db");
    crate::at_rest::earlier_version_database(&file, &[(1, KEY)]).await;

    let world = World::start_in(db, &[]).await;
    mount_accepted(&world.heo).await;
    crate::at_rest::assert_not_on_disk(&file, KEY);
    let text = reply_text(&admin(&world, 1), "/server restart server:srv_1").await;
    assert_contains(&text, "Restart requested");
    assert_sent(&world.heo, &[Sent::power("srv_1", "restart", KEY)]).await;
    assert!(
        file.with_extension("db.key").exists(),
        "a key file was created"
    );
    crate::at_rest::assert_not_on_disk(&file, KEY);
    world.discord.assert_no_errors();
}
