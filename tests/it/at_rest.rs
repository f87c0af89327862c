//! Keys at rest, on real SQLite files: sealed per guild, never in plain text in the database,
//! its WAL or its shared-memory file, and plain-text rows from the earlier version sealed in
//! place on first start.

use std::borrow::Cow;
use std::path::Path;

use heo_bot::master_key::{BadMasterKey, MasterKey};
use heo_bot::store::{Store, StoreError};
use secrecy::{ExposeSecret, SecretString};
use sqlx::sqlite::SqliteConnectOptions;
use sqlx::{ConnectOptions, Connection};
use tempfile::TempDir;

const GUILD_A: u64 = 1_111_111_111_111_111_111;
const GUILD_B: u64 = 2_222_222_222_222_222_222;
const ADMIN: u64 = 9_000_000_000_000_000_001;
/// Random-looking, so that it cannot show up in a file by chance.
const RAW_KEY: &str = "heo-live-Q7zX4mPd9KtW2rLs";

fn key(value: &str) -> SecretString {
    SecretString::from(value.to_owned())
}

/// What someone with the database file could do: copy guild `from`'s sealed key row onto
/// guild `to`, with its own connection beside any the bot holds.
pub(crate) async fn copy_sealed_key(db: &Path, from: u64, to: u64) {
    let mut conn = SqliteConnectOptions::new()
        .filename(db)
        .connect()
        .await
        .unwrap();
    sqlx::query(
        "INSERT INTO guild_keys (guild_id, nonce, ciphertext, linked_by)
         SELECT ?1, nonce, ciphertext, linked_by FROM guild_keys WHERE guild_id = ?2",
    )
    .bind(to as i64)
    .bind(from as i64)
    .execute(&mut conn)
    .await
    .unwrap();
    conn.close().await.unwrap();
}

fn url(db: &Path) -> String {
    format!("sqlite://{}", db.display())
}

/// Fails if the raw key, or any 8 bytes in a row of it, is in the database file, its WAL or
/// its shared-memory file (whichever exist).
pub fn assert_not_on_disk(db: &Path, raw: &str) {
    // The database file itself must be there: a wrong path would otherwise check nothing.
    // Its companions come and go (SQLite removes the WAL at a clean close).
    let main = std::fs::metadata(db).unwrap_or_else(|e| panic!("no database at {db:?}: {e}"));
    assert!(main.len() > 0, "the database at {db:?} is empty");
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let file = format!("{}{suffix}", db.display());
        let Ok(bytes) = std::fs::read(&file) else {
            continue;
        };
        assert_no_part_of(raw, &bytes, &file);
    }
}

/// Fails if any 8 consecutive bytes of `raw` are in `bytes` (read from `place`).
fn assert_no_part_of(raw: &str, bytes: &[u8], place: &str) {
    for window in raw.as_bytes().windows(8) {
        assert!(
            memchr::memmem::find(bytes, window).is_none(),
            "{:?} of the key is in {place}",
            String::from_utf8_lossy(window)
        );
    }
}

/// A database as the earlier version left it: only the first migration, keys in plain text.
pub async fn earlier_version_database(db: &Path, rows: &[(u64, &str)]) {
    let mut migrator = sqlx::migrate!("./migrations/sqlite");
    migrator.migrations = Cow::Owned(migrator.migrations[..1].to_vec());
    let mut conn = SqliteConnectOptions::new()
        .filename(db)
        .create_if_missing(true)
        .connect()
        .await
        .unwrap();
    migrator.run(&mut conn).await.unwrap();
    for (guild, api_key) in rows {
        sqlx::query("INSERT INTO guild_keys (guild_id, api_key, linked_by) VALUES (?1, ?2, ?3)")
            .bind(*guild as i64)
            .bind(*api_key)
            .bind(ADMIN as i64)
            .execute(&mut conn)
            .await
            .unwrap();
    }
    conn.close().await.unwrap();
}

/// Every sealed value in the file, as hex, to compare before and after.
async fn sealed_rows(db: &Path) -> Vec<String> {
    let mut conn = SqliteConnectOptions::new()
        .filename(db)
        .connect()
        .await
        .unwrap();
    let rows = sqlx::query_scalar(
        "SELECT hex(nonce) || hex(ciphertext) FROM guild_keys
         UNION ALL SELECT hex(nonce) || hex(ciphertext) FROM master_key_check",
    )
    .fetch_all(&mut conn)
    .await
    .unwrap();
    conn.close().await.unwrap();
    rows
}

async fn stored(store: &Store, guild: u64) -> Option<String> {
    let key = store.api_key(guild).await.unwrap();
    key.map(|k| k.expose_secret().to_owned())
}

