//! The bot's life beyond one command: gateway drops, Discord refusing a reply, restarts on
//! the same database.

use serde_json::json;

use super::{
    KEY, Sent, admin, assert_contains, assert_sent_by_the_stop, kill_prompt, linked_admin,
    private_reply, reply_text, start_linked,
};
use crate::support::bot::World;
use crate::support::discord::Route;

#[tokio::test]
async fn after_the_gateway_drops_the_bot_resumes_and_still_answers() {
    let world = World::start().await;
    let admin = admin(&world, 1);
    let before = private_reply(&admin, "/unlink-key").await;
    assert_contains(&before, "nothing to remove");

    world.discord.drop_gateway();
    world.discord.wait_for_resumes(1).await;
    let after = private_reply(&admin, "/unlink-key").await;
    assert_contains(&after, "nothing to remove");

    world.discord.request_reconnect();
    world.discord.wait_for_resumes(2).await;
    let again = private_reply(&admin, "/unlink-key").await;
    assert_contains(&again, "nothing to remove");
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

    let text = private_reply(&admin, "/unlink-key").await;
    assert_contains(&text, "Something went wrong");
    world.discord.assert_no_errors();
}

#[tokio::test]
async fn after_a_restart_on_the_same_database_the_guilds_key_still_works() {
    let (world, admin) = start_linked(&[]).await;

    let world = world.restart(&[]).await;
    assert_eq!(world.discord.sessions(), (2, 0), "the new bot identified");
    let text = reply_text(&admin, "/server restart server:srv_1").await;
    assert_contains(&text, "Restart requested");
    assert_sent_by_the_stop(world, &[Sent::power("srv_1", "restart", KEY)]).await;
}

#[tokio::test]
async fn a_click_on_a_kill_prompt_from_before_a_restart_is_answered_privately_and_sends_nothing() {
    let world = World::start().await;
    let admin = linked_admin(&world.discord).await;
    let prompt = kill_prompt(&admin, "srv_1").await;

    let world = world.restart(&[]).await;
    let late = prompt.click("Kill").await;
    let text = late.reply().await.message();
    assert!(text.ephemeral, "{text:#?}");
    assert_contains(&text.content, "already answered or has expired");
    assert_sent_by_the_stop(world, &[]).await;
}
