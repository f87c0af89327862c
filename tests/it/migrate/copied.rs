//! A copy that succeeds, and one that fails midway and leaves the target as it was.

use heo_bot::domain::{AddServer, PowerAction};
use heo_bot::master_key::unlock;
use heo_bot::store::{Database, Store};
use sqlx::Connection;
use sqlx::postgres::PgConnection;

use super::{
    ADMIN, GUILD_A, assert_copied, assert_no_secret, audit_entries, filled_source, panels,
    pg_counts, target, timed,
};

#[tokio::test]
async fn a_sqlite_database_is_copied_whole_into_postgresql_and_opens_there_with_the_same_master_key()
 {
    let Some(pg) = target("migrate::copied_whole").await else {
        return;
    };
    let source = filled_source().await;

    let output = source.migrate(&[("MIGRATE_TO_DATABASE_URL", &pg)]);
    assert_eq!(output.code, Some(0), "{}{}", output.stdout, output.stderr);
    assert_eq!(output.stdout.lines().count(), 1, "{}", output.stdout);
    assert!(
        output.stdout.starts_with(
            "heo-bot: copied 2 keys, 3 servers, 4 role grants, 3 audit entries, 1 audit channel, 2 schedules, 1 guild time zone, 1 guild language, 2 countdowns under way and 2 control panels to PostgreSQL at postgres://"
        ),
        "{}",
        output.stdout
    );
    let next = format!(
        "Next: set HEO_BOT_MASTER_KEY to the master key of the SQLite database (the content of {}) in every process, set DATABASE_URL to the PostgreSQL URL, then start heo-bot.",
        source.key_file().display()
    );
    assert!(output.stdout.contains(&next), "{}", output.stdout);
    assert_no_secret(&output, &source);
    assert_copied(&pg, &source.master).await;

    // The bot goes on from there: new rows follow the copied ones.
    let store = Store::open(&pg, source.master.clone()).await.unwrap();
    let added = store.add_server(GUILD_A, "srv_d", "Delta", ADMIN).await;
    assert_eq!(added.unwrap(), AddServer::Added);
    assert!(
        store
            .grant_role(GUILD_A, PowerAction::Start, 5, ADMIN)
            .await
            .unwrap()
    );
    let grants = store.role_grants(GUILD_A).await.unwrap();
    assert_eq!(grants.roles_for(PowerAction::Start), [30, 10, 20, 5]);
    store.record_audit(&audit_entries()[0]).await.unwrap();
    timed::assert_new_ids_follow(&store).await;
    panels::assert_new_panels_replace_copied_ones(&store).await;
    store.close().await;

    // Run again: the target now holds data, and is left alone.
    let before = pg_counts(&pg).await;
    let output = source.migrate(&[("MIGRATE_TO_DATABASE_URL", &pg)]);
    assert_eq!(output.code, Some(1), "{}{}", output.stdout, output.stderr);
    assert!(output.stdout.is_empty(), "{}", output.stdout);
    assert!(
        output
            .stderr
            .contains("already holds data (2 rows in guild_keys); nothing was changed"),
        "{}",
        output.stderr
    );
    assert_no_secret(&output, &source);
    assert_eq!(pg_counts(&pg).await, before);

    // The SQLite database is still whole, under the same key file.
    let store = unlock(&source.url, None).await.unwrap().store;
    assert_eq!(store.row_counts().await.unwrap().audit, 3);
    store.close().await;
}

#[tokio::test]
async fn a_copy_that_fails_midway_leaves_the_postgresql_database_empty_and_can_be_run_again() {
    let Some(pg) = target("migrate::fails_midway").await else {
        return;
    };
    let source = filled_source().await;
    // Migrated ahead, so the last table the copy writes (panels) can be made to refuse its
    // row: all the others are written by then, and must be rolled back with it.
    Database::open(&pg).await.unwrap().close().await;
    let mut conn = PgConnection::connect(&pg).await.unwrap();
    for sql in [
        "CREATE FUNCTION refuse_row() RETURNS trigger LANGUAGE plpgsql
         AS $$ BEGIN RAISE EXCEPTION 'injected failure'; END $$",
        "CREATE TRIGGER refuse_panels BEFORE INSERT ON panels
         FOR EACH ROW EXECUTE FUNCTION refuse_row()",
    ] {
        sqlx::query(sql).execute(&mut conn).await.unwrap();
    }

    let output = source.migrate(&[("MIGRATE_TO_DATABASE_URL", &pg)]);
    assert_eq!(output.code, Some(1), "{}{}", output.stdout, output.stderr);
    assert!(
        output
            .stderr
            .starts_with("heo-bot: could not copy into the PostgreSQL database at")
            && output.stderr.contains("nothing was written there")
            && output.stderr.contains("injected failure"),
        "{}",
        output.stderr
    );
    assert_no_secret(&output, &source);
    assert_eq!(pg_counts(&pg).await, [Some(0); 11]);

    sqlx::query("DROP TRIGGER refuse_panels ON panels")
        .execute(&mut conn)
        .await
        .unwrap();
    conn.close().await.unwrap();
    let output = source.migrate(&[("MIGRATE_TO_DATABASE_URL", &pg)]);
    assert_eq!(output.code, Some(0), "{}{}", output.stdout, output.stderr);
    assert_copied(&pg, &source.master).await;
}