#[tokio::test]
async fn a_linked_key_is_in_neither_the_database_file_nor_its_wal_nor_its_shm() {
    let dir = TempDir::new().unwrap();
    let db = dir.path().join("heo-bot.db");
    let store = Store::open(&url(&db), MasterKey::generate()).await.unwrap();
    store
        .link_api_key(GUILD_A, &key(RAW_KEY), ADMIN)
        .await
        .unwrap();
    // Relinking rewrites the row: the old ciphertext is overwritten, never the key in clear.
    store
        .link_api_key(GUILD_A, &key(RAW_KEY), ADMIN)
        .await
        .unwrap();
    assert_eq!(stored(&store, GUILD_A).await.as_deref(), Some(RAW_KEY));
    assert!(Path::new(&format!("{}-wal", db.display())).exists());
    assert_not_on_disk(&db, RAW_KEY);
    store.close().await;
    assert_not_on_disk(&db, RAW_KEY);
}

#[tokio::test]
async fn plain_text_keys_from_the_earlier_version_are_encrypted_in_place_and_leave_no_trace() {
    let dir = TempDir::new().unwrap();
    let db = dir.path().join("heo-bot.db");
    earlier_version_database(
        &db,
        &[(GUILD_A, RAW_KEY), (GUILD_B, "heo-live-other-key-B")],
    )
    .await;
    let before = std::fs::read(&db).unwrap();
    assert!(
        before
            .windows(RAW_KEY.len())
            .any(|w| w == RAW_KEY.as_bytes()),
        "the earlier version's file holds the key in plain text"
    );

    let master = MasterKey::generate();
    let store = Store::open(&url(&db), master.clone()).await.unwrap();
    assert_eq!(stored(&store, GUILD_A).await.as_deref(), Some(RAW_KEY));
    assert_eq!(
        stored(&store, GUILD_B).await.as_deref(),
        Some("heo-live-other-key-B")
    );
    assert_not_on_disk(&db, RAW_KEY);
    assert_not_on_disk(&db, "heo-live-other-key-B");
    store.close().await;
    assert_not_on_disk(&db, RAW_KEY);

    // Sealed for good: a second start converts nothing and reads the same keys.
    let reopened = Store::open(&url(&db), master).await.unwrap();
    assert_eq!(stored(&reopened, GUILD_A).await.as_deref(), Some(RAW_KEY));
    reopened.close().await;
}

#[tokio::test]
async fn a_row_copied_onto_another_guild_does_not_decrypt() {
    let dir = TempDir::new().unwrap();
    let db = dir.path().join("heo-bot.db");
    let master = MasterKey::generate();
    let store = Store::open(&url(&db), master.clone()).await.unwrap();
    store
        .link_api_key(GUILD_A, &key(RAW_KEY), ADMIN)
        .await
        .unwrap();
    store.close().await;

    copy_sealed_key(&db, GUILD_A, GUILD_B).await;

    let store = Store::open(&url(&db), master).await.unwrap();
    let error = store.api_key(GUILD_B).await.unwrap_err();
    assert!(
        matches!(error, StoreError::Undecryptable { guild: GUILD_B, .. }),
        "{error:?}"
    );
    assert!(!format!("{error:?} {error}").contains(RAW_KEY));
    assert_eq!(stored(&store, GUILD_A).await.as_deref(), Some(RAW_KEY));
    store.close().await;
}

#[test]
fn a_master_key_prints_nothing_of_itself_and_bad_text_is_refused_without_echo() {
    let master = MasterKey::generate();
    let text = master.to_base64();
    let debug = format!("{master:?}");
    assert!(!debug.contains(&text.expose_secret()[..8]), "{debug}");
    assert_eq!(debug, "MasterKey([redacted])");
    let again = MasterKey::from_base64(text.expose_secret()).unwrap();
    assert_eq!(again.to_base64().expose_secret(), text.expose_secret());

    assert_eq!(
        MasterKey::from_base64("not base64 !!").unwrap_err(),
        BadMasterKey::NotBase64
    );
    assert_eq!(
        MasterKey::from_base64("c2hvcnQ=").unwrap_err(),
        BadMasterKey::WrongLength
    );
}

#[test]
fn each_seal_uses_a_fresh_nonce_and_opens_only_with_its_key_and_guild() {
    let master = MasterKey::generate();
    let first = master.seal(GUILD_A, RAW_KEY.as_bytes());
    let second = master.seal(GUILD_A, RAW_KEY.as_bytes());
    assert_eq!(first.nonce.len(), 24);
    assert_ne!(first.nonce, second.nonce);
    assert_ne!(first.ciphertext, second.ciphertext);
    assert_eq!(
        master.open(GUILD_A, &first).unwrap().expose_secret(),
        RAW_KEY
    );
    assert!(master.open(GUILD_B, &first).is_err(), "another guild");
    assert!(
        MasterKey::generate().open(GUILD_A, &first).is_err(),
        "another key"
    );
    let mut altered = first.clone();
    altered.ciphertext[0] ^= 1;
    assert!(master.open(GUILD_A, &altered).is_err(), "altered bytes");
}

