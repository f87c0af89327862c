//! Per-action role grants in the store, on real SQLite files, and the upgrade of a database
//! from before they existed.

use std::borrow::Cow;

use heo_bot::domain::PowerAction::{self, Kill, Restart, Start, Stop};
use heo_bot::master_key::MasterKey;
use heo_bot::store::Store;
use secrecy::{ExposeSecret, SecretString};
use sqlx::sqlite::SqliteConnectOptions;
use sqlx::{ConnectOptions, Connection};
use tempfile::TempDir;

const GUILD_A: u64 = 1_111_111_111_111_111_111;
const GUILD_B: u64 = 2_222_222_222_222_222_222;
const ADMIN: u64 = 9_000_000_000_000_000_001;
const PLAYERS: u64 = 3_333_333_333_333_333_333;
const MODS: u64 = 4_444_444_444_444_444_444;
/// The migration that adds the grants table.
const POWER_ROLES_MIGRATION: i64 = 20_261_129_000_004;

crate::on_both_databases! {
    async fn logs_is_granted_revoked_and_listed_beside_the_power_actions(store) {
        let logs = heo_bot::domain::Grantable::Logs;
        assert!(store.grant_role(GUILD_A, Start, PLAYERS, ADMIN).await.unwrap());
        assert!(store.grant_role(GUILD_A, logs, MODS, ADMIN).await.unwrap());
        assert!(store.grant_role(GUILD_A, logs, PLAYERS, ADMIN).await.unwrap());
        let grants = store.role_grants(GUILD_A).await.unwrap();
        assert_eq!(grants.roles_for(logs), [MODS, PLAYERS]);
        assert_eq!(grants.roles_for(Start), [PLAYERS]);
        assert!(store.revoke_role(GUILD_A, logs, MODS).await.unwrap());
        let grants = store.role_grants(GUILD_A).await.unwrap();
        assert_eq!(grants.roles_for(logs), [PLAYERS]);
    }
}

crate::on_both_databases! {
    async fn granting_twice_keeps_one_grant_and_revoking_a_missing_grant_changes_nothing(store) {
        assert!(store.role_grants(GUILD_A).await.unwrap().is_empty());
        assert!(
            store
                .grant_role(GUILD_A, Start, PLAYERS, ADMIN)
                .await
                .unwrap()
        );
        assert!(
            !store
                .grant_role(GUILD_A, Start, PLAYERS, ADMIN)
                .await
                .unwrap()
        );
        let grants = store.role_grants(GUILD_A).await.unwrap();
        assert_eq!(grants.roles_for(Start), [PLAYERS]);

        assert!(!store.revoke_role(GUILD_A, Stop, PLAYERS).await.unwrap());
        assert!(!store.revoke_role(GUILD_A, Start, MODS).await.unwrap());
        assert!(store.revoke_role(GUILD_A, Start, PLAYERS).await.unwrap());
        assert!(!store.revoke_role(GUILD_A, Start, PLAYERS).await.unwrap());
        assert!(store.role_grants(GUILD_A).await.unwrap().is_empty());
    }
}

crate::on_both_databases! {
    async fn grants_are_kept_per_guild_and_listed_per_action_in_the_order_granted(store) {
        let granted = [
            (Start, PLAYERS),
            (Kill, MODS),
            (Start, MODS),
            (Restart, MODS),
        ];
        for (action, role) in granted {
            store
                .grant_role(GUILD_A, action, role, ADMIN)
                .await
                .unwrap();
        }
        store
            .grant_role(GUILD_B, Stop, PLAYERS, ADMIN)
            .await
            .unwrap();

        let a = store.role_grants(GUILD_A).await.unwrap();
        let by_action = |action: PowerAction| a.roles_for(action);
        assert_eq!(by_action(Start), [PLAYERS, MODS]);
        assert_eq!(by_action(Stop), Vec::<u64>::new());
        assert_eq!(by_action(Restart), [MODS]);
        assert_eq!(by_action(Kill), [MODS]);
        let b = store.role_grants(GUILD_B).await.unwrap();
        assert_eq!(b.roles_for(Stop), [PLAYERS]);
        assert_eq!(b.roles_for(Start), Vec::<u64>::new());
    }
}

#[tokio::test]
async fn a_database_from_before_power_roles_upgrades_in_place_and_keeps_its_keys() {
    let dir = TempDir::new().unwrap();
    let file = dir.path().join("heo-bot.db");
    let url = format!("sqlite://{}", file.display());
    let master = MasterKey::generate();
    let master_text = master.to_base64();

    // The database as the previous version left it: every migration before this one, and
    // a key linked (sealed) through that version's store.
    let mut earlier = sqlx::migrate!("./migrations/sqlite");
    let before: Vec<_> = earlier
        .migrations
        .iter()
        .filter(|m| m.version < POWER_ROLES_MIGRATION)
        .cloned()
        .collect();
    earlier.migrations = Cow::Owned(before);
    let mut conn = SqliteConnectOptions::new()
        .filename(&file)
        .create_if_missing(true)
        .connect()
        .await
        .unwrap();
    earlier.run(&mut conn).await.unwrap();
    let sealed = master.seal(GUILD_A, b"heo-key-before-roles");
    sqlx::query(
        "INSERT INTO guild_keys (guild_id, nonce, ciphertext, linked_by) VALUES (?1, ?2, ?3, ?4)",
    )
    .bind(GUILD_A as i64)
    .bind(&sealed.nonce)
    .bind(&sealed.ciphertext)
    .bind(ADMIN as i64)
    .execute(&mut conn)
    .await
    .unwrap();
    conn.close().await.unwrap();

    let master = MasterKey::from_base64(master_text.expose_secret()).unwrap();
    let store = Store::open(&url, master).await.unwrap();
    let key = store
        .api_key(GUILD_A)
        .await
        .unwrap()
        .map(|k: SecretString| k.expose_secret().to_owned());
    assert_eq!(key.as_deref(), Some("heo-key-before-roles"));
    assert!(store.role_grants(GUILD_A).await.unwrap().is_empty());
    assert!(
        store
            .grant_role(GUILD_A, Start, PLAYERS, ADMIN)
            .await
            .unwrap()
    );
    assert_eq!(
        store.role_grants(GUILD_A).await.unwrap().roles_for(Start),
        [PLAYERS]
    );
    store.close().await;
}

crate::on_both_databases! {
    async fn forgetting_a_guild_deletes_its_key_grants_and_names_and_nothing_of_other_guilds(store) {
        for guild in [GUILD_A, GUILD_B] {
            let key = SecretString::from(format!("key-{guild}"));
            store.link_api_key(guild, &key, ADMIN).await.unwrap();
            store.add_server(guild, "srv_1", "mc", ADMIN).await.unwrap();
            store
                .grant_role(guild, Start, PLAYERS, ADMIN)
                .await
                .unwrap();
        }
        assert!(store.forget_guild(GUILD_A).await.unwrap());
        assert!(store.api_key(GUILD_A).await.unwrap().is_none());
        assert!(store.role_grants(GUILD_A).await.unwrap().is_empty());
        assert!(store.servers(GUILD_A).await.unwrap().is_empty());
        assert!(store.api_key(GUILD_B).await.unwrap().is_some());
        assert_eq!(store.servers(GUILD_B).await.unwrap().len(), 1);
        assert_eq!(
            store.role_grants(GUILD_B).await.unwrap().roles_for(Start),
            [PLAYERS]
        );
        assert!(
            !store.forget_guild(GUILD_A).await.unwrap(),
            "nothing left to forget"
        );
    }
}
