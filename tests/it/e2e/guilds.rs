//! The bot leaving a guild: a real removal deletes the guild's key and settings but keeps
//! its audit entries; an outage keeps everything; with `ALLOWED_GUILDS` the bot leaves every
//! guild not listed.

use std::path::Path;

use sqlx::sqlite::SqliteConnectOptions;
use sqlx::{ConnectOptions, Connection};

use poise::serenity_prelude::Permissions;

use super::audit::history;
use super::audit_channel::LOG;
use super::{
    KEY, Sent, admin, assert_contains, assert_sent, assert_sent_by_the_stop, link_key,
    linked_admin, mount_accepted, private_answer, private_reply, reply_text, requested,
};
use crate::support::bot::World;
use crate::support::discord::WAIT;

/// How many rows of `table` the bot's database holds for `guild`, read straight from the
/// file.
async fn rows_of(db: &Path, table: &str, guild: u64) -> i64 {
    let mut conn = SqliteConnectOptions::new()
        .filename(db)
        .read_only(true)
        .connect()
        .await
        .unwrap();
    let count = format!("SELECT count(*) FROM {table} WHERE guild_id = ?1");
    let rows: i64 = sqlx::query_scalar(&count)
        .bind(guild as i64)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    conn.close().await.unwrap();
    rows
}

/// Whether the bot's database holds a key row for `guild`.
async fn has_key_row(db: &Path, guild: u64) -> bool {
    rows_of(db, "guild_keys", guild).await > 0
}

/// Waits until the bot has deleted `guild`'s key: gateway events are handled concurrently
/// with later interactions, so a command sent right after the event could overtake it.
async fn wait_until_key_deleted(world: &World, guild: u64) {
    let db = world.db.path().join("heo-bot.db");
    let deadline = tokio::time::Instant::now() + WAIT;
    while has_key_row(&db, guild).await {
        assert!(
            tokio::time::Instant::now() < deadline,
            "guild {guild}'s key is still stored after {WAIT:?}"
        );
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
}

#[tokio::test]
async fn when_the_bot_is_removed_from_a_guild_its_key_is_deleted_and_a_later_start_sends_nothing() {
    let world = World::start().await;
    let admin = linked_admin(&world.discord).await;
    let db = world.db.path().join("heo-bot.db");
    assert!(has_key_row(&db, 1).await);

    world.discord.remove_from_guild(1);
    wait_until_key_deleted(&world, 1).await;

    let text = reply_text(&admin, "/server start server:srv_1").await;
    assert_contains(&text, "No HEO API key");
    assert_sent_by_the_stop(world, &[]).await;
}

#[tokio::test]
async fn a_guild_outage_keeps_the_guilds_key_and_its_commands_still_reach_heo() {
    let world = World::start().await;
    mount_accepted(&world.heo).await;
    let (first, second) = (admin(&world, 1), admin(&world, 2));
    link_key(&first, KEY).await;
    link_key(&second, "heo-test-key-0002").await;

    world.discord.guild_outage(1);
    // A real removal sent after the outage: once it is handled, so is the outage.
    world.discord.remove_from_guild(2);
    wait_until_key_deleted(&world, 2).await;

    let db = world.db.path().join("heo-bot.db");
    assert!(
        has_key_row(&db, 1).await,
        "the outage deleted guild 1's key"
    );
    let text = reply_text(&first, "/server restart server:srv_1").await;
    assert_contains(&text, "Restart requested");
    assert_sent_by_the_stop(world, &[Sent::power("srv_1", "restart", KEY)]).await;
}

#[tokio::test]
async fn with_allowed_guilds_the_bot_leaves_any_other_guild_and_refuses_its_commands_unread() {
    let world = World::start_with(&[("ALLOWED_GUILDS", "1, 3")]).await;
    mount_accepted(&world.heo).await;
    // As Discord announces the bot's guilds after READY, and a guild it is added to.
    world.discord.announce_guilds([1, 2]);
    world.discord.wait_for_leave(2).await;
    world.discord.announce_guilds([3, 4]);
    world.discord.wait_for_leave(4).await;

    // A command that arrives before the leave takes effect: refused, nothing read or sent.
    let unlisted = admin(&world, 2);
    for command in ["/server restart server:srv_1", "/link-key"] {
        let run = unlisted.slash(command).await;
        let text = private_answer(&run).await.content;
        assert_contains(&text, "only serves the Discord servers its owner listed");
    }
    let offered = unlisted
        .autocomplete("/server start server:s", "server")
        .await;
    let choices = offered.choices().await;
    assert!(
        choices.is_empty(),
        "choices for an unlisted guild: {choices:#?}"
    );

    let listed = linked_admin(&world.discord).await;
    let text = reply_text(&listed, "/server restart server:srv_1").await;
    assert_contains(&text, "Restart requested");
    assert_eq!(world.discord.left_guilds(), [2, 4]);

    // Stopped cleanly, the bot has written every audit entry it had queued.
    let World {
        bot,
        discord,
        heo,
        db,
        ..
    } = world;
    bot.stop().await.expect("the bot stops cleanly");
    assert_sent(&heo, &[Sent::power("srv_1", "restart", KEY)]).await;
    let file = db.path().join("heo-bot.db");
    assert_eq!(rows_of(&file, "audit", 1).await, 1);
    assert_eq!(
        rows_of(&file, "audit", 2).await,
        0,
        "guild 2's command reached the database"
    );
    discord.assert_no_errors();
}

#[tokio::test]
async fn a_kill_before_the_bot_is_kicked_shows_after_a_re_invite_but_key_and_settings_are_gone() {
    let world = World::start().await;
    mount_accepted(&world.heo).await;
    let admin = linked_admin(&world.discord).await;
    private_reply(&admin, "/power-role grant action:kill role:<@&501>").await;
    private_reply(&admin, "/server add id:srv_1 name:mc").await;
    private_reply(&admin, &format!("/audit-channel channel:<#{LOG}>")).await;
    // May kick the bot, may not manage the server: kills, then kicks the bot.
    let suspect = world
        .discord
        .guild(1)
        .member_with_roles(Permissions::KICK_MEMBERS, &[501]);
    requested(&suspect, "/server kill server:mc force:true").await;
    let killed = format!(
        "<@{}> 💀 Kill **`mc`** (`srv_1`): ✅ `requested` (HEO accepted it)",
        suspect.id
    );
    assert!(history(&admin, "", 1).await[0].ends_with(&killed));
    world.discord.remove_from_guild(1);
    wait_until_key_deleted(&world, 1).await;

    world.discord.announce_guilds([1]);
    let entries = history(&admin, "", 1).await;
    assert!(
        entries.len() == 1 && entries[0].ends_with(&killed),
        "{entries:#?}"
    );
    let db = world.db.path().join("heo-bot.db");
    for table in [
        "guild_keys",
        "power_role_grants",
        "servers",
        "audit_channels",
    ] {
        assert_eq!(rows_of(&db, table, 1).await, 0, "{table} kept a row");
    }
    let listed = private_reply(&admin, "/power-role list").await;
    assert_contains(&listed, "No power roles");
    let text = reply_text(&admin, "/server start server:srv_1").await;
    assert_contains(&text, "No HEO API key");
    world.discord.assert_no_errors();
}
