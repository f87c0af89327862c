//! The store on real SQLite databases: one fresh, migrated database per test.

use heo_bot::master_key::MasterKey;
use heo_bot::store::{Store, StoreError};
use secrecy::{ExposeSecret, SecretString};

const GUILD_A: u64 = 1_111_111_111_111_111_111;
const GUILD_B: u64 = 2_222_222_222_222_222_222;
const ADMIN: u64 = 9_000_000_000_000_000_001;

fn key(value: &str) -> SecretString {
    SecretString::from(value.to_owned())
}

async fn stored(store: &Store, guild: u64) -> Option<String> {
    store
        .api_key(guild)
        .await
        .unwrap()
        .map(|k| k.expose_secret().to_owned())
}

crate::on_both_databases! {
    async fn a_linked_key_can_be_read_back(store) {
        assert_eq!(stored(&store, GUILD_A).await, None);
        let replaced = store
            .link_api_key(GUILD_A, &key("key-a-1"), ADMIN)
            .await
            .unwrap();
        assert!(!replaced);
        assert_eq!(stored(&store, GUILD_A).await.as_deref(), Some("key-a-1"));
    }
}

crate::on_both_databases! {
    async fn linking_again_replaces_the_key(store) {
        store
            .link_api_key(GUILD_A, &key("old"), ADMIN)
            .await
            .unwrap();
        let replaced = store
            .link_api_key(GUILD_A, &key("new"), ADMIN)
            .await
            .unwrap();
        assert!(replaced);
        assert_eq!(stored(&store, GUILD_A).await.as_deref(), Some("new"));
    }
}

crate::on_both_databases! {
    async fn unlinking_removes_the_key_once(store) {
        store.link_api_key(GUILD_A, &key("k"), ADMIN).await.unwrap();
        assert!(store.unlink_api_key(GUILD_A).await.unwrap());
        assert_eq!(stored(&store, GUILD_A).await, None);
        assert!(!store.unlink_api_key(GUILD_A).await.unwrap());
    }
}

crate::on_both_databases! {
    async fn each_guild_keeps_its_own_key(store) {
        store
            .link_api_key(GUILD_A, &key("key-a"), ADMIN)
            .await
            .unwrap();
        store
            .link_api_key(GUILD_B, &key("key-b"), ADMIN)
            .await
            .unwrap();
        assert_eq!(stored(&store, GUILD_A).await.as_deref(), Some("key-a"));
        assert_eq!(stored(&store, GUILD_B).await.as_deref(), Some("key-b"));
        store.unlink_api_key(GUILD_A).await.unwrap();
        assert_eq!(stored(&store, GUILD_A).await, None);
        assert_eq!(stored(&store, GUILD_B).await.as_deref(), Some("key-b"));
    }
}

crate::on_both_databases! {
    async fn the_largest_snowflakes_fit_and_impossible_ones_are_refused(store) {
        let largest = i64::MAX as u64;
        store
            .link_api_key(largest, &key("k"), largest)
            .await
            .unwrap();
        assert_eq!(stored(&store, largest).await.as_deref(), Some("k"));
        let error = store
            .link_api_key(u64::MAX, &key("k"), ADMIN)
            .await
            .unwrap_err();
        assert!(matches!(error, StoreError::IdOutOfRange(u64::MAX)));
        assert!(store.api_key(u64::MAX).await.is_err());
    }
}

#[tokio::test]
async fn keys_survive_closing_and_reopening_the_database_file() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("nested-new.db").display());

    let master = MasterKey::generate();
    let store = Store::open(&url, master.clone()).await.unwrap();
    store
        .link_api_key(GUILD_A, &key("persisted"), ADMIN)
        .await
        .unwrap();
    store.close().await;

    let reopened = Store::open(&url, master).await.unwrap();
    assert_eq!(
        stored(&reopened, GUILD_A).await.as_deref(),
        Some("persisted")
    );
    reopened.close().await;
}

#[tokio::test]
async fn a_database_that_cannot_be_created_is_an_open_error() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!(
        "sqlite://{}",
        dir.path().join("missing-dir/heo.db").display()
    );
    let error = Store::open(&url, MasterKey::generate()).await.unwrap_err();
    assert!(matches!(error, StoreError::Open(_)), "{error:?}");
}

