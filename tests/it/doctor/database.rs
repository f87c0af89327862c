//! The configuration, the database, its migrations and the master key: a bad setting or key
//! gets the very line the bot prints at start.

use heo_bot::master_key::MasterKey;
use secrecy::ExposeSecret;
use sqlx::Connection;
use sqlx::sqlite::SqliteConnection;
use tempfile::TempDir;

use super::{Installed, TOKEN, doctor, run};

/// The line the bot prints at start with `vars`, without `heo-bot: `: it stops there.
async fn start_line(vars: &[(&str, &str)], dir: &std::path::Path) -> String {
    let output = run(&[], vars, dir).await;
    assert_eq!(output.status.code(), Some(1), "the start must stop");
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    let line = stderr.lines().last().unwrap_or_default();
    line.strip_prefix("heo-bot: ")
        .unwrap_or_else(|| panic!("not a start-up error: {stderr}"))
        .to_owned()
}

#[tokio::test]
async fn a_bad_setting_gets_the_line_the_bot_prints_at_start_and_no_other_check_runs() {
    let dir = TempDir::new().unwrap();
    let cases: [&[(&str, &str)]; 4] = [
        &[],
        &[("DISCORD_TOKEN", "Q2xpZW50U2VjcmV0MTIz")],
        &[("DISCORD_TOKEN", TOKEN), ("HEO_TIMEOUT_SECS", "soon")],
        &[
            ("DISCORD_TOKEN", TOKEN),
            ("DATABASE_URL", "postgres://heo@db.example/heo"),
        ],
    ];
    for vars in cases {
        let at_start = start_line(vars, dir.path()).await;
        let report = doctor(vars, dir.path()).await;
        report.assert_failed();
        assert_eq!(
            report.line("configuration"),
            format!("✘ configuration: {at_start}"),
            "{report}"
        );
        report.assert_line(
            "–",
            "other checks",
            "each of them needs a valid configuration",
        );
        assert!(!report.stdout.contains("Q2xpZW50U2VjcmV0MTIz"), "{report}");
    }
}

#[tokio::test]
async fn a_wrong_or_missing_master_key_gets_the_line_the_bot_prints_at_start_and_shows_no_key() {
    let installed = Installed::new().await;
    let database = installed.database();
    let wrong = MasterKey::generate().to_base64();
    let wrong = wrong.expose_secret();
    let key_file = installed.dir.path().join("heo-bot.db.key");
    let right = std::fs::read_to_string(&key_file).unwrap();
    let vars = [
        ("DISCORD_TOKEN", TOKEN),
        ("DATABASE_URL", database.as_str()),
        ("DISCORD_API_URL", "http://127.0.0.1:9"),
        ("HEO_BOT_MASTER_KEY", wrong),
    ];
    let at_start = start_line(&vars, installed.dir.path()).await;

    let report = installed.doctor(&[("HEO_BOT_MASTER_KEY", wrong)]).await;
    report.assert_failed();
    assert_eq!(
        report.line("master key"),
        format!("✘ master key: {at_start}")
    );
    assert!(
        at_start.starts_with("HEO_BOT_MASTER_KEY does not decrypt"),
        "{at_start}"
    );
    report.assert_no_secret(&[wrong, right.trim()]);

    // Without the key file, and with nothing in its place.
    std::fs::remove_file(&key_file).unwrap();
    let report = installed.doctor(&[]).await;
    report.assert_failed();
    report.assert_line("✘", "master key", "no master key was found");
    report.assert_no_secret(&[right.trim()]);
    assert!(!key_file.exists(), "doctor made up no key file");
}

#[tokio::test]
async fn a_stored_key_the_master_key_does_not_open_is_a_warning_naming_its_server() {
    let installed = Installed::new().await;
    // Guild 1's sealed key copied to guild 2: sealed for guild 1, it opens for no other.
    let mut db = SqliteConnection::connect(&installed.database())
        .await
        .unwrap();
    sqlx::query(
        "INSERT INTO guild_keys (guild_id, nonce, ciphertext, linked_by)
         SELECT 2, nonce, ciphertext, linked_by FROM guild_keys WHERE guild_id = 1",
    )
    .execute(&mut db)
    .await
    .unwrap();
    db.close().await.unwrap();

    let report = installed.doctor(&[]).await;

    report.assert_passed();
    report.assert_line("✔", "master key", "opens the stored keys");
    report.assert_line(
        "!",
        "stored keys",
        "1 of 2 stored HEO keys do not decrypt (Discord servers 2)",
    );
    report.assert_line("!", "stored keys", "runs /link-key again");
}

/// Changes sqlx's record of the applied migrations with `statement`.
async fn edit_migrations(installed: &Installed, statement: &str) {
    let mut db = SqliteConnection::connect(&installed.database())
        .await
        .unwrap();
    sqlx::query(statement).execute(&mut db).await.unwrap();
    db.close().await.unwrap();
}

