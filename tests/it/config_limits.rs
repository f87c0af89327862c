//! The settings that keep one guild from using up what every guild shares:
//! `HEO_GUILD_BUDGET`, `HEO_MAX_CONCURRENT_CALLS` and `ALLOWED_GUILDS`.

use std::collections::{BTreeSet, HashMap};
use std::time::Duration;

use heo_bot::config::{Config, ConfigError};
use heo_bot::domain::{AllowedGuilds, CallBudget};

use crate::config::TOKEN;

/// The configuration with a valid token and `var` set to `value`.
fn with(var: &str, value: &str) -> Result<Config, ConfigError> {
    let vars = HashMap::from([("DISCORD_TOKEN", TOKEN), (var, value)]);
    Config::from_lookup(|name| vars.get(name).map(|v| (*v).to_owned()))
}

fn budget(calls: u32, secs: u64) -> Option<CallBudget> {
    Some(CallBudget {
        calls,
        window: Duration::from_secs(secs),
    })
}

#[test]
fn unset_each_guild_gets_30_calls_per_10_minutes_64_calls_run_at_once_and_every_guild_is_served() {
    let config = with("UNRELATED", "x").unwrap();
    assert_eq!(config.guild_budget, budget(30, 600));
    assert_eq!(config.max_concurrent_calls, 64);
    assert_eq!(config.allowed_guilds, AllowedGuilds::Every);
}

#[test]
fn a_guild_budget_is_calls_per_window_in_seconds_minutes_or_hours_or_off() {
    let cases = [
        ("20/10m", budget(20, 600)),
        (" 1 / 90s ", budget(1, 90)),
        ("10000/24h", budget(10_000, 86_400)),
        ("off", None),
        ("OFF", None),
    ];
    for (value, expected) in cases {
        let config = with("HEO_GUILD_BUDGET", value).unwrap();
        assert_eq!(config.guild_budget, expected, "{value}");
    }
}

#[test]
fn a_malformed_guild_budget_names_the_variable_and_shows_the_form() {
    for bad in [
        "20", "20/", "/10m", "0/10m", "20/0m", "20/10", "20/10d", "x/10m", "-1/10m", "20/25h",
        "10001/1h", "20/10m/1", "none",
    ] {
        let error = with("HEO_GUILD_BUDGET", bad).unwrap_err().to_string();
        assert!(
            error.starts_with("HEO_GUILD_BUDGET is invalid"),
            "{bad}: {error}"
        );
        assert!(error.contains("30/10m") && error.contains("off"), "{error}");
    }
}

#[test]
fn the_cap_on_calls_under_way_is_a_whole_number_from_1_to_4096() {
    for (value, expected) in [("1", 1), (" 32 ", 32), ("4096", 4096)] {
        let config = with("HEO_MAX_CONCURRENT_CALLS", value).unwrap();
        assert_eq!(config.max_concurrent_calls, expected, "{value}");
    }
    for bad in ["0", "4097", "-1", "lots", "1.5"] {
        let error = with("HEO_MAX_CONCURRENT_CALLS", bad)
            .unwrap_err()
            .to_string();
        assert!(
            error.starts_with("HEO_MAX_CONCURRENT_CALLS is invalid") && error.contains("4096"),
            "{bad}: {error}"
        );
    }
}

#[test]
fn allowed_guilds_are_ids_separated_by_commas() {
    let config = with("ALLOWED_GUILDS", "123456789012345678, 2,,3 ,").unwrap();
    let listed = BTreeSet::from([123_456_789_012_345_678, 2, 3]);
    assert_eq!(config.allowed_guilds, AllowedGuilds::Only(listed));
    // Blank counts as unset, as for every variable.
    let config = with("ALLOWED_GUILDS", "  ").unwrap();
    assert_eq!(config.allowed_guilds, AllowedGuilds::Every);
}

#[test]
fn a_malformed_guild_id_in_allowed_guilds_names_the_variable() {
    for bad in [
        "my-guild",
        "1;2",
        "0",
        "1,two",
        ",",
        "-5",
        "18446744073709551616",
    ] {
        let error = with("ALLOWED_GUILDS", bad).unwrap_err().to_string();
        assert!(
            error.starts_with("ALLOWED_GUILDS is invalid"),
            "{bad}: {error}"
        );
        assert!(error.contains("separated by commas"), "{error}");
    }
}
