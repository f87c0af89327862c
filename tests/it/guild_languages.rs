//! The language chosen for each guild's public messages (`/language set`), in the store, on
//! both databases.

use chrono::NaiveDateTime;
use heo_bot::master_key::MasterKey;
use heo_bot::store::Store;
use sqlx::Connection;
use sqlx::postgres::PgConnection;
use sqlx::sqlite::SqliteConnection;
use tempfile::TempDir;

use crate::support::postgres::fresh_database;

const GUILD_A: u64 = 1_111_111_111_111_111_111;
const GUILD_B: u64 = 2_222_222_222_222_222_222;
const ADMIN: u64 = 9_000_000_000_000_000_001;
const OTHER_ADMIN: u64 = 9_000_000_000_000_000_002;
/// A `set_at` from long ago, so that a replacement that kept the old one would show.
const THEN: &str = "2021-03-04T05:06:07Z";

crate::on_both_databases! {
    async fn a_guild_follows_discord_until_a_language_is_chosen_which_can_be_replaced_and_cleared(store) {
        assert_eq!(store.guild_language(GUILD_A).await.unwrap(), None);
        store.set_guild_language(GUILD_A, Some("de"), ADMIN).await.unwrap();
        assert_eq!(store.guild_language(GUILD_A).await.unwrap().as_deref(), Some("de"));
        store.set_guild_language(GUILD_A, Some("pt-BR"), ADMIN).await.unwrap();
        assert_eq!(store.guild_language(GUILD_A).await.unwrap().as_deref(), Some("pt-BR"));
        assert_eq!(store.guild_language(GUILD_B).await.unwrap(), None);
        store.set_guild_language(GUILD_A, None, ADMIN).await.unwrap();
        assert_eq!(store.guild_language(GUILD_A).await.unwrap(), None);
        // Clearing again, as a second admin on the same stale menu would, is no error.
        store.set_guild_language(GUILD_A, None, ADMIN).await.unwrap();
        store.set_guild_language(GUILD_A, Some("fr"), ADMIN).await.unwrap();
        assert_eq!(store.guild_language(GUILD_A).await.unwrap().as_deref(), Some("fr"));
    }
}

crate::on_both_databases! {
    async fn leaving_a_guild_forgets_its_language_only(store) {
        store.set_guild_language(GUILD_A, Some("de"), ADMIN).await.unwrap();
        store.set_guild_language(GUILD_B, Some("ja"), ADMIN).await.unwrap();
        store.forget_guild(GUILD_A).await.unwrap();
        assert_eq!(store.guild_language(GUILD_A).await.unwrap(), None);
        assert_eq!(store.guild_language(GUILD_B).await.unwrap().as_deref(), Some("ja"));
    }
}

mod a_replaced_language_records_who_chose_it_and_when {
    use super::*;

    #[tokio::test]
    async fn sqlite() {
        let dir = TempDir::new().unwrap();
        let url = format!("sqlite://{}", dir.path().join("test.db").display());
        body(&url).await;
    }

    #[tokio::test]
    async fn postgres() {
        let test = concat!(module_path!(), "::postgres");
        let Some(url) = fresh_database(test).await else {
            return;
        };
        body(&url).await;
    }

    async fn body(url: &str) {
        let store = Store::open(url, MasterKey::generate()).await.unwrap();
        store
            .set_guild_language(GUILD_A, Some("de"), ADMIN)
            .await
            .unwrap();
        run(
            url,
            &format!("UPDATE guild_languages SET set_at = '{THEN}'"),
        )
        .await;
        let fr = Some("fr");
        store
            .set_guild_language(GUILD_A, fr, OTHER_ADMIN)
            .await
            .unwrap();
        store.close().await;

        let (set_by, set_at) = chosen(url, GUILD_A).await;
        assert_eq!(set_by, OTHER_ADMIN as i64);
        assert_ne!(set_at, THEN, "the first choice's time was kept");
        // The text every `*_at` column holds on both databases.
        NaiveDateTime::parse_from_str(&set_at, "%Y-%m-%dT%H:%M:%SZ").expect(&set_at);
    }
}

/// Runs `sql` on the database at `url`, outside the store.
async fn run(url: &str, sql: &str) {
    if url.starts_with("sqlite:") {
        let mut conn = SqliteConnection::connect(url).await.unwrap();
        sqlx::query(sql).execute(&mut conn).await.unwrap();
        conn.close().await.unwrap();
    } else {
        let mut conn = PgConnection::connect(url).await.unwrap();
        sqlx::query(sql).execute(&mut conn).await.unwrap();
        conn.close().await.unwrap();
    }
}

/// Who chose `guild`'s language and when, as stored.
async fn chosen(url: &str, guild: u64) -> (i64, String) {
    let sql = "SELECT set_by, set_at FROM guild_languages WHERE guild_id = $1";
    let guild = guild as i64;
    if url.starts_with("sqlite:") {
        let mut conn = SqliteConnection::connect(url).await.unwrap();
        let row = sqlx::query_as(sql).bind(guild).fetch_one(&mut conn).await;
        conn.close().await.unwrap();
        row.unwrap()
    } else {
        let mut conn = PgConnection::connect(url).await.unwrap();
        let row = sqlx::query_as(sql).bind(guild).fetch_one(&mut conn).await;
        conn.close().await.unwrap();
        row.unwrap()
    }
}
