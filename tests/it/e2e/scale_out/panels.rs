//! A panel across a redeploy from one process to two: the click is answered by whichever
//! process now runs the guild's shard, from the panel the database keeps.

use poise::serenity_prelude::Permissions;

use super::super::panels::deferred_answer;
use super::super::shards::key_of;
use super::super::{Sent, assert_contains, link_key, private_reply, sent_to_heo};
use super::{Deployment, TOTAL, guild_on, heo_accepting};

#[tokio::test]
async fn a_panel_posted_through_one_process_is_answered_by_the_one_that_runs_its_guild_later() {
    let test = "e2e::scale_out::panels::a_panel_posted_through_one_process";
    let Some(deployment) = Deployment::new(test).await else {
        return;
    };
    let discord = &deployment.discord;
    let guild = guild_on(2);
    let admin = discord.guild(guild).member(Permissions::MANAGE_GUILD);

    // One process runs every shard; the panel is posted through it.
    let one = deployment.start("0-3", heo_accepting().await).await;
    discord.wait_for_shard_range(0..=3, TOTAL).await;
    link_key(&admin, &key_of(2)).await;
    let posted = private_reply(&admin, "/server panel server:srv_2").await;
    assert_contains(&posted, "Panel posted");
    let panel = discord
        .wait_for_post(admin.channel, "the panel", |m| {
            m.button("Restart").is_some()
        })
        .await;
    one.bot.stop().await;

    // Redeployed as two processes: the guild's shard 2 now runs in the second one.
    let first = deployment.start("0-1", heo_accepting().await).await;
    discord.wait_for_shard_range(0..=1, TOTAL).await;
    let second = deployment.start("2-3", heo_accepting().await).await;
    discord.wait_for_shard_range(2..=3, TOTAL).await;
    let click = admin.click_post(&panel, "Restart").await;
    assert_contains(&deferred_answer(&click).await.content, "Restart requested");
    let restart = Sent::power("srv_2", "restart", &key_of(2));
    assert_eq!(sent_to_heo(&second.heo).await, [restart]);
    assert!(sent_to_heo(&first.heo).await.is_empty());
    panel
        .wait_until("the last action", |m| {
            m.content.contains("Restart requested by")
        })
        .await;
    first.bot.stop().await;
    second.bot.stop().await;
    discord.assert_no_errors();
}
