//! The database file deleted or made read-only under the running binary: every command
//! still gets a clear reply, the log says why, and nothing is written where it would be lost.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

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

/// `chattr +i` on files, undone on drop. Root ignores permission bits but not the immutable
/// flag; `None` where the filesystem or the capabilities do not allow it.
struct Immutable(Vec<PathBuf>);

impl Immutable {
    fn set(paths: &[PathBuf]) -> Option<Self> {
        let set = Command::new("chattr").arg("+i").args(paths).status();
        set.is_ok_and(|s| s.success()).then(|| Self(paths.to_vec()))
    }

    /// Whether `dir`'s filesystem and this process allow the flag, tried on a scratch file.
    fn supported(dir: &Path) -> bool {
        let probe = dir.join("chattr-probe");
        std::fs::write(&probe, b"").unwrap();
        Self::set(&[probe]).is_some()
    }
}

impl Drop for Immutable {
    fn drop(&mut self) {
        let _ = Command::new("chattr").arg("-i").args(&self.0).status();
    }
}

#[tokio::test]
async fn a_database_made_read_only_mid_run_refuses_writes_clearly_and_keeps_serving_reads() {
    let (binary, linked) = Binary::start_linked().await;

    // The database and its write-ahead log; not the `-shm` index, which SQLite maps into
    // memory: a write to an immutable mapping kills the process with SIGBUS.
    if !Immutable::supported(binary.dir.path()) {
        eprintln!("skipped: chattr +i is not available here (needs CAP_LINUX_IMMUTABLE)");
        return;
    }
    let [db, wal, _shm] = files(binary.dir.path());
    let read_only = Immutable::set(&[db, wal]).expect("the database and its log exist");

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
