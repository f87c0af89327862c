//! Named servers in the store and the use case, on real SQLite files: the name rules,
//! autocomplete matching, resolution, and the upgrade from the previous schema.

use std::path::Path;

use heo_bot::domain::AddServer;
use heo_bot::master_key::MasterKey;
use heo_bot::store::Store;
use secrecy::{ExposeSecret, SecretString};
use sqlx::SqlitePool;
use tempfile::TempDir;

const GUILD_A: u64 = 1_111_111_111_111_111_111;
const GUILD_B: u64 = 2_222_222_222_222_222_222;
const ADMIN: u64 = 9_000_000_000_000_000_001;

async fn ids(store: &Store, guild: u64, typed: &str) -> Vec<String> {
    let found = store.complete_servers(guild, typed, 25).await.unwrap();
    found.into_iter().map(|s| s.id).collect()
}

crate::on_both_databases! {
    async fn names_are_unique_per_guild_whatever_their_case(store) {
        let add = |guild, id: &'static str, name: &'static str| {
            let store = store.clone();
            async move { store.add_server(guild, id, name, ADMIN).await.unwrap() }
        };
        assert_eq!(add(GUILD_A, "srv_1", "MC-Survival").await, AddServer::Added);
        let taken = add(GUILD_A, "srv_2", "mc-survival").await;
        assert!(
            matches!(&taken, AddServer::NameTaken { by } if by.id == "srv_1" && by.name == "MC-Survival"),
            "{taken:?}"
        );
        // Another guild may use the same name.
        assert_eq!(add(GUILD_B, "srv_2", "mc-survival").await, AddServer::Added);
        // Adding a named server again renames it, keeping the display case.
        assert_eq!(
            add(GUILD_A, "srv_1", "mc").await,
            AddServer::Renamed {
                from: "MC-Survival".into()
            }
        );
        assert_eq!(add(GUILD_A, "srv_2", "MC-survival").await, AddServer::Added);
    }
}

crate::on_both_databases! {
    async fn a_name_may_not_be_another_servers_id_nor_an_id_another_servers_name(store) {
        store
            .add_server(GUILD_A, "srv_1", "alpha", ADMIN)
            .await
            .unwrap();
        let name_is_id = store
            .add_server(GUILD_A, "srv_2", "SRV_1", ADMIN)
            .await
            .unwrap();
        assert!(
            matches!(name_is_id, AddServer::NameIsAnotherId { .. }),
            "{name_is_id:?}"
        );
        let id_is_name = store
            .add_server(GUILD_A, "Alpha", "beta", ADMIN)
            .await
            .unwrap();
        assert!(
            matches!(id_is_name, AddServer::IdIsAnotherName { .. }),
            "{id_is_name:?}"
        );
        // A server may be named its own ID.
        let own = store
            .add_server(GUILD_A, "srv_1", "srv_1", ADMIN)
            .await
            .unwrap();
        assert!(matches!(own, AddServer::Renamed { .. }), "{own:?}");
    }
}

crate::on_both_databases! {
    async fn autocomplete_matches_name_prefixes_then_id_prefixes_then_substrings(store) {
        for (id, name) in [
            ("srv_10", "survival"),
            ("srv_20", "creative"),
            ("abc_30", "skyblock-SUR"),
            ("sur_40", "zzz"),
        ] {
            store.add_server(GUILD_A, id, name, ADMIN).await.unwrap();
        }
        store
            .add_server(GUILD_B, "srv_99", "survival", ADMIN)
            .await
            .unwrap();
        assert_eq!(
            ids(&store, GUILD_A, "SUR").await,
            ["srv_10", "sur_40", "abc_30"]
        );
        assert_eq!(ids(&store, GUILD_A, "srv_2").await, ["srv_20"]);
        assert_eq!(ids(&store, GUILD_A, "").await.len(), 4);
        assert!(ids(&store, GUILD_A, "nothing").await.is_empty());
        assert_eq!(ids(&store, GUILD_B, "").await, ["srv_99"]);
    }
}