#[tokio::test]
async fn a_database_file_replaced_under_the_store_is_refused_not_written_on() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("heo.db");
    let store = Store::open(
        &format!("sqlite://{}", path.display()),
        MasterKey::generate(),
    )
    .await
    .unwrap();
    store.link_api_key(GUILD_A, &key("k"), ADMIN).await.unwrap();

    // Moved away and another file put in its place, as a careless restore would.
    std::fs::rename(&path, dir.path().join("moved.db")).unwrap();
    std::fs::write(&path, b"").unwrap();
    for error in [
        store.api_key(GUILD_A).await.unwrap_err(),
        store
            .link_api_key(GUILD_B, &key("k"), ADMIN)
            .await
            .unwrap_err(),
        store.unlink_api_key(GUILD_A).await.unwrap_err(),
    ] {
        assert!(
            matches!(&error, StoreError::FileGone(p) if *p == path),
            "{error:?}"
        );
    }
    store.close().await;
}

#[tokio::test]
async fn a_second_store_on_the_same_file_is_refused_until_the_first_closes() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("heo.db").display());
    let master = MasterKey::generate();
    let first = Store::open(&url, master.clone()).await.unwrap();
    let error = Store::open(&url, master.clone()).await.unwrap_err();
    assert!(matches!(error, StoreError::InUse(_)), "{error:?}");
    first.close().await;
    let second = Store::open(&url, master).await.unwrap();
    second.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn processes_starting_together_on_one_postgresql_migrate_it_once_and_all_open_it() {
    let test = "store::processes_starting_together_on_one_postgresql_migrate_it_once";
    let Some(url) = crate::support::postgres::fresh_database(test).await else {
        return;
    };
    let master = MasterKey::generate();
    let opens = (0..4).map(|_| {
        let (url, master) = (url.clone(), master.clone());
        tokio::spawn(async move { Store::open(&url, master).await })
    });
    let mut stores = Vec::new();
    for open in opens {
        stores.push(open.await.unwrap().expect("every start opens the database"));
    }
    let mut conn = <sqlx::PgConnection as sqlx::Connection>::connect(&url)
        .await
        .unwrap();
    let applied: Vec<(i64, bool)> =
        sqlx::query_as("SELECT version, success FROM _sqlx_migrations ORDER BY version")
            .fetch_all(&mut conn)
            .await
            .unwrap();
    let on_disk = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/migrations/postgres"))
        .unwrap()
        .count();
    assert_eq!(applied.len(), on_disk, "{applied:?}");
    assert!(applied.iter().all(|(_, success)| *success));
    // What one process links, the others read.
    stores[0]
        .link_api_key(GUILD_A, &key("shared"), ADMIN)
        .await
        .unwrap();
    assert_eq!(stored(&stores[3], GUILD_A).await.as_deref(), Some("shared"));
    for store in stores {
        store.close().await;
    }
}

#[tokio::test]
async fn over_tls_the_store_checks_the_servers_certificate_and_the_session_is_encrypted() {
    let test = "store::over_tls_the_store_checks_the_servers_certificate";
    let Some((url, ca)) = crate::support::postgres::fresh_tls_database(test).await else {
        return;
    };
    // sslmode=verify-full with the server's CA: connected, encrypted, and the store works.
    let store = Store::open(&url, MasterKey::generate()).await.unwrap();
    store
        .link_api_key(GUILD_A, &key("tls"), ADMIN)
        .await
        .unwrap();
    assert_eq!(stored(&store, GUILD_A).await.as_deref(), Some("tls"));
    store.close().await;
    let mut conn = <sqlx::PgConnection as sqlx::Connection>::connect(&url)
        .await
        .unwrap();
    let encrypted: bool =
        sqlx::query_scalar("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")
            .fetch_one(&mut conn)
            .await
            .unwrap();
    assert!(encrypted);

    // Without that CA the certificate is not trusted, and the store does not open.
    let untrusted = url.replace(&format!("&sslrootcert={}", ca.display()), "");
    assert_ne!(untrusted, url);
    let refused = Store::open(&untrusted, MasterKey::generate()).await;
    assert!(matches!(refused, Err(StoreError::Open(_))), "{refused:?}");
    // And this server takes no plain-text connection at all.
    let plain = untrusted.replace("sslmode=verify-full", "sslmode=disable");
    let refused = Store::open(&plain, MasterKey::generate()).await;
    assert!(matches!(refused, Err(StoreError::Open(_))), "{refused:?}");
}

#[tokio::test]
async fn a_path_opened_with_mode_memory_is_in_memory_with_no_lock_or_key_file_beside_it() {
    let dir = tempfile::TempDir::new().unwrap();
    let db = dir.path().join("heo-bot.db");
    let url = format!("sqlite://{}?mode=memory", db.display());
    let database = heo_bot::store::Database::open(&url).await.unwrap();
    assert_eq!(database.path(), None, "sqlx opens it in memory");
    let leftovers: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
    database.close().await;
}
