//! A whole installation: everything passes, nothing is written, a running bot is respected,
//! and a new installation is described without creating anything.

use std::collections::BTreeMap;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::path::Path;

use tempfile::TempDir;

use super::{Installed, LOG, doctor_against, running};
use crate::support::discord::FakeDiscord;

/// Every file in `dir`, with its length and a hash of its content.
fn files(dir: &Path) -> BTreeMap<String, (usize, u64)> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|entry| {
            let entry = entry.unwrap();
            let name = entry.file_name().to_string_lossy().into_owned();
            let content = std::fs::read(entry.path()).unwrap_or_default();
            let mut hasher = DefaultHasher::new();
            content.hash(&mut hasher);
            (name, (content.len(), hasher.finish()))
        })
        .collect()
}

#[tokio::test]
async fn an_installation_the_bot_ran_on_passes_every_check_and_doctor_exits_0() {
    let installed = Installed::new().await;
    let report = installed.doctor(&[]).await;

    report.assert_passed();
    report.assert_line("✔", "configuration", "every setting is valid");
    report.assert_line("✔", "database", "heo-bot.db opens, read-only");
    report.assert_line("✔", "migrations", "migrations are applied");
    report.assert_line("✔", "master key", "heo-bot.db.key opens the stored keys");
    report.assert_line("✔", "Discord token", "the bot is heo-bot (user ID 101)");
    report.assert_line(
        "✔",
        "commands",
        "/server, /power-role, /link-key, /unlink-key, /audit-channel, /schedule, /heo and \
         /language registered in the Discord server 1 (DEV_GUILD_ID)",
    );
    report.assert_line(
        "✔",
        "invite URL",
        "https://discord.com/oauth2/authorize?client_id=101\
         &scope=bot+applications.commands&permissions=3072",
    );
    report.assert_line(
        "✔",
        &format!("audit channel {LOG} (Discord server 1)"),
        "the bot can view it and post there",
    );
    report.assert_line("✔", "HEO", "(healthy, version 2.4.1)");
    report.assert_line("✔", "HEO status", "up");
    assert!(
        report.stdout.ends_with("the installation is ready\n"),
        "{report}"
    );
    report.assert_no_secret(&[]);
}

#[tokio::test]
async fn doctor_writes_nothing_sends_nothing_and_calls_no_power_endpoint() {
    let installed = Installed::new().await;
    let before = files(installed.dir.path());
    let asked_before = installed.discord.requests().len();

    let report = installed.doctor(&[]).await;
    report.assert_passed();

    assert_eq!(
        files(installed.dir.path()),
        before,
        "the database folder changed"
    );
    let asked = installed.discord.requests();
    let not_get: Vec<_> = asked[asked_before..]
        .iter()
        .filter(|r| r.method != "GET")
        .collect();
    assert!(not_get.is_empty(), "doctor changed something: {not_get:#?}");
    let heo_paths: Vec<String> = installed
        .heo
        .received_requests()
        .await
        .unwrap()
        .iter()
        .map(|r| format!("{} {}", r.method, r.url.path()))
        .collect();
    assert_eq!(heo_paths, ["GET /health", "GET /v1/status"]);
}

#[tokio::test]
async fn beside_a_running_bot_doctor_says_so_reads_the_database_anyway_and_the_bot_runs_on() {
    let world = running(&[]).await;

    let report = doctor_against(&world.discord, &world.heo, world.db.path(), &[]).await;

    report.assert_passed();
    report.assert_line(
        "✔",
        "database",
        "another heo-bot process (the running bot, or a rotation) has it open and holds",
    );
    assert!(
        report.line("database").contains("heo-bot.db.lock"),
        "{report}"
    );
    report.assert_line("✔", "migrations", "are applied");
    report.assert_line("✔", "master key", "opens the stored keys");
    report.assert_line(
        "✔",
        &format!("audit channel {LOG} (Discord server 1)"),
        "post",
    );
    world.bot.stop().await.expect("the bot stops cleanly");
}

#[tokio::test]
async fn before_the_first_start_doctor_says_what_the_bot_will_create_and_creates_nothing() {
    let discord = FakeDiscord::start_with_token(super::TOKEN).await;
    let heo = super::heo_answering(super::healthy(), super::up()).await;
    let dir = TempDir::new().unwrap();

    let report = doctor_against(&discord, &heo, dir.path(), &[]).await;

    report.assert_line("!", "database", "there is no database at");
    report.assert_line(
        "!",
        "database",
        "the bot creates it at its first start\n    → Nothing to do on a new installation",
    );
    let key_file = dir.path().join("heo-bot.db.key");
    report.assert_line(
        "✔",
        "master key",
        &format!(
            "the bot creates the key file {} at its first start",
            key_file.display()
        ),
    );
    report.assert_line("✔", "audit channels", "none is set");
    // Nothing registered the commands yet.
    report.assert_line("✘", "commands", "not registered");
    report.assert_failed();
    assert!(files(dir.path()).is_empty(), "{:?}", files(dir.path()));
}

#[tokio::test]
async fn a_database_folder_that_does_not_exist_fails_the_check() {
    let discord = FakeDiscord::start_with_token(super::TOKEN).await;
    let heo = super::heo_answering(super::healthy(), super::up()).await;
    let dir = TempDir::new().unwrap();
    let missing = dir.path().join("no-such-folder").join("heo-bot.db");
    let url = format!("sqlite://{}", missing.display());

    let report = doctor_against(&discord, &heo, dir.path(), &[("DATABASE_URL", &url)]).await;

    report.assert_line("✘", "database", "no-such-folder does not exist");
    report.assert_failed();
    assert!(files(dir.path()).is_empty());
}
