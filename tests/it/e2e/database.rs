//! The database file deleted or made read-only under the running binary: every command
//! still gets a clear reply, the log says why, and nothing is written where it would be lost.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

use poise::serenity_prelude::Permissions;
use sqlx::Connection;
use sqlx::sqlite::SqliteConnection;
use tempfile::TempDir;
use wiremock::matchers::method;
use wiremock::{Mock, MockServer};

use super::{KEY, accepted, link_key, sent_to_heo, start_binary};
use crate::support::discord::{FakeDiscord, Member};

const DB: &str = "heo-bot.db";

fn files(dir: &Path) -> [PathBuf; 3] {
    [DB, "heo-bot.db-wal", "heo-bot.db-shm"].map(|name| dir.join(name))
}

/// The reply to a `/link-key` submit of `key`.
async fn try_link(admin: &Member, key: &str) -> String {
    let modal = admin.slash("/link-key").await.modal().await;
    let reply = modal.submit(&[key]).await.reply().await.message();
    assert!(reply.ephemeral, "{reply:#?}");
    reply.content
}

#[tokio::test]
async fn a_database_file_deleted_mid_run_gets_clear_replies_and_no_write_into_the_void() {
    let discord = FakeDiscord::start().await;
    let heo = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(accepted())
        .mount(&heo)
        .await;
    let dir = TempDir::new().unwrap();
    let bot = start_binary(&discord, &heo, &dir, &[]).await;
    let linked = discord.guild(1).member(Permissions::MANAGE_GUILD);
    link_key(&linked, KEY).await;

    for file in files(dir.path()) {
        std::fs::remove_file(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
    }

    let start = linked.slash("/server start server:srv_1").await;
    let text = start.reply().await.message().content;
    assert!(text.contains("could not read its database"), "{text}");
    assert!(text.contains("nothing was sent"), "{text}");
    let other = discord.guild(2).member(Permissions::MANAGE_GUILD);
    let text = try_link(&other, "heo-other-key-0002").await;
    assert!(text.contains("could not reach its database"), "{text}");

    assert_eq!(sent_to_heo(&heo).await, []);
    // SQLite would have written on into the deleted file; the bot neither does that nor
    // creates an empty database in its place.
    assert!(
        !dir.path().join(DB).exists(),
        "a new database file appeared"
    );
    let output = bot.stop().await;
    assert!(output.contains("was deleted or replaced"), "{output}");
    assert!(!output.contains("panicked"), "{output}");
    discord.assert_no_errors();
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
    let discord = FakeDiscord::start().await;
    let heo = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(accepted())
        .mount(&heo)
        .await;
    let dir = TempDir::new().unwrap();
    let bot = start_binary(&discord, &heo, &dir, &[]).await;
    let linked = discord.guild(1).member(Permissions::MANAGE_GUILD);
    link_key(&linked, KEY).await;

    // The database and its write-ahead log; not the `-shm` index, which SQLite maps into
    // memory: a write to an immutable mapping kills the process with SIGBUS.
    if !Immutable::supported(dir.path()) {
        eprintln!("skipped: chattr +i is not available here (needs CAP_LINUX_IMMUTABLE)");
        return;
    }
    let [db, wal, _shm] = files(dir.path());
    let read_only = Immutable::set(&[db, wal]).expect("the database and its log exist");

    let start = linked.slash("/server start server:srv_1").await;
    let text = start.reply().await.message().content;
    assert!(text.contains("Start requested"), "{text}");
    let other = discord.guild(2).member(Permissions::MANAGE_GUILD);
    let text = try_link(&other, "heo-other-key-0002").await;
    assert!(text.contains("could not reach its database"), "{text}");

    drop(read_only);
    link_key(&other, "heo-other-key-0002").await;
    let output = bot.stop().await;
    assert!(output.contains("could not store the API key"), "{output}");
    assert!(!output.contains("panicked"), "{output}");

    let url = format!("sqlite://{}", dir.path().join(DB).display());
    let mut check = SqliteConnection::connect(&url).await.unwrap();
    let guilds: BTreeSet<i64> = sqlx::query_scalar("SELECT guild_id FROM guild_keys")
        .fetch_all(&mut check)
        .await
        .unwrap()
        .into_iter()
        .collect();
    assert_eq!(guilds, BTreeSet::from([1, 2]), "no row was lost");
    discord.assert_no_errors();
}