#[tokio::test]
async fn a_pending_migration_warns_and_one_from_a_newer_release_fails() {
    let installed = Installed::new().await;
    let current = installed.doctor(&[]).await;
    let all = format!(
        "all {} of this heo-bot's migrations are applied",
        shipped("sqlite")
    );
    current.assert_line("✔", "migrations", &all);

    // As before an upgrade: the newest migration not applied yet.
    edit_migrations(
        &installed,
        "DELETE FROM _sqlx_migrations WHERE version = 20261203000001",
    )
    .await;
    let pending = installed.doctor(&[]).await;
    pending.assert_passed();
    pending.assert_line(
        "!",
        "migrations",
        "1 migration is not applied yet (20261203000001); the bot applies them at its next start",
    );

    // As after a downgrade: a migration this release does not have.
    edit_migrations(
        &installed,
        "INSERT INTO _sqlx_migrations (version, description, success, checksum, execution_time)
         VALUES (29990101000001, 'from the future', TRUE, x'00', 0)",
    )
    .await;
    let newer = installed.doctor(&[]).await;
    newer.assert_failed();
    newer.assert_line(
        "✘",
        "migrations",
        "the database has migrations this heo-bot does not know (29990101000001)",
    );
}

#[tokio::test]
async fn on_postgresql_doctor_reads_the_database_and_checks_the_key_without_showing_the_password() {
    let test = "doctor::database::on_postgresql";
    let Some(url) = crate::support::postgres::fresh_database(test).await else {
        return;
    };
    // Trusted logins ignore the password, which must be kept out of the report all the same.
    let url = format!("{url}?password=doctor-pg-s3cret");
    let key = MasterKey::generate();
    crate::master_key::with_keys(&url, Some(&key), &[1]).await;
    let installed = Installed::new().await;
    let key_text = key.to_base64();

    let report = installed
        .doctor(&[
            ("DATABASE_URL", &url),
            ("HEO_BOT_MASTER_KEY", key_text.expose_secret()),
        ])
        .await;
    report.assert_line("✔", "database", "password=redacted");
    report.assert_line("✔", "database", "opens, read-only");
    let all = format!(
        "all {} of this heo-bot's migrations are applied",
        shipped("postgres")
    );
    report.assert_line("✔", "migrations", &all);
    report.assert_line(
        "✔",
        "master key",
        "HEO_BOT_MASTER_KEY opens the stored keys",
    );
    report.assert_line("✔", "audit channels", "none is set");
    report.assert_passed();
    report.assert_no_secret(&["doctor-pg-s3cret", key_text.expose_secret()]);

    let wrong = MasterKey::generate().to_base64();
    let report = installed
        .doctor(&[
            ("DATABASE_URL", &url),
            ("HEO_BOT_MASTER_KEY", wrong.expose_secret()),
        ])
        .await;
    report.assert_failed();
    report.assert_line("✘", "master key", "HEO_BOT_MASTER_KEY does not decrypt");
}

#[tokio::test]
async fn a_rotation_cut_short_after_its_commit_is_a_warning_and_doctor_leaves_it_for_the_start() {
    let installed = Installed::new().await;
    // As a rotation leaves it when it stops between its commit and the rename: the rows
    // are under the key in `.key.new`, the old key still in `.key`.
    let key_file = installed.dir.path().join("heo-bot.db.key");
    let pending = installed.dir.path().join("heo-bot.db.key.new");
    std::fs::rename(&key_file, &pending).unwrap();
    let old = MasterKey::generate();
    heo_bot::master_key::KeyFile::beside(&installed.dir.path().join("heo-bot.db"))
        .create(&old)
        .unwrap();
    let (before, before_pending) = (
        std::fs::read(&key_file).unwrap(),
        std::fs::read(&pending).unwrap(),
    );

    let report = installed.doctor(&[]).await;

    report.assert_passed();
    report.assert_line(
        "!",
        "master key",
        "a master key rotation stopped after its commit: the new key in",
    );
    report.assert_line(
        "!",
        "master key",
        "→ Start the bot, then back up the new key file",
    );
    assert_eq!(
        std::fs::read(&key_file).unwrap(),
        before,
        "the key file stays"
    );
    assert_eq!(std::fs::read(&pending).unwrap(), before_pending);
}

#[tokio::test]
async fn an_in_memory_database_is_a_warning_that_everything_is_lost_at_each_stop() {
    let installed = Installed::new().await;

    let report = installed
        .doctor(&[("DATABASE_URL", "sqlite::memory:")])
        .await;

    report.assert_passed();
    report.assert_line(
        "!",
        "database",
        "DATABASE_URL names an in-memory database: every linked key",
    );
    report.assert_line("✔", "audit channels", "none is set");
}

/// How many migrations this heo-bot ships for `database` (a folder of `migrations/`).
fn shipped(database: &str) -> usize {
    let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("migrations")
        .join(database);
    let files = std::fs::read_dir(folder).expect("the migrations folder");
    files
        .filter(|file| {
            let file = file.as_ref().expect("a readable folder entry");
            file.path().extension().is_some_and(|ext| ext == "sql")
        })
        .count()
}