#[tokio::test]
async fn a_wrong_master_key_is_refused_at_open_and_changes_nothing() {
    let dir = TempDir::new().unwrap();
    let db = dir.path().join("heo-bot.db");
    let master = MasterKey::generate();
    let store = Store::open(&url(&db), master.clone()).await.unwrap();
    store
        .link_api_key(GUILD_A, &key(RAW_KEY), ADMIN)
        .await
        .unwrap();
    store.close().await;
    let before = sealed_rows(&db).await;

    let error = Store::open(&url(&db), MasterKey::generate())
        .await
        .unwrap_err();
    assert!(matches!(error, StoreError::WrongMasterKey), "{error:?}");
    assert!(
        sealed_rows(&db).await == before,
        "the sealed rows are unchanged"
    );

    let store = Store::open(&url(&db), master).await.unwrap();
    assert_eq!(stored(&store, GUILD_A).await.as_deref(), Some(RAW_KEY));
    store.close().await;
}

#[tokio::test]
#[should_panic(expected = "of the key is in")]
async fn the_disk_check_finds_a_key_stored_in_plain_text() {
    let dir = TempDir::new().unwrap();
    let db = dir.path().join("heo-bot.db");
    earlier_version_database(&db, &[(GUILD_A, RAW_KEY)]).await;
    assert_not_on_disk(&db, RAW_KEY);
}

#[test]
#[should_panic(expected = "no database at")]
fn the_disk_check_refuses_a_database_that_is_not_there() {
    let dir = TempDir::new().unwrap();
    assert_not_on_disk(&dir.path().join("heo-bot.db"), RAW_KEY);
}

/// Every file of `dir` and below, as (path, bytes); unreadable ones are skipped.
fn files_under(dir: &Path, found: &mut Vec<(std::path::PathBuf, Vec<u8>)>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            files_under(&path, found);
        } else if let Ok(bytes) = std::fs::read(&path) {
            found.push((path, bytes));
        }
    }
}

#[tokio::test]
async fn a_linked_key_is_in_no_postgresql_table_file_wal_or_log() {
    let test = "at_rest::a_linked_key_is_in_no_postgresql_table_file_wal_or_log";
    let Some(url) = crate::support::postgres::fresh_database(test).await else {
        return;
    };
    let store = Store::open(&url, MasterKey::generate()).await.unwrap();
    store
        .link_api_key(GUILD_A, &key(RAW_KEY), ADMIN)
        .await
        .unwrap();
    store
        .link_api_key(GUILD_A, &key(RAW_KEY), ADMIN)
        .await
        .unwrap();
    assert_eq!(stored(&store, GUILD_A).await.as_deref(), Some(RAW_KEY));
    store.close().await;

    // Everything the server wrote for this database: its table files after a checkpoint,
    // the shared WAL, and the server's log (the test clusters keep it in the data directory).
    let mut conn = sqlx::PgConnection::connect(&url).await.unwrap();
    sqlx::query("CHECKPOINT").execute(&mut conn).await.unwrap();
    let data: String = sqlx::query_scalar("SHOW data_directory")
        .fetch_one(&mut conn)
        .await
        .unwrap();
    let oid: String =
        sqlx::query_scalar("SELECT oid::text FROM pg_database WHERE datname = current_database()")
            .fetch_one(&mut conn)
            .await
            .unwrap();
    conn.close().await.unwrap();
    let data = Path::new(&data);
    if std::fs::read_dir(data.join("pg_wal")).is_err() {
        crate::support::postgres::not_run(
            test,
            "the cluster's data directory is not readable here",
        );
        return;
    }
    let mut files = Vec::new();
    for part in ["pg_wal", "global", "log", &format!("base/{oid}")] {
        files_under(&data.join(part), &mut files);
    }
    if let Ok(bytes) = std::fs::read(data.join("server.log")) {
        files.push((data.join("server.log"), bytes));
    }
    let wal = files
        .iter()
        .filter(|(path, _)| path.starts_with(data.join("pg_wal")));
    assert!(wal.count() > 0, "no WAL segment was read under {data:?}");
    let tables = files
        .iter()
        .filter(|(path, _)| path.starts_with(data.join("base")));
    assert!(tables.count() > 0, "no table file was read under {data:?}");
    for (path, bytes) in &files {
        assert_no_part_of(RAW_KEY, bytes, &path.display().to_string());
    }
}
