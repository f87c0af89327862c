//! Configuration: every missing or invalid variable gets a clear, secret-free message.

use std::collections::HashMap;
use std::process::Command;
use std::time::Duration;

use heo_bot::config::{Config, ConfigError};
use secrecy::ExposeSecret;

/// A token of the right shape, for every configuration test.
pub(crate) const TOKEN: &str = "MTAxMjM0NTY3ODkw.GhIjKl.abcdefghijklmnopqrstuvwxyz0123456789";

/// The configuration read from exactly `vars`.
pub(crate) fn config_from(vars: &[(&str, &str)]) -> Result<Config, ConfigError> {
    let vars: HashMap<String, String> = vars
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect();
    Config::from_lookup(|name| vars.get(name).cloned())
}

fn error_for(vars: &[(&str, &str)]) -> String {
    config_from(vars).unwrap_err().to_string()
}

#[test]
fn only_the_token_is_required_and_the_rest_has_defaults() {
    let config = config_from(&[("DISCORD_TOKEN", TOKEN)]).unwrap();
    assert_eq!(config.discord_token.expose_secret(), TOKEN);
    assert_eq!(config.database_url, "sqlite://heo-bot.db");
    assert_eq!(config.heo_api_url.as_str(), "https://api.heo-systems.net/");
    assert_eq!(config.heo_timeout, Duration::from_secs(10));
    assert_eq!(config.discord_api_url, None);
    assert_eq!(config.dev_guild_id, None);
    assert_eq!(config.kill_confirm_timeout, Duration::from_secs(60));
    assert_eq!(config.power_cooldown, Duration::from_secs(5));
    assert_eq!(config.shutdown_grace, Duration::from_secs(10));
    assert_eq!(config.audit_retention_days, 90);
}

#[test]
fn every_variable_is_read() {
    let config = config_from(&[
        ("DISCORD_TOKEN", &format!("Bot {TOKEN}")),
        ("DATABASE_URL", "sqlite:///var/lib/heo-bot/bot.db"),
        ("HEO_API_URL", "http://127.0.0.1:9000"),
        ("HEO_TIMEOUT_SECS", "3"),
        ("DISCORD_API_URL", "http://127.0.0.1:9001"),
        ("DEV_GUILD_ID", "123456789012345678"),
        ("KILL_CONFIRM_TIMEOUT_SECS", "5"),
        ("POWER_COOLDOWN_SECS", "2"),
        ("SHUTDOWN_GRACE_SECS", "2"),
        ("AUDIT_RETENTION_DAYS", "3650"),
    ])
    .unwrap();
    assert_eq!(
        config.discord_token.expose_secret(),
        TOKEN,
        "the Bot prefix is dropped"
    );
    assert_eq!(config.database_url, "sqlite:///var/lib/heo-bot/bot.db");
    assert_eq!(config.heo_api_url.as_str(), "http://127.0.0.1:9000/");
    assert_eq!(config.heo_timeout, Duration::from_secs(3));
    assert_eq!(
        config.discord_api_url.as_ref().map(|u| u.as_str()),
        Some("http://127.0.0.1:9001/")
    );
    assert_eq!(config.dev_guild_id, Some(123_456_789_012_345_678));
    assert_eq!(config.kill_confirm_timeout, Duration::from_secs(5));
    assert_eq!(config.power_cooldown, Duration::from_secs(2));
    assert_eq!(config.shutdown_grace, Duration::from_secs(2));
    assert_eq!(config.audit_retention_days, 3650);
}

#[test]
fn a_zero_cooldown_turns_the_member_cooldown_off() {
    let config = config_from(&[("DISCORD_TOKEN", TOKEN), ("POWER_COOLDOWN_SECS", "0")]).unwrap();
    assert_eq!(config.power_cooldown, Duration::ZERO);
}

#[test]
fn a_missing_or_blank_token_names_the_variable() {
    for vars in [vec![], vec![("DISCORD_TOKEN", "   ")]] {
        assert_eq!(
            error_for(&vars),
            "DISCORD_TOKEN is not set; copy .env.example to .env and fill it in"
        );
    }
}

