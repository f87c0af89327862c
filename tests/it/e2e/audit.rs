//! The audit trail through the real bot: `/server history` after real power actions.

use std::time::{Duration, Instant};

use super::audit_channel::LOG;
use super::{
    KEY, NO_COOLDOWN, admin, link_key, mount_accepted, private_reply, requested, start_linked,
};
use crate::support::bot::World;
use crate::support::discord::Member;
use poise::serenity_prelude::Permissions;
use sqlx::Connection;
use sqlx::sqlite::SqliteConnection;

/// The option that lists the requests that sent nothing instead of the actions sent to HEO.
pub(super) const REFUSALS: &str = " refusals:true";

/// The private `/server history` (with `options`) once it has exactly `lines` entries, or
/// as it is after 5 s: entries are written (and pruned) in the background, so the newest may
/// land a moment after the reply.
pub(super) async fn history(member: &Member, options: &str, lines: usize) -> Vec<String> {
    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        let text = private_reply(member, &format!("/server history{options}")).await;
        // Entries start with their time; the header and a hint do not.
        let entries = text.lines().filter(|line| line.starts_with("<t:"));
        let entries: Vec<String> = entries.map(str::to_owned).collect();
        if entries.len() == lines || Instant::now() > deadline {
            return entries;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[tokio::test]
async fn history_lists_actions_sent_to_heo_and_apart_the_refusals_newest_first_per_guild() {
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
    let sent = history(&admin, "", 1).await;
    assert_eq!(sent.len(), 1, "{sent:#?}");
    assert!(
        sent[0].starts_with("<t:") && sent[0].contains(":R> "),
        "{sent:#?}"
    );
    assert!(sent[0].contains(&who), "{sent:#?}");
    assert!(
        sent[0].contains("Restart **`mc`** (`srv_1`): ✅ `requested` (HEO accepted it)"),
        "{sent:#?}"
    );
    let not_sent = history(&admin, REFUSALS, 1).await;
    assert_eq!(not_sent.len(), 1, "{not_sent:#?}");
    assert!(not_sent[0].contains(&who), "{not_sent:#?}");
    assert!(
        not_sent[0].contains("Start `srv_2`: ❌ `no_key`"),
        "{not_sent:#?}"
    );

    assert_eq!(history(&admin, " server:mc", 1).await, sent);
    assert_eq!(
        history(&admin, " server:srv_2 refusals:true", 1).await,
        not_sent
    );
    assert!(history(&admin, " server:srv_2", 0).await.is_empty());

    let theirs = history(&other_guild, REFUSALS, 1).await;
    assert_eq!(theirs.len(), 1, "{theirs:#?}");
    assert!(
        theirs[0].contains("Stop `srv_9`: ❌ `no_key`"),
        "{theirs:#?}"
    );
    let none = private_reply(&admin, "/server history server:srv_9").await;
    assert!(none.contains("No power actions were sent to HEO"), "{none}");
    assert!(none.contains("refusals:true"), "{none}");
    world.discord.assert_no_errors();
}

#[tokio::test]
async fn refusals_after_a_real_action_do_not_push_it_out_of_the_history() {
    let (world, admin) = start_linked(&[NO_COOLDOWN]).await;
    // Every entry is posted there once written: the way to know all of them are.
    private_reply(&admin, &format!("/audit-channel channel:<#{LOG}>")).await;
    requested(&admin, "/server restart server:srv_1").await;
    let restarted = history(&admin, "", 1).await;
    assert_eq!(restarted.len(), 1, "{restarted:#?}");

    // More refusals than the history shows, by a member no role lets start servers.
    private_reply(&admin, "/power-role grant action:start role:<@&501>").await;
    let player = world.discord.guild(1).member(Permissions::SEND_MESSAGES);
    let flood = 12;
    for _ in 0..flood {
        private_reply(&player, "/server start server:srv_2").await;
    }
    world.discord.wait_for_posts(LOG, 2 + flood).await;

    assert_eq!(history(&admin, "", 1).await, restarted);
    let refusals = history(&admin, REFUSALS, 10).await;
    assert_eq!(refusals.len(), 10, "{refusals:#?}");
    assert!(
        refusals.iter().all(|line| line
            .ends_with("Start `srv_2`: ❌ `not_permitted` (no role of the member allowed it)")),
        "{refusals:#?}"
    );
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

    assert!(
        history(&admin, "", 0).await.is_empty(),
        "nothing was sent to HEO"
    );
    let entries = history(&admin, REFUSALS, 2).await;
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
    assert_eq!(history(&admin, REFUSALS, 1).await.len(), 1);

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
    assert_eq!(history(&admin, "", 2).await.len(), 2);

    let world = world.restart(&[("AUDIT_RETENTION_DAYS", "1")]).await;
    let admin = world.discord.guild(1).member(Permissions::MANAGE_GUILD);
    let entries = history(&admin, "", 1).await;
    assert_eq!(entries.len(), 1, "{entries:#?}");
    assert!(entries[0].contains("`srv_recent`"), "{entries:#?}");
    let refused = history(&admin, REFUSALS, 1).await;
    assert!(
        refused.len() == 1 && refused[0].contains("`srv_1`"),
        "{refused:#?}"
    );
    world.discord.assert_no_errors();
}
