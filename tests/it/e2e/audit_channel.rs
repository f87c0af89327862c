//! `/audit-channel`: every power action also posted as one line in a channel the guild
//! picked, checked by posting when it is picked. How the lines get there is in
//! `audit_posting`.

use std::time::{Duration, Instant};

use poise::serenity_prelude::Permissions;
use sqlx::Connection;
use sqlx::sqlite::SqliteConnection;

use super::{NO_COOLDOWN, private_reply, requested, start_linked};
use crate::support::bot::World;
use crate::support::discord::{ChannelRefusal, FakeDiscord, Member, Post, Route};

pub(super) const LOG: u64 = 5551;
const OTHER_LOG: u64 = 5552;

/// A world with guild 1's key linked, HEO accepting everything and no member cooldown;
/// returns guild 1's admin.
pub(super) async fn ready() -> (World, Member) {
    start_linked(&[NO_COOLDOWN]).await
}

/// Posts never ping: the bot sends empty allowed mentions with each.
fn assert_inert(post: &Post) {
    assert_eq!(
        post.allowed_mentions["parse"],
        serde_json::json!([]),
        "{post:#?}"
    );
}

#[tokio::test]
async fn a_picked_channel_gets_a_greeting_then_one_line_per_action_until_turned_off() {
    let (world, admin) = ready().await;
    let set = private_reply(&admin, &format!("/audit-channel channel:<#{LOG}>")).await;
    assert!(set.contains(&format!("<#{LOG}>")), "{set}");
    let greeting = world.discord.wait_for_posts(LOG, 1).await;
    assert!(
        greeting[0]
            .content
            .contains(&format!("set by <@{}>", admin.id)),
        "{greeting:#?}"
    );

    requested(&admin, "/server restart server:srv_1").await;
    let posts = world.discord.wait_for_posts(LOG, 2).await;
    let line = &posts[1].content;
    assert!(
        line.contains(&format!("<@{}>", admin.id))
            && line.contains("Restart")
            && line.contains("`srv_1`")
            && line.contains("requested"),
        "{line}"
    );
    // A refusal is an action asked for too: a kill cancelled at its prompt.
    let prompt = admin.slash("/server kill server:srv_1").await.reply().await;
    prompt.click("Cancel").await.response().await;
    let posts = world.discord.wait_for_posts(LOG, 3).await;
    assert!(
        posts[2].content.contains("Kill") && posts[2].content.contains("`kill_cancelled`"),
        "{:#?}",
        posts[2]
    );
    posts.iter().for_each(assert_inert);

    let off = private_reply(&admin, "/audit-channel").await;
    assert!(
        off.contains(&format!("no longer posted in <#{LOG}>")),
        "{off}"
    );
    // A channel set elsewhere afterwards gets the next action; the old one gets nothing.
    private_reply(&admin, &format!("/audit-channel channel:<#{OTHER_LOG}>")).await;
    requested(&admin, "/server stop server:srv_1").await;
    let elsewhere = world.discord.wait_for_posts(OTHER_LOG, 2).await;
    assert!(elsewhere[1].content.contains("Stop"), "{elsewhere:#?}");
    let old: Vec<Post> = world
        .discord
        .posts()
        .into_iter()
        .filter(|post| post.channel == LOG)
        .collect();
    assert_eq!(
        old.len(),
        3,
        "nothing more in the channel turned off: {old:#?}"
    );
}

#[tokio::test]
async fn turning_off_an_audit_channel_that_was_never_set_says_nothing_changed() {
    let (world, admin) = ready().await;
    let off = private_reply(&admin, "/audit-channel").await;
    assert!(off.contains("No audit channel was set"), "{off}");
    assert!(world.discord.posts().is_empty());
}

#[tokio::test]
async fn a_channel_the_bot_cannot_post_in_is_refused_when_picked_and_the_old_one_stays() {
    let (world, admin) = ready().await;
    private_reply(&admin, &format!("/audit-channel channel:<#{LOG}>")).await;
    let refusals = [
        (5553, ChannelRefusal::MissingPermissions, "Send Messages"),
        (5554, ChannelRefusal::MissingAccess, "View Channel"),
        (5555, ChannelRefusal::Deleted, "does not exist"),
    ];
    for (channel, refusal, advice) in refusals {
        world.discord.refuse_posts(channel, refusal);
        let answer = private_reply(&admin, &format!("/audit-channel channel:<#{channel}>")).await;
        assert!(
            answer.contains(&format!("could not post in <#{channel}>"))
                && answer.contains("not changed")
                && answer.contains(advice),
            "{refusal:?}: {answer}"
        );
    }
    requested(&admin, "/server start server:srv_1").await;
    let posts = world.discord.wait_for_posts(LOG, 2).await;
    assert!(posts[1].content.contains("Start"), "{posts:#?}");
    assert!(
        world.discord.posts().iter().all(|post| post.channel == LOG),
        "nothing was posted in a refusing channel"
    );
}

