//! The audit trail through the real bot: `/server history` after real power actions.

use std::time::{Duration, Instant};

use super::{KEY, NO_COOLDOWN, admin, link_key, mount_accepted, private_reply, start_linked};
use crate::support::bot::World;
use crate::support::discord::Member;
use poise::serenity_prelude::Permissions;
use sqlx::Connection;
use sqlx::sqlite::SqliteConnection;

/// The private `/server history` (with `options`) once it has exactly `lines` entries, or
/// as it is after 5 s: entries are written (and pruned) in the background, so the newest may
/// land a moment after the reply.
pub(super) async fn history(member: &Member, options: &str, lines: usize) -> Vec<String> {
    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        let text = private_reply(member, &format!("/server history{options}")).await;
        let entries: Vec<String> = text.lines().skip(1).map(str::to_owned).collect();
        if entries.len() == lines || Instant::now() > deadline {
            return entries;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[tokio::test]
async fn history_lists_a_restart_and_a_refused_start_newest_first_privately_per_guild() {
    let world = World::start_with(&[NO_COOLDOWN]).await;
    mount_accepted(&world.heo).await;
    let admin = admin(&world, 1);
    private_reply(&admin, "/server add id:srv_1 name:mc").await;
    let refused = admin
        .slash("/server start server:srv_2")
        .await
        .reply()
        .await;
    assert!(refused.message().content.contains("link-key"), "no key yet");
    link_key(&admin, KEY).await;
    let restarted = admin.slash("/server restart server:mc").await.reply().await;
    assert!(restarted.message().content.contains("Restart requested"));
    let other_guild = world.discord.guild(2).member(Permissions::MANAGE_GUILD);
    other_guild
        .slash("/server stop server:srv_9")
        .await
        .reply()
        .await;

    let who = format!("<@{}>", admin.id);
    let entries = history(&admin, "", 2).await;
    assert_eq!(entries.len(), 2, "{entries:#?}");
    let (newest, oldest) = (&entries[0], &entries[1]);
    assert!(
        newest.starts_with("<t:") && newest.contains(":R> "),
        "{newest}"
    );
    assert!(newest.contains(&who), "{newest}");
    assert!(
        newest.contains("Restart **`mc`** (`srv_1`): ✅ requested"),
        "{newest}"
    );
    assert!(oldest.contains(&who), "{oldest}");
    assert!(oldest.contains("Start `srv_2`: ❌ `no_key`"), "{oldest}");

    let mc = history(&admin, " server:mc", 1).await;
    assert_eq!(mc, std::slice::from_ref(newest));
    let srv_2 = history(&admin, " server:srv_2", 1).await;
    assert_eq!(srv_2, std::slice::from_ref(oldest));

    let theirs = history(&other_guild, "", 1).await;
    assert_eq!(theirs.len(), 1, "{theirs:#?}");
    assert!(
        theirs[0].contains("Stop `srv_9`: ❌ `no_key`"),
        "{theirs:#?}"
    );
    let none = private_reply(&admin, "/server history server:srv_9").await;
    assert!(none.contains("No power actions are recorded"), "{none}");
    world.discord.assert_no_errors();
}

#[tokio::test]
async fn a_cancelled_kill_and_a_refusal_for_lack_of_a_role_are_recorded() {
    let (world, admin) = start_linked(&[NO_COOLDOWN]).await;
    let prompt = admin.slash("/server kill server:srv_1").await.reply().await;
    prompt.click("Cancel").await.response().await;
    private_reply(&admin, "/power-role grant action:start role:<@&501>").await;
    let player = world.discord.guild(1).member(Permissions::SEND_MESSAGES);
    private_reply(&player, "/server start server:srv_1").await;

    let entries = history(&admin, "", 2).await;
    assert_eq!(entries.len(), 2, "{entries:#?}");
    assert!(
        entries[0].contains(&format!("<@{}>", player.id))
            && entries[0].contains("Start `srv_1`: ❌ `not_permitted`"),
        "{entries:#?}"
    );
    assert!(
        entries[1].contains("Kill `srv_1`: ❌ `kill_cancelled`"),
        "{entries:#?}"
    );
    world.discord.assert_no_errors();
}

#[tokio::test]
async fn entries_older_than_the_retention_are_pruned_when_the_bot_starts() {
    let world = World::start().await;
    let admin = admin(&world, 1);
    admin
        .slash("/server start server:srv_1")
        .await
        .reply()
        .await;
    assert_eq!(history(&admin, "", 1).await.len(), 1);

    // Two days and one hour old: one day of retention keeps only the second.
    let url = format!("sqlite://{}", world.db.path().join("heo-bot.db").display());
    let mut db = SqliteConnection::connect(&url).await.unwrap();
    let now = heo_bot::audit::now_unix();
    for (server, at) in [("srv_old", now - 2 * 86_400), ("srv_recent", now - 3600)] {
        sqlx::query(
            "INSERT INTO audit (guild_id, member_id, server_id, action, outcome, at)
             VALUES (1, ?1, ?2, 'stop', 'requested', ?3)",
        )
        .bind(admin.id as i64)
        .bind(server)
        .bind(at)
        .execute(&mut db)
        .await
        .unwrap();
    }
    db.close().await.unwrap();
    assert_eq!(history(&admin, "", 3).await.len(), 3);

    let world = world.restart(&[("AUDIT_RETENTION_DAYS", "1")]).await;
    let admin = world.discord.guild(1).member(Permissions::MANAGE_GUILD);
    let entries = history(&admin, "", 2).await;
    assert_eq!(entries.len(), 2, "{entries:#?}");
    assert!(entries[0].contains("`srv_1`"), "{entries:#?}");
    assert!(entries[1].contains("`srv_recent`"), "{entries:#?}");
    world.discord.assert_no_errors();
}