#[test]
fn a_malformed_token_is_refused_without_repeating_it() {
    for bad in ["not-a-token", "abc def.ghi.jkl", "a..b", "secretpart.only"] {
        let message = error_for(&[("DISCORD_TOKEN", bad)]);
        assert!(message.starts_with("DISCORD_TOKEN is invalid"), "{message}");
        assert!(message.contains(".env.example"), "{message}");
        assert!(
            !message.contains(bad),
            "the message repeats the token: {message}"
        );
    }
}

#[test]
fn each_invalid_optional_variable_is_named() {
    let cases = [
        ("DATABASE_URL", "mysql://localhost/heo"),
        ("DATABASE_URL", "heo-bot.db"),
        ("HEO_API_URL", "not a url"),
        ("HEO_API_URL", "ftp://api.heo-systems.net"),
        ("HEO_API_URL", "https://api.heo-systems.net/?x=1"),
        ("HEO_TIMEOUT_SECS", "ten"),
        ("HEO_TIMEOUT_SECS", "0"),
        ("HEO_TIMEOUT_SECS", "601"),
        ("DISCORD_API_URL", "127.0.0.1:9000"),
        ("DEV_GUILD_ID", "my-guild"),
        ("DEV_GUILD_ID", "0"),
        ("KILL_CONFIRM_TIMEOUT_SECS", "-1"),
        ("POWER_COOLDOWN_SECS", "-1"),
        ("POWER_COOLDOWN_SECS", "3601"),
        ("POWER_COOLDOWN_SECS", "5s"),
        ("SHUTDOWN_GRACE_SECS", "61"),
        ("AUDIT_RETENTION_DAYS", "0"),
        ("AUDIT_RETENTION_DAYS", "3651"),
        ("AUDIT_RETENTION_DAYS", "90d"),
    ];
    for (var, value) in cases {
        let message = error_for(&[("DISCORD_TOKEN", TOKEN), (var, value)]);
        assert!(
            message.starts_with(&format!("{var} is invalid: ")),
            "{var}={value}: {message}"
        );
    }
}

const MASTER: &str = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

#[test]
fn postgresql_is_chosen_by_the_url_scheme_and_needs_the_master_key_in_the_environment() {
    for url in ["postgres://heo@db/heo", "postgresql://heo@db:5433/heo"] {
        let message = error_for(&[("DISCORD_TOKEN", TOKEN), ("DATABASE_URL", url)]);
        assert!(
            message.starts_with("HEO_BOT_MASTER_KEY is invalid: it is required with a PostgreSQL"),
            "{message}"
        );
        let config = config_from(&[
            ("DISCORD_TOKEN", TOKEN),
            ("DATABASE_URL", url),
            ("HEO_BOT_MASTER_KEY", MASTER),
        ])
        .unwrap();
        assert_eq!(config.backend(), heo_bot::store::Backend::Postgres);
    }
    let config = config_from(&[("DISCORD_TOKEN", TOKEN)]).unwrap();
    assert_eq!(config.backend(), heo_bot::store::Backend::Sqlite);
}

#[test]
fn a_postgresql_password_never_shows_in_debug_output() {
    let config = config_from(&[
        ("DISCORD_TOKEN", TOKEN),
        (
            "DATABASE_URL",
            "postgres://heo:hunter2-db-pass@db.example:5432/heo",
        ),
        ("HEO_BOT_MASTER_KEY", MASTER),
    ])
    .unwrap();
    let debug = format!("{config:?}");
    assert!(!debug.contains("hunter2-db-pass"), "{debug}");
    assert!(
        debug.contains("postgres://heo:redacted@db.example:5432/heo"),
        "{debug}"
    );
}