crate::on_both_databases! {
    async fn like_wildcards_in_what_is_typed_match_only_themselves(store) {
        store
            .add_server(GUILD_A, "srv_1", "a%b", ADMIN)
            .await
            .unwrap();
        store
            .add_server(GUILD_A, "srv_2", "axb", ADMIN)
            .await
            .unwrap();
        assert_eq!(ids(&store, GUILD_A, "a%").await, ["srv_1"]);
        assert_eq!(ids(&store, GUILD_A, "_").await, ["srv_1", "srv_2"]);
        assert!(ids(&store, GUILD_A, "a_b").await.is_empty());
    }
}

crate::on_both_databases! {
    async fn autocomplete_stops_at_the_limit(store) {
        for n in 0..30 {
            let (id, name) = (format!("srv_{n}"), format!("mc-{n}"));
            store.add_server(GUILD_A, &id, &name, ADMIN).await.unwrap();
        }
        assert_eq!(ids(&store, GUILD_A, "").await.len(), 25);
        assert_eq!(ids(&store, GUILD_A, "1").await.len(), 12);
    }
}

crate::on_both_databases! {
    async fn a_typed_name_resolves_to_its_id_and_an_unknown_input_is_taken_as_an_id(store) {
        let power = crate::support::offline_power(&store);
        store
            .add_server(GUILD_A, "srv_1", "Survival", ADMIN)
            .await
            .unwrap();
        let by_name = power.resolve(GUILD_A, " SURVIVAL ").await.unwrap();
        assert_eq!(
            (by_name.id.as_str(), by_name.name.as_deref()),
            ("srv_1", Some("Survival"))
        );
        let by_id = power.resolve(GUILD_A, "srv_1").await.unwrap();
        assert_eq!(by_id.name.as_deref(), Some("Survival"));
        let other_guild = power.resolve(GUILD_B, "survival").await.unwrap();
        assert_eq!(
            (other_guild.id.as_str(), other_guild.name),
            ("survival", None)
        );
        assert!(power.resolve(GUILD_A, "..").await.is_err());
        let removed = power
            .remove_server(GUILD_A, "survival", ADMIN)
            .await
            .unwrap();
        assert_eq!(removed.map(|s| s.id).as_deref(), Some("srv_1"));
        assert!(
            power
                .remove_server(GUILD_A, "survival", ADMIN)
                .await
                .unwrap()
                .is_none()
        );
    }
}

/// The migrations of the previous release only.
async fn previous_schema(db: &Path) {
    let dir = TempDir::new().unwrap();
    let source = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("migrations")
        .join("sqlite");
    for file in [
        "20261129000001_guild_keys.sql",
        "20261129000002_sealed_guild_keys.sql",
    ] {
        std::fs::copy(source.join(file), dir.path().join(file)).unwrap();
    }
    let url = format!("sqlite://{}?mode=rwc", db.display());
    let pool = SqlitePool::connect(&url).await.unwrap();
    let migrator = sqlx::migrate::Migrator::new(dir.path()).await.unwrap();
    migrator.run(&pool).await.unwrap();
    pool.close().await;
}

#[tokio::test]
async fn a_database_from_the_previous_release_upgrades_in_place_and_keeps_its_key() {
    let dir = TempDir::new().unwrap();
    let db = dir.path().join("heo-bot.db");
    previous_schema(&db).await;
    let master = MasterKey::generate();
    {
        // A key linked by the previous release: a sealed row as it wrote it.
        let sealed = master.seal(GUILD_A, b"heo-key-before-upgrade");
        let pool = SqlitePool::connect(&format!("sqlite://{}", db.display()))
            .await
            .unwrap();
        sqlx::query("INSERT INTO guild_keys (guild_id, nonce, ciphertext, linked_by) VALUES (?1, ?2, ?3, 1)")
            .bind(i64::try_from(GUILD_A).unwrap())
            .bind(&sealed.nonce)
            .bind(&sealed.ciphertext)
            .execute(&pool)
            .await
            .unwrap();
        pool.close().await;
    }
    let url = format!("sqlite://{}", db.display());
    let store = Store::open(&url, master).await.unwrap();
    let key: Option<SecretString> = store.api_key(GUILD_A).await.unwrap();
    assert_eq!(key.unwrap().expose_secret(), "heo-key-before-upgrade");
    store
        .add_server(GUILD_A, "srv_1", "mc", ADMIN)
        .await
        .unwrap();
    assert_eq!(ids(&store, GUILD_A, "mc").await, ["srv_1"]);
    store.close().await;
}
