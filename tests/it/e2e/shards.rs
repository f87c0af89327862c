//! Discord's sharding, in one process: the bot starts as many shards as Discord recommends,
//! each guild is served on its own shard, and a gateway that demands more shards than the
//! bot runs stops it with a line that says what to do.

use std::time::Duration;

use poise::serenity_prelude::Permissions;

use super::{
    Sent, assert_contains, assert_sent_by_the_stop, kill_prompt, link_key, mount_accepted,
    requested, spawn_binary,
};
use crate::support::bot::World;
use crate::support::discord::FakeDiscord;

/// A guild whose events Discord delivers on shard `shard` of `total`: the shard is
/// `(guild_id >> 22) % total`.
pub(super) fn guild_on(shard: u32, total: u32) -> u64 {
    let guild = (u64::from(shard) << 22) | 7;
    assert_eq!((guild >> 22) % u64::from(total), u64::from(shard));
    guild
}

pub(super) fn key_of(shard: u32) -> String {
    format!("heo-test-key-shard-{shard}")
}

#[tokio::test]
async fn the_bot_starts_the_shards_discord_recommends_and_serves_every_guild_on_its_own() {
    const SHARDS: u32 = 4;
    let discord = FakeDiscord::start().await;
    discord.require_shards(SHARDS);
    let world = World::start_on(discord, &[("POWER_COOLDOWN_SECS", "0")]).await;
    mount_accepted(&world.heo).await;
    world.discord.wait_for_shards(SHARDS).await;
    // Each shard identified once, in order, with Discord's count; no fifth shard.
    let each_once: Vec<[u32; 2]> = (0..SHARDS).map(|id| [id, SHARDS]).collect();
    assert_eq!(world.discord.identified(), each_once);

    let mut sent = Vec::new();
    for shard in 0..SHARDS {
        let guild = guild_on(shard, SHARDS);
        assert_eq!(world.discord.shard_of(guild), shard);
        let admin = world.discord.guild(guild).member(Permissions::MANAGE_GUILD);
        link_key(&admin, &key_of(shard)).await;
        let server = format!("srv_{shard}");
        requested(&admin, &format!("/server restart server:{server}")).await;
        sent.push(Sent::power(&server, "restart", &key_of(shard)));
    }

    // A kill confirmed on the last shard: the click comes on that shard too.
    let last = SHARDS - 1;
    let admin = world
        .discord
        .guild(guild_on(last, SHARDS))
        .member(Permissions::MANAGE_GUILD);
    let prompt = kill_prompt(&admin, "srv_kill").await;
    let outcome = prompt.click("Kill").await.reply().await.message();
    assert_contains(&outcome.content, "Kill requested");
    sent.push(Sent::power("srv_kill", "kill", &key_of(last)));

    // The commands were registered once for the process, not once per shard.
    assert_eq!(world.discord.registrations().len(), 1);
    assert_sent_by_the_stop(world, &sent).await;
}

#[tokio::test]
async fn a_gateway_that_demands_more_shards_than_the_bot_runs_stops_it_with_a_clear_line() {
    let discord = FakeDiscord::start().await;
    // Discord closes an IDENTIFY for fewer than 2 shards with 4011, Sharding required.
    discord.require_shards(2);
    let heo = wiremock::MockServer::start().await;
    let dir = tempfile::TempDir::new().unwrap();
    let mut bot = spawn_binary(&discord, &heo, &dir, &[("SHARD_COUNT", "1")]);

    // The bot notices a shard that stays disconnected within about 15 s.
    let status = bot.exit_within(Duration::from_secs(40)).await;
    let output = bot.output();
    assert_eq!(status.code(), Some(1), "{output}");
    let line = output
        .lines()
        .find(|line| line.starts_with("heo-bot: "))
        .unwrap_or_else(|| panic!("no exit line in:\n{output}"));
    assert!(
        line.starts_with("heo-bot: Discord requires more shards than this process runs")
            && line.contains("it recommends 2, heo-bot runs 1")
            && line.contains("raise it to at least 2"),
        "{output}"
    );
    // It had warned at start, before the first refusal.
    assert_contains(&output, "Discord recommends more shards than SHARD_COUNT");
    let closes = discord.closes();
    assert!(
        !closes.is_empty() && closes.iter().all(|&code| code == 4011),
        "{closes:?}"
    );
    assert!(discord.identified().iter().all(|&shard| shard == [0, 1]));
}