#[test]
fn shards_name_an_inclusive_range_within_shard_count_and_only_with_postgresql() {
    let pg = [
        ("DISCORD_TOKEN", TOKEN),
        ("DATABASE_URL", "postgres://heo@db/heo"),
        ("HEO_BOT_MASTER_KEY", MASTER),
        ("SHARD_COUNT", "4"),
    ];
    let with = |shards: &str| {
        let mut vars = pg.to_vec();
        vars.push(("SHARDS", shards));
        config_from(&vars)
    };
    let range = with("2-3").unwrap().shards.unwrap();
    assert_eq!((range.first, range.last, range.count()), (2, 3, 2));
    assert_eq!(range.to_string(), "2-3");
    assert!(range.contains(2) && range.contains(3) && !range.contains(1) && !range.contains(4));
    let single = with(" 1 - 1 ").unwrap().shards.unwrap();
    assert_eq!((single.first, single.last), (1, 1));
    for bad in ["2-4", "3-2", "2", "a-b", "-1-2", "0..3"] {
        let message = with(bad).unwrap_err().to_string();
        assert!(
            message.starts_with("SHARDS is invalid: expected the first and last shard"),
            "SHARDS={bad}: {message}"
        );
        assert!(message.contains("0 to 3"), "{message}");
    }
    // Without SHARD_COUNT a range means nothing.
    let mut vars = pg.to_vec();
    vars.retain(|(var, _)| *var != "SHARD_COUNT");
    vars.push(("SHARDS", "0-1"));
    let message = config_from(&vars).unwrap_err().to_string();
    assert!(message.contains("it needs SHARD_COUNT too"), "{message}");
    // SQLite: one process runs every shard.
    let message = error_for(&[
        ("DISCORD_TOKEN", TOKEN),
        ("SHARD_COUNT", "4"),
        ("SHARDS", "0-1"),
    ]);
    assert!(
        message.starts_with("SHARDS is invalid: with SQLite one process runs every shard"),
        "{message}"
    );
}

#[test]
fn the_429_back_off_is_shared_by_default_with_postgresql_and_never_with_sqlite() {
    let pg = [
        ("DISCORD_TOKEN", TOKEN),
        ("DATABASE_URL", "postgres://heo@db/heo"),
        ("HEO_BOT_MASTER_KEY", MASTER),
    ];
    let on_pg = |value: &str| {
        let mut vars = pg.to_vec();
        vars.push(("HEO_BACKOFF_SHARED", value));
        config_from(&vars)
    };
    assert!(config_from(&pg).unwrap().heo_backoff_shared);
    for off in ["false", "0", "no", "NO", ""] {
        let shared = on_pg(off).unwrap().heo_backoff_shared;
        // Empty counts as unset, so it keeps the default.
        assert_eq!(shared, off.is_empty(), "HEO_BACKOFF_SHARED={off:?}");
    }
    for on in ["true", "1", "yes", " True "] {
        assert!(on_pg(on).unwrap().heo_backoff_shared, "{on}");
    }
    let message = on_pg("maybe").unwrap_err().to_string();
    assert!(
        message.starts_with("HEO_BACKOFF_SHARED is invalid: expected true or false"),
        "{message}"
    );

    // SQLite: one process, nothing to share; off and unset are fine, on is refused.
    assert!(
        !config_from(&[("DISCORD_TOKEN", TOKEN)])
            .unwrap()
            .heo_backoff_shared
    );
    let off = config_from(&[("DISCORD_TOKEN", TOKEN), ("HEO_BACKOFF_SHARED", "false")]);
    assert!(!off.unwrap().heo_backoff_shared);
    let message = error_for(&[("DISCORD_TOKEN", TOKEN), ("HEO_BACKOFF_SHARED", "yes")]);
    assert!(
        message.starts_with("HEO_BACKOFF_SHARED is invalid: with SQLite one process"),
        "{message}"
    );
}

#[test]
fn debug_output_never_shows_the_token() {
    let config = config_from(&[("DISCORD_TOKEN", TOKEN)]).unwrap();
    let debug = format!("{config:?}");
    assert!(!debug.contains(TOKEN));
    assert!(debug.contains("[redacted]"));
}

