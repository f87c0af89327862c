//! Copies refused before anything is written: a missing or wrong target, a wrong master
//! key, a running bot, a target that already holds data.

use heo_bot::master_key::{MasterKey, unlock};
use heo_bot::store::Database;
use secrecy::ExposeSecret;
use sqlx::Connection;
use sqlx::postgres::PgConnection;

use super::{filled_source, pg_counts, target};
use crate::master_key::{TOKEN, run_binary};

#[tokio::test]
async fn a_missing_or_non_postgresql_target_is_refused_with_a_line_naming_the_variable() {
    let source = filled_source().await;

    let output = source.migrate(&[]);
    assert_eq!(output.code, Some(1));
    assert!(
        output
            .stderr
            .starts_with("heo-bot: MIGRATE_TO_DATABASE_URL is not set"),
        "{}",
        output.stderr
    );

    let output = source.migrate(&[("MIGRATE_TO_DATABASE_URL", "mysql://heo:hunter2@db/heo")]);
    assert_eq!(output.code, Some(1));
    assert!(
        output
            .stderr
            .starts_with("heo-bot: MIGRATE_TO_DATABASE_URL is invalid: expected a PostgreSQL URL"),
        "{}",
        output.stderr
    );
    assert!(!output.stderr.contains("hunter2"), "{}", output.stderr);

    // The other way round: DATABASE_URL must be the SQLite database.
    let key = MasterKey::generate().to_base64();
    let output = run_binary(
        &["migrate-to-postgres"],
        &[
            ("DISCORD_TOKEN", TOKEN),
            ("DATABASE_URL", "postgres://heo@127.0.0.1:9/heo"),
            ("HEO_BOT_MASTER_KEY", key.expose_secret()),
            ("MIGRATE_TO_DATABASE_URL", "postgres://heo@127.0.0.1:9/heo2"),
        ],
        source.dir.path(),
    );
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr.starts_with("heo-bot: DATABASE_URL is not a SQLite database"),
        "{stderr}"
    );
}

#[tokio::test]
async fn a_wrong_master_key_or_a_running_bot_stops_the_copy_before_postgresql_is_touched() {
    let Some(pg) = target("migrate::wrong_key").await else {
        return;
    };
    let source = filled_source().await;
    let wrong = MasterKey::generate().to_base64();

    let output = source.migrate(&[
        ("MIGRATE_TO_DATABASE_URL", &pg),
        ("HEO_BOT_MASTER_KEY", wrong.expose_secret()),
    ]);
    assert_eq!(output.code, Some(1));
    assert!(
        output
            .stderr
            .starts_with("heo-bot: HEO_BOT_MASTER_KEY does not decrypt the keys"),
        "{}",
        output.stderr
    );
    assert!(!output.stderr.contains(&wrong.expose_secret()[..12]));

    // A bot still running on the SQLite database holds it the way this store does.
    let running = unlock(&source.url, None).await.unwrap();
    let output = source.migrate(&[("MIGRATE_TO_DATABASE_URL", &pg)]);
    running.store.close().await;
    assert_eq!(output.code, Some(1));
    assert!(
        output
            .stderr
            .contains("another heo-bot process is using this database"),
        "{}",
        output.stderr
    );

    assert_eq!(pg_counts(&pg).await, [None; 11], "not even migrated");
}

#[tokio::test]
async fn a_postgresql_database_holding_only_a_schedule_is_refused_and_left_as_it_was() {
    let insert = "INSERT INTO schedules (guild_id, server_id, action, recurrence, local_time,
             zone, channel_id, made_by, next_run)
         VALUES (1, 'srv_z', 'start', 'daily', '06:00', 'UTC', 2, 3, 0)";
    assert_refused_over("migrate::only_a_schedule", insert, "schedules").await;
}

#[tokio::test]
async fn a_postgresql_database_holding_only_a_guild_language_is_refused_and_left_as_it_was() {
    let insert = "INSERT INTO guild_languages (guild_id, language, set_by) VALUES (1, 'de', 3)";
    assert_refused_over("migrate::only_a_language", insert, "guild_languages").await;
}

/// Fails unless a copy into a migrated PostgreSQL database holding only the row `insert`
/// adds is refused, naming `table`, and leaves the database as it was.
async fn assert_refused_over(test: &str, insert: &str, table: &str) {
    let Some(pg) = target(test).await else {
        return;
    };
    let source = filled_source().await;
    Database::open(&pg).await.unwrap().close().await;
    let mut conn = PgConnection::connect(&pg).await.unwrap();
    sqlx::query(insert).execute(&mut conn).await.unwrap();
    conn.close().await.unwrap();
    let before = pg_counts(&pg).await;

    let output = source.migrate(&[("MIGRATE_TO_DATABASE_URL", &pg)]);
    assert_eq!(output.code, Some(1), "{}{}", output.stdout, output.stderr);
    let refusal = format!("already holds data (1 rows in {table}); nothing was changed");
    assert!(output.stderr.contains(&refusal), "{}", output.stderr);
    assert_eq!(pg_counts(&pg).await, before);
}
