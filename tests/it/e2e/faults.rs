//! Faults through the real bot: one guild's hung provider call does not hold up the others,
//! and the database under load or locked answers every command without losing a row.

use std::collections::BTreeSet;
use std::time::{Duration, Instant};

use futures_util::future::join_all;
use sqlx::Connection;
use sqlx::sqlite::SqliteConnection;
use wiremock::matchers::{method, path};
use wiremock::{Mock, ResponseTemplate};

use super::{
    POWER_PATH, accepted, admin, assert_contains, link_key, mount_accepted, reply_text,
    sent_to_heo, submit_key,
};
use crate::support::bot::World;

/// A distinct key per guild, long enough to get a hint.
fn key_for(guild: u64) -> String {
    format!("heo-fault-key-{guild:04}")
}

fn database_url(world: &World) -> String {
    format!("sqlite://{}", world.db.path().join("heo-bot.db").display())
}

async fn stored_guilds(world: &World) -> BTreeSet<i64> {
    let mut db = SqliteConnection::connect(&database_url(world))
        .await
        .unwrap();
    let rows: Vec<i64> = sqlx::query_scalar("SELECT guild_id FROM guild_keys")
        .fetch_all(&mut db)
        .await
        .unwrap();
    rows.into_iter().collect()
}

#[tokio::test]
async fn while_one_guilds_action_hangs_on_heo_other_guilds_are_answered_at_once() {
    let world = World::start_with(&[("HEO_TIMEOUT_SECS", "3")]).await;
    let on = |server: &str| path(format!("{POWER_PATH}/{server}/restart"));
    Mock::given(method("POST"))
        .and(on("srv_hang"))
        .respond_with(accepted().set_delay(Duration::from_secs(10)))
        .mount(&world.heo)
        .await;
    Mock::given(method("POST"))
        .and(on("srv_down"))
        .respond_with(ResponseTemplate::new(503))
        .mount(&world.heo)
        .await;
    Mock::given(method("POST"))
        .and(on("srv_ok"))
        .respond_with(accepted())
        .mount(&world.heo)
        .await;
    let (hung, fine, down) = (admin(&world, 1), admin(&world, 2), admin(&world, 3));
    for member in [&hung, &fine, &down] {
        link_key(member, &key_for(member.guild)).await;
    }

    let hanging = hung.slash("/server restart server:srv_hang").await;
    hanging.response().await;
    let started = Instant::now();
    let ok = fine.slash("/server restart server:srv_ok").await;
    let unavailable = down.slash("/server restart server:srv_down").await;
    let ok = ok.reply().await.message();
    let unavailable = unavailable.reply().await.message();
    let others_answered = started.elapsed();
    assert_contains(&ok.content, "Restart requested");
    assert_contains(&unavailable.content, "HTTP 503");
    // The hung call cannot end before its 3 s timeout: answers well before that did not
    // wait for it.
    assert!(
        others_answered < Duration::from_secs(2),
        "other guilds waited {others_answered:?} behind the hung call"
    );

    let timed_out = hanging.reply().await.message();
    assert_contains(&timed_out.content, "did not answer in time");
    let authorizations: BTreeSet<_> = sent_to_heo(&world.heo)
        .await
        .into_iter()
        .map(|s| (s.path, s.authorization.unwrap_or_default()))
        .collect();
    let expected: BTreeSet<_> = [(1, "srv_hang"), (2, "srv_ok"), (3, "srv_down")]
        .into_iter()
        .map(|(guild, server)| {
            let path = format!("{POWER_PATH}/{server}/restart");
            (path, format!("Bearer {}", key_for(guild)))
        })
        .collect();
    assert_eq!(authorizations, expected, "each guild used its own key");
    world.discord.assert_no_errors();
}

#[tokio::test]
async fn fifty_guilds_linking_and_starting_at_once_all_get_replies_and_no_row_is_lost() {
    const GUILDS: u64 = 50;
    let world = World::start().await;
    mount_accepted(&world.heo).await;

    let guilds = (1..=GUILDS).map(|guild| {
        let admin = admin(&world, guild);
        async move {
            link_key(&admin, &key_for(guild)).await;
            reply_text(&admin, "/server start server:srv_1").await
        }
    });
    for (guild, reply) in (1..=GUILDS).zip(join_all(guilds).await) {
        assert!(reply.contains("Start requested"), "guild {guild}: {reply}");
    }

    let used: BTreeSet<_> = sent_to_heo(&world.heo)
        .await
        .into_iter()
        .filter_map(|s| s.authorization)
        .collect();
    let expected: BTreeSet<_> = (1..=GUILDS)
        .map(|guild| format!("Bearer {}", key_for(guild)))
        .collect();
    assert_eq!(used, expected, "every guild's start used its own key");
    let guild_ids = (1..=GUILDS as i64).collect::<BTreeSet<_>>();
    assert_eq!(stored_guilds(&world).await, guild_ids);
    world.discord.assert_no_errors();
}

#[tokio::test]
async fn a_database_locked_past_the_busy_timeout_gets_a_clear_reply_and_keeps_other_rows() {
    let world = World::start().await;
    mount_accepted(&world.heo).await;
    let linked = admin(&world, 1);
    link_key(&linked, &key_for(1)).await;

    // Another process (a backup script, say) holds the write lock for longer than the
    // bot's busy timeout (5 s).
    let mut locker = SqliteConnection::connect(&database_url(&world))
        .await
        .unwrap();
    sqlx::query("BEGIN IMMEDIATE")
        .execute(&mut locker)
        .await
        .unwrap();

    // Reads go on under WAL: the linked guild is still served meanwhile.
    let text = reply_text(&linked, "/server start server:srv_1").await;
    assert_contains(&text, "Start requested");

    let blocked = admin(&world, 2);
    let refused = submit_key(&blocked, &key_for(2)).await;
    assert_contains(&refused.content, "could not reach its database");

    sqlx::query("ROLLBACK").execute(&mut locker).await.unwrap();
    link_key(&blocked, &key_for(2)).await;
    assert_eq!(stored_guilds(&world).await, BTreeSet::from([1, 2]));
    world.discord.assert_no_errors();
}