/// The real binary, with an empty environment in an empty folder (so no `.env` is read).
fn run_bot(vars: &[(&str, &str)]) -> std::process::Output {
    let dir = tempfile::tempdir().unwrap();
    Command::new(env!("CARGO_BIN_EXE_heo-bot"))
        .env_clear()
        .envs(vars.iter().copied())
        .current_dir(dir.path())
        .output()
        .unwrap()
}

#[test]
fn the_bot_stops_with_one_clear_line_when_the_token_is_missing() {
    let output = run_bot(&[]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(
        stderr.trim(),
        "heo-bot: DISCORD_TOKEN is not set; copy .env.example to .env and fill it in"
    );
    assert!(!stderr.contains("panicked"));
}

#[test]
fn the_bot_stops_with_one_clear_line_on_an_invalid_setting() {
    let output = run_bot(&[("DISCORD_TOKEN", TOKEN), ("HEO_TIMEOUT_SECS", "soon")]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        stderr.starts_with("heo-bot: HEO_TIMEOUT_SECS is invalid"),
        "{stderr}"
    );
    assert!(!stderr.contains(TOKEN));
}

#[test]
fn the_bot_stops_with_a_clear_line_when_the_database_cannot_be_opened() {
    let output = run_bot(&[
        ("DISCORD_TOKEN", TOKEN),
        (
            "DATABASE_URL",
            "sqlite:///nonexistent-dir-for-heo-bot/x/bot.db",
        ),
        ("DISCORD_API_URL", "http://127.0.0.1:9"),
    ]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("heo-bot: could not open the database"),
        "{stderr}"
    );
    assert!(!stderr.contains("panicked"));
    assert!(!stderr.contains(TOKEN));
}

#[test]
fn the_bot_stops_with_one_clear_line_on_an_unreadable_log_filter() {
    let output = run_bot(&[("DISCORD_TOKEN", TOKEN), ("RUST_LOG", "heo_bot=loud")]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.starts_with("heo-bot: RUST_LOG is invalid"),
        "{stderr}"
    );
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
}

#[test]
fn an_invalid_master_key_names_heo_bot_master_key_and_never_repeats_it() {
    // 24 bytes of base64: valid text, wrong length.
    for bad in ["not-base64!!", "c2hvcnQtbWFzdGVyLWtleS0yNC1ieXRlcw=="] {
        let message = error_for(&[("DISCORD_TOKEN", TOKEN), ("HEO_BOT_MASTER_KEY", bad)]);
        assert!(
            message.starts_with("HEO_BOT_MASTER_KEY is invalid: expected base64"),
            "{message}"
        );
        assert!(!message.contains(bad), "{message}");
        let output = run_bot(&[("DISCORD_TOKEN", TOKEN), ("HEO_BOT_MASTER_KEY", bad)]);
        assert_eq!(output.status.code(), Some(1));
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(
            stderr.starts_with("heo-bot: HEO_BOT_MASTER_KEY is invalid"),
            "{stderr}"
        );
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
        assert!(!stderr.contains(bad), "{stderr}");
    }
    let good = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";
    let config = config_from(&[("DISCORD_TOKEN", TOKEN), ("HEO_BOT_MASTER_KEY", good)]).unwrap();
    assert!(config.master_key.is_some());
    assert!(!format!("{config:?}").contains(&good[..12]), "{config:?}");
}

/// What the binary prints when started with `dot_env` as its `.env` and `env` as its whole
/// environment (it stops at the first invalid setting, before reaching Discord).
fn stderr_with(dot_env: &str, env: &[(&str, &str)]) -> String {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join(".env"), dot_env).unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_heo-bot"))
        .env_clear()
        .envs(env.iter().copied())
        .current_dir(dir.path())
        .output()
        .unwrap();
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn the_real_environment_wins_over_dot_env() {
    // The environment's valid timeout must win over .env's invalid one, so the first
    // setting the bot refuses is the next one it reads, KILL_CONFIRM_TIMEOUT_SECS. Had .env
    // won, the line would name HEO_TIMEOUT_SECS.
    let stderr = stderr_with(
        &format!("DISCORD_TOKEN={TOKEN}\nHEO_TIMEOUT_SECS=from-dotenv\n"),
        &[
            ("HEO_TIMEOUT_SECS", "5"),
            ("KILL_CONFIRM_TIMEOUT_SECS", "0"),
        ],
    );
    // The token came from .env (else it would be "not set").
    assert!(
        stderr.starts_with("heo-bot: KILL_CONFIRM_TIMEOUT_SECS is invalid"),
        "{stderr}"
    );
    assert!(!stderr.contains("from-dotenv"), "{stderr}");
}

#[test]
fn dot_env_fills_in_what_the_real_environment_leaves_unset() {
    // The mirror image of the test above: only .env sets the timeout, so its invalid
    // value is the one refused.
    let stderr = stderr_with(
        &format!("DISCORD_TOKEN={TOKEN}\nHEO_TIMEOUT_SECS=not-a-number\n"),
        &[("KILL_CONFIRM_TIMEOUT_SECS", "0")],
    );
    assert!(
        stderr.starts_with("heo-bot: HEO_TIMEOUT_SECS is invalid"),
        "{stderr}"
    );
    assert!(!stderr.contains("not-a-number"), "{stderr}");
}

#[test]
fn the_bot_stops_with_a_clear_line_when_postgresql_cannot_be_reached_and_never_shows_the_password()
{
    let master = heo_bot::master_key::MasterKey::generate().to_base64();
    let output = run_bot(&[
        ("DISCORD_TOKEN", TOKEN),
        (
            "DATABASE_URL",
            "postgres://heo:hunter2-db-pass@127.0.0.1:1/heo",
        ),
        ("HEO_BOT_MASTER_KEY", master.expose_secret()),
        ("DISCORD_API_URL", "http://127.0.0.1:9"),
    ]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains(
            "heo-bot: could not open the PostgreSQL database at DATABASE_URL; check that the server is running"
        ),
        "{stderr}"
    );
    assert!(!stderr.contains("panicked"));
    assert!(!stderr.contains("hunter2-db-pass"), "{stderr}");
    assert!(!stderr.contains(master.expose_secret()));
}

#[tokio::test]
async fn a_postgresql_database_that_does_not_exist_gets_the_same_clear_line() {
    let test = "config::a_postgresql_database_that_does_not_exist_gets_the_same_clear_line";
    let Some(url) = crate::support::postgres::fresh_database(test).await else {
        return;
    };
    let (server, _) = url.rsplit_once('/').unwrap();
    let missing = format!("{server}/no_such_database");
    let master = heo_bot::master_key::MasterKey::generate().to_base64();
    let output = run_bot(&[
        ("DISCORD_TOKEN", TOKEN),
        ("DATABASE_URL", &missing),
        ("HEO_BOT_MASTER_KEY", master.expose_secret()),
        ("DISCORD_API_URL", "http://127.0.0.1:9"),
    ]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("heo-bot: could not open the PostgreSQL database at DATABASE_URL")
            && stderr.contains("no_such_database"),
        "{stderr}"
    );
}

#[test]
fn sqlite_file_uris_are_refused_because_they_open_a_real_file_the_bot_would_take_for_memory() {
    for url in [
        "sqlite:file:/var/lib/heo-bot/heo-bot.db",
        "sqlite://file:heo-bot.db?mode=rwc",
        " sqlite:file:heo-bot.db",
    ] {
        let message = error_for(&[("DISCORD_TOKEN", TOKEN), ("DATABASE_URL", url)]);
        assert!(
            message.starts_with("DATABASE_URL is invalid: SQLite file: URIs are not supported"),
            "{url}: {message}"
        );
    }
    for url in [
        "sqlite:///var/lib/heo-bot/heo-bot.db",
        "sqlite://heo-bot.db",
        "sqlite:heo-bot.db",
        "sqlite::memory:",
    ] {
        config_from(&[("DISCORD_TOKEN", TOKEN), ("DATABASE_URL", url)])
            .unwrap_or_else(|e| panic!("{url}: {e}"));
    }
}