#[tokio::test]
async fn a_member_who_cannot_post_in_a_channel_cannot_make_the_bot_post_there() {
    let (world, admin) = ready().await;
    let announcements = 5556;
    world.discord.mute_members_in(announcements);
    let pick = format!("/audit-channel channel:<#{announcements}>");
    let answer = private_reply(&admin, &pick).await;
    assert!(
        answer.contains(&format!("You cannot post in <#{announcements}>"))
            && answer.contains("not changed"),
        "{answer}"
    );
    assert_eq!(post_attempts(&world.discord), 0, "the bot did not even try");
    assert!(world.discord.posts().is_empty());

    // With a channel picked before, that channel stays.
    private_reply(&admin, &format!("/audit-channel channel:<#{LOG}>")).await;
    let answer = private_reply(&admin, &pick).await;
    assert!(answer.contains("You cannot post in"), "{answer}");
    requested(&admin, "/server start server:srv_1").await;
    let posts = world.discord.wait_for_posts(LOG, 2).await;
    assert!(posts[1].content.contains("Start"), "{posts:#?}");
    assert_eq!(
        post_attempts(&world.discord),
        2,
        "the greeting and the line only"
    );
}

#[tokio::test]
async fn a_member_without_manage_server_cannot_pick_the_audit_channel() {
    let (world, _admin) = ready().await;
    let member = world
        .discord
        .guild(1)
        .member(Permissions::USE_APPLICATION_COMMANDS);
    let answer = private_reply(&member, &format!("/audit-channel channel:<#{LOG}>")).await;
    assert!(answer.contains("Manage Server"), "{answer}");
    assert!(world.discord.posts().is_empty());
}

#[tokio::test]
async fn the_command_offers_only_text_and_announcement_channels_to_manage_server_members() {
    let (world, _admin) = ready().await;
    let registration = world.discord.registration().await;
    let command = registration
        .commands
        .iter()
        .find(|c| c["name"] == "audit-channel")
        .expect("/audit-channel is registered");
    assert_eq!(command["default_member_permissions"], "32", "{command:#}");
    let option = &command["options"][0];
    assert_eq!(option["required"], false, "{option:#}");
    assert_eq!(option["channel_types"], serde_json::json!([0, 5]));
}

/// Calls the bot made to post in a channel, refused ones included.
fn post_attempts(discord: &FakeDiscord) -> usize {
    let requests = discord.requests();
    let posts = requests
        .iter()
        .filter(|r| r.route == Some(Route::CreateMessage));
    posts.count()
}

#[tokio::test]
async fn a_deleted_audit_channel_is_turned_off_at_its_first_refused_line() {
    let (world, admin) = ready().await;
    private_reply(&admin, &format!("/audit-channel channel:<#{LOG}>")).await;
    world.discord.refuse_posts(LOG, ChannelRefusal::Deleted);
    requested(&admin, "/server restart server:srv_1").await;

    let url = format!("sqlite://{}", world.db.path().join("heo-bot.db").display());
    let mut db = SqliteConnection::connect(&url).await.unwrap();
    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        let picked: i64 = sqlx::query_scalar("SELECT count(*) FROM audit_channels")
            .fetch_one(&mut db)
            .await
            .unwrap();
        if picked == 0 {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "the deleted channel is still picked"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert_eq!(
        post_attempts(&world.discord),
        2,
        "the greeting and one refused line"
    );

    // No channel, no attempt: the next action's line is not tried at all. Counted after a
    // clean stop, which waits for every line still being written or posted.
    requested(&admin, "/server stop server:srv_1").await;
    let off = private_reply(&admin, "/audit-channel").await;
    assert!(off.contains("No audit channel was set"), "{off}");
    world.bot.stop().await.expect("the bot stops cleanly");
    assert_eq!(post_attempts(&world.discord), 2);
}
