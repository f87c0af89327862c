//! How audit lines reach the channel `/audit-channel` picked: in the order the actions
//! happened, through a slow Discord and across a SIGTERM, and only logged when the channel
//! shuts the bot out later.

use std::time::Duration;

use tempfile::TempDir;
use wiremock::MockServer;

use super::audit_channel::{LOG, ready};
use super::{
    Binary, NO_COOLDOWN, linked_admin, mount_accepted, private_reply, requested, start_binary,
};
use crate::support::discord::{ChannelRefusal, FakeDiscord, Member, Route};

/// The real binary with guild 1's key linked, HEO accepting everything, no cooldown, and
/// `channel` picked as the audit channel; returns it and guild 1's admin.
async fn binary_posting_in(channel: u64) -> (Binary, Member) {
    let (discord, heo, dir) = (
        FakeDiscord::start().await,
        MockServer::start().await,
        TempDir::new().unwrap(),
    );
    mount_accepted(&heo).await;
    let bot = start_binary(&discord, &heo, &dir, &[NO_COOLDOWN]).await;
    let admin = linked_admin(&discord).await;
    private_reply(&admin, &format!("/audit-channel channel:<#{channel}>")).await;
    let binary = Binary {
        discord,
        heo,
        dir,
        bot,
    };
    (binary, admin)
}

#[tokio::test]
async fn a_channel_that_shuts_the_bot_out_later_costs_no_reply_and_is_logged() {
    let (mut binary, admin) = binary_posting_in(LOG).await;

    binary
        .discord
        .refuse_posts(LOG, ChannelRefusal::MissingAccess);
    requested(&admin, "/server restart server:srv_1").await;
    binary
        .bot
        .wait_for_output("could not post to the audit channel")
        .await;
    assert_eq!(
        binary.discord.posts().len(),
        1,
        "only the greeting got through"
    );
    // A permission can be given back, so the channel stays picked.
    let off = private_reply(&admin, "/audit-channel").await;
    assert!(
        off.contains(&format!("no longer posted in <#{LOG}>")),
        "{off}"
    );
    binary.bot.stop().await;
}

#[tokio::test]
async fn lines_reach_the_channel_in_the_order_the_actions_happened() {
    let (world, admin) = ready().await;
    private_reply(&admin, &format!("/audit-channel channel:<#{LOG}>")).await;
    // Discord holds the first line back while the next actions happen: lines posted each
    // on their own would overtake it.
    world
        .discord
        .delay_next(Route::CreateMessage, Duration::from_secs(1));
    let servers: Vec<String> = (0..12).map(|n| format!("srv_{n}")).collect();
    let mut shown = Vec::new();
    for server in &servers {
        shown.push(requested(&admin, &format!("/server restart server:{server}")).await);
    }
    let posts = world.discord.wait_for_posts(LOG, 1 + servers.len()).await;
    let first = posts.iter().find(|post| post.content.contains("`srv_0`"));
    let second_answered = shown[1]
        .edits
        .last()
        .copied()
        .unwrap_or(shown[1].created_at);
    assert!(
        first.is_some_and(|line| line.at > second_answered),
        "the first line was not held back past the second action: {posts:#?}"
    );
    let posted: Vec<&str> = posts[1..]
        .iter()
        .map(|post| {
            let server = post.content.split('`').nth(1);
            server.unwrap_or_else(|| panic!("no server in {post:#?}"))
        })
        .collect();
    assert_eq!(posted, servers);
}

#[tokio::test]
async fn lines_still_on_their_way_to_discord_are_posted_before_the_bot_exits_on_sigterm() {
    let (mut binary, admin) = binary_posting_in(LOG).await;

    // Discord is slow to take the first line, so the second waits behind it; the bot is
    // told to stop meanwhile.
    binary
        .discord
        .delay_next(Route::CreateMessage, Duration::from_secs(1));
    requested(&admin, "/server restart server:srv_1").await;
    requested(&admin, "/server stop server:srv_2").await;
    binary.bot.signal("TERM");
    let status = binary.bot.exit_within(Duration::from_secs(8)).await;
    assert!(status.success(), "{status}:\n{}", binary.bot.output());
    let posts: Vec<String> = binary
        .discord
        .posts()
        .into_iter()
        .map(|p| p.content)
        .collect();
    assert_eq!(posts.len(), 3, "the greeting and both lines: {posts:#?}");
    assert!(
        posts[1].contains("Restart") && posts[2].contains("Stop"),
        "{posts:#?}"
    );
}
