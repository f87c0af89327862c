//! The database file deleted or made unwritable under the running binary: every command
//! still gets a clear reply, the log says why, and nothing is written where it would be lost.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use poise::serenity_prelude::Permissions;
use sqlx::Connection;
use sqlx::sqlite::SqliteConnection;

use super::{Binary, assert_contains, assert_sent, link_key, reply_text, submit_key};

const DB: &str = "heo-bot.db";

fn files(dir: &Path) -> [PathBuf; 3] {
    [DB, "heo-bot.db-wal", "heo-bot.db-shm"].map(|name| dir.join(name))
}

#[tokio::test]
async fn a_database_file_deleted_mid_run_gets_clear_replies_and_no_write_into_the_void() {
    let (binary, linked) = Binary::start_linked().await;

    for file in files(binary.dir.path()) {
        std::fs::remove_file(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
    }

    let text = reply_text(&linked, "/server start server:srv_1").await;
    assert_contains(&text, "could not read its database");
    assert_contains(&text, "nothing was sent");
    let other = binary.discord.guild(2).member(Permissions::MANAGE_GUILD);
    let text = submit_key(&other, "heo-other-key-0002").await.content;
    assert_contains(&text, "could not reach its database");

    // SQLite would have written on into the deleted file; the bot neither does that nor
    // creates an empty database in its place.
    assert!(
        !binary.dir.path().join(DB).exists(),
        "a new database file appeared"
    );
    // Read after the stop, which waits for what is under way: a late send is counted too.
    let output = binary.bot.stop().await;
    assert_sent(&binary.heo, &[]).await;
    assert_contains(&output, "was deleted or replaced");
    assert!(!output.contains("panicked"), "{output}");
    binary.discord.assert_no_errors();
}

#[tokio::test]
async fn a_database_made_read_only_mid_run_refuses_writes_clearly_and_keeps_serving_reads() {
    let (binary, linked) = Binary::start_linked().await;

    // Read-only as the bot sees it: every write to the database and its log fails, as on a
    // read-only remount, while reads go on. The `-shm` index is mapped into memory, which a
    // file-size limit does not touch.
    let read_only = binary.bot.refuse_file_writes();

    let text = reply_text(&linked, "/server start server:srv_1").await;
    assert_contains(&text, "Start requested");
    let other = binary.discord.guild(2).member(Permissions::MANAGE_GUILD);
    let text = submit_key(&other, "heo-other-key-0002").await.content;
    assert_contains(&text, "could not reach its database");

    drop(read_only);
    // Every write works again, on whichever of the pool's connections it lands: one that
    // opened the write-ahead log while it was read-only would refuse it.
    link_key(&other, "heo-other-key-0002").await;
    for _ in 0..5 {
        let relinked = submit_key(&other, "heo-other-key-0002").await.content;
        assert_contains(&relinked, "It replaces the key linked before");
    }
    let output = binary.bot.stop().await;
    assert_contains(&output, "could not store the API key");
    assert!(!output.contains("panicked"), "{output}");

    let url = format!("sqlite://{}", binary.dir.path().join(DB).display());
    let mut check = SqliteConnection::connect(&url).await.unwrap();
    let guilds: BTreeSet<i64> = sqlx::query_scalar("SELECT guild_id FROM guild_keys")
        .fetch_all(&mut check)
        .await
        .unwrap()
        .into_iter()
        .collect();
    assert_eq!(guilds, BTreeSet::from([1, 2]), "no row was lost");
    binary.discord.assert_no_errors();
}
