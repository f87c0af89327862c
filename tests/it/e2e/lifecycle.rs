//! The bot's life beyond one command: gateway drops, Discord refusing a reply, restarts on
//! the same database.

use serde_json::json;
use wiremock::Mock;
use wiremock::matchers::method;

use super::{KEY, Sent, accepted, admin, link_key, sent_to_heo};
use crate::support::bot::World;
use crate::support::discord::Route;

#[tokio::test]
async fn after_the_gateway_drops_the_bot_resumes_and_still_answers() {
    let world = World::start().await;
    let admin = admin(&world, 1);
    let before = admin.slash("/unlink-key").await.reply().await.message();
    assert!(
        before.content.contains("nothing to remove"),
        "{}",
        before.content
    );

    world.discord.drop_gateway();
    world.discord.wait_for_resumes(1).await;
    let after = admin.slash("/unlink-key").await.reply().await.message();
    assert!(
        after.content.contains("nothing to remove"),
        "{}",
        after.content
    );

    world.discord.request_reconnect();
    world.discord.wait_for_resumes(2).await;
    let again = admin.slash("/unlink-key").await.reply().await.message();
    assert!(
        again.content.contains("nothing to remove"),
        "{}",
        again.content
    );
    assert_eq!(
        world.discord.sessions(),
        (1, 2),
        "one IDENTIFY, then only RESUMEs"
    );
    world.discord.assert_no_errors();
}

#[tokio::test]
async fn when_discord_refuses_the_first_reply_the_member_still_gets_an_answer() {
    let world = World::start().await;
    let unknown = json!({"message": "Unknown interaction", "code": 10062});
    world.discord.fail_next(Route::Callback, 404, unknown);
    let admin = admin(&world, 1);

    let unlink = admin.slash("/unlink-key").await;
    let reply = unlink.reply().await.message();
    assert!(reply.ephemeral);
    assert!(
        reply.content.contains("Something went wrong"),
        "{}",
        reply.content
    );
    world.discord.assert_no_errors();
}

#[tokio::test]
async fn after_a_restart_on_the_same_database_the_guilds_key_still_works() {
    let world = World::start().await;
    Mock::given(method("POST"))
        .respond_with(accepted())
        .mount(&world.heo)
        .await;
    let admin = admin(&world, 1);
    link_key(&admin, KEY).await;

    let world = world.restart(&[]).await;
    assert_eq!(world.discord.sessions(), (2, 0), "the new bot identified");
    let restart = admin.slash("/server restart server:srv_1").await;
    let reply = restart.reply().await.message();
    assert!(
        reply.content.contains("Restart requested"),
        "{}",
        reply.content
    );
    assert_eq!(
        sent_to_heo(&world.heo).await,
        [Sent::power("srv_1", "restart", KEY)]
    );
    world.discord.assert_no_errors();
}

#[tokio::test]
async fn a_click_on_a_kill_prompt_from_before_a_restart_is_answered_privately_and_sends_nothing() {
    let world = World::start().await;
    let admin = admin(&world, 1);
    link_key(&admin, KEY).await;
    let prompt = admin.slash("/server kill server:srv_1").await.reply().await;

    let world = world.restart(&[]).await;
    let late = prompt.click("Kill").await;
    let text = late.reply().await.message();
    assert!(text.ephemeral, "{text:#?}");
    assert!(
        text.content.contains("already answered or has expired"),
        "{}",
        text.content
    );
    assert_eq!(sent_to_heo(&world.heo).await, []);
    world.discord.assert_no_errors();
}
