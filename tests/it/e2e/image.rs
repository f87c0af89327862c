//! The container image's start, reproduced without a container engine
//! (`support::image`): read-only root but for `/data`, the image's user, paths and
//! environment. CI runs it on the release binary (`HEO_IMAGE_BINARY`, built by `.ci/run`);
//! elsewhere on the test build. It needs root for its mounts: without, it prints a
//! `NOT RUN` line, and fails where `REQUIRE_IMAGE_SMOKE=1` (CI).

use std::io::Write;
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::PathBuf;
use std::time::Duration;

use poise::serenity_prelude::Permissions;
use tempfile::TempDir;
use wiremock::MockServer;

use super::{KEY, Sent, assert_sent, link_key, mount_accepted, requested};
use crate::support::discord::{self, FakeDiscord};
use crate::support::image::{self, IMAGE_UID};
use crate::support::process::BotProcess;

/// The binary to start: the release build CI made, or this test build's.
fn binary() -> PathBuf {
    std::env::var_os("HEO_IMAGE_BINARY").map_or_else(
        || PathBuf::from(env!("CARGO_BIN_EXE_heo-bot")),
        PathBuf::from,
    )
}

/// Says why the test cannot run here; fails instead where CI requires it.
fn not_run(test: &str, why: &str) {
    if std::env::var("REQUIRE_IMAGE_SMOKE").is_ok_and(|v| v == "1") {
        panic!("REQUIRE_IMAGE_SMOKE=1 but {test} cannot run: {why}");
    }
    let _ = writeln!(std::io::stderr().lock(), "NOT RUN: {test}: {why}");
}

/// The volume as a fresh named volume starts out: an empty folder owned by the image's user.
fn data_volume(dir: &TempDir) -> PathBuf {
    let data = dir.path().join("data");
    std::fs::create_dir(&data).unwrap();
    std::os::unix::fs::chown(&data, Some(IMAGE_UID), Some(IMAGE_UID)).unwrap();
    std::fs::set_permissions(&data, std::fs::Permissions::from_mode(0o700)).unwrap();
    data
}

/// A port nothing listens on now.
fn free_port() -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    listener.local_addr().unwrap().port()
}

/// Runs `heo-bot health` as the image's HEALTHCHECK does: whether it passed, and what it said.
fn health_check(metrics_addr: &str) -> (bool, String) {
    let out = std::process::Command::new(binary())
        .arg("health")
        .env_clear()
        .env("METRICS_ADDR", metrics_addr)
        .current_dir(std::env::temp_dir())
        .output()
        .unwrap();
    let said = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.success(), said)
}

#[tokio::test]
async fn started_as_the_image_starts_it_the_bot_serves_commands_writes_only_to_data_and_stops_cleanly()
 {
    let test = "e2e::image::started_as_the_image_starts_it";
    if let Some(why) = image::unavailable() {
        return not_run(test, &why);
    }
    let discord = FakeDiscord::start().await;
    let heo = MockServer::start().await;
    mount_accepted(&heo).await;
    let dir = TempDir::new().unwrap();
    let data = data_volume(&dir);
    let root = dir.path().join("root");
    std::fs::create_dir(&root).unwrap();
    let (discord_url, heo_url) = (discord.url(), heo.uri());
    // As in the image, on every interface (the health check asks on loopback).
    let metrics = format!("0.0.0.0:{}", free_port());
    let vars = [
        ("DISCORD_TOKEN", discord::TOKEN),
        ("DISCORD_API_URL", discord_url.as_str()),
        ("HEO_API_URL", heo_url.as_str()),
        ("METRICS_ADDR", metrics.as_str()),
    ];
    let mut bot = BotProcess::spawn_command(image::command(&binary(), &data, &root, &vars));
    bot.wait_for_output("heo-bot is ready").await;
    // The image's HEALTHCHECK.
    let (healthy, said) = health_check(&metrics);
    assert!(healthy, "{said}");

    let admin = discord.guild(1).member(Permissions::MANAGE_GUILD);
    link_key(&admin, KEY).await;
    requested(&admin, "/server restart server:srv_1").await;

    // `docker stop`: SIGTERM, a clean drain, exit code 0.
    bot.signal("TERM");
    let status = bot.exit_within(Duration::from_secs(30)).await;
    let output = bot.stop().await;
    assert!(status.success(), "{status:?}:\n{output}");
    let (healthy, said) = health_check(&metrics);
    assert!(!healthy, "healthy after the stop: {said}");
    assert!(said.contains("no answer from the bot"), "{said}");
    for unwanted in ["Read-only file system", "ERROR", "WARN"] {
        assert!(!output.contains(unwanted), "{unwanted:?} in:\n{output}");
    }
    // Everything it keeps is on the volume and belongs to the image's user; the volume
    // (0700) keeps other users out, and the key file is private on its own too.
    for file in ["heo-bot.db", "heo-bot.db.key"] {
        let meta = std::fs::metadata(data.join(file)).unwrap();
        assert_eq!(meta.uid(), IMAGE_UID, "{file} belongs to the image's user");
    }
    let key_mode = std::fs::metadata(data.join("heo-bot.db.key"))
        .unwrap()
        .mode();
    assert_eq!(key_mode & 0o077, 0, "the key file is private: {key_mode:o}");
    assert_sent(&heo, &[Sent::power("srv_1", "restart", KEY)]).await;
    discord.assert_no_errors();
}
