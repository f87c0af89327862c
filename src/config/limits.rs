//! The settings that keep one guild from using up what every guild shares:
//! `HEO_GUILD_BUDGET`, `HEO_MAX_CONCURRENT_CALLS` and `ALLOWED_GUILDS`.

use std::collections::BTreeSet;
use std::time::Duration;

use super::ConfigError;
use super::parse::invalid;
use crate::domain::{AllowedGuilds, CallBudget};

/// 30 calls at once, then one every 20 s: more than a community restarting every one of a
/// dozen game servers at once, while one guild alone stays far below what a per-IP limit
/// lets a whole bot send (3 calls a minute once its burst is spent).
pub(super) const DEFAULT_GUILD_BUDGET: CallBudget = CallBudget {
    calls: 30,
    window: Duration::from_secs(600),
};
/// 64 calls under way at once: each holds a task and a socket for at most `HEO_TIMEOUT_SECS`,
/// and an answering HEO frees a place within a second, so 64 is far more than HEO's per-IP
/// limit would let the bot keep busy (and what the benchmark drives at once), while a hanging
/// HEO pins at most 64 sockets.
pub(super) const DEFAULT_MAX_CONCURRENT_CALLS: usize = 64;

/// Most calls a budget may allow per window.
const MAX_BUDGET_CALLS: u32 = 10_000;
/// Longest budget window: a day.
const MAX_BUDGET_WINDOW: Duration = Duration::from_secs(24 * 3600);
/// Most calls under way at once we accept.
const MAX_CONCURRENT_CALLS: usize = 4096;

/// `HEO_GUILD_BUDGET=<calls>/<window>` (`30/10m`; the window in `s`, `m` or `h`), or `off`.
/// `None`: no budget per guild.
pub(super) fn parse_guild_budget(value: Option<String>) -> Result<Option<CallBudget>, ConfigError> {
    let Some(value) = value else {
        return Ok(Some(DEFAULT_GUILD_BUDGET));
    };
    let value = value.trim();
    if value.eq_ignore_ascii_case("off") {
        return Ok(None);
    }
    let budget = value.split_once('/').and_then(|(calls, window)| {
        let calls = calls.trim().parse::<u32>().ok()?;
        let window = parse_window(window.trim())?;
        let fits = (1..=MAX_BUDGET_CALLS).contains(&calls) && window <= MAX_BUDGET_WINDOW;
        fits.then_some(CallBudget { calls, window })
    });
    budget.map(Some).ok_or_else(|| {
        invalid(
            "HEO_GUILD_BUDGET",
            &format!(
                "expected the calls to HEO one Discord server may make per window, such as \
                 30/10m (1 to {MAX_BUDGET_CALLS} calls; the window in s, m or h, at most 24h), \
                 or off"
            ),
        )
    })
}

/// `90s`, `10m`, `1h`: a whole, non-zero number with its unit.
fn parse_window(text: &str) -> Option<Duration> {
    let unit_at = text.len().checked_sub(1)?;
    let (number, unit) = text.split_at_checked(unit_at)?;
    let secs_per = match unit {
        "s" => 1,
        "m" => 60,
        "h" => 3600,
        _ => return None,
    };
    let number = number.parse::<u64>().ok().filter(|n| *n > 0)?;
    number.checked_mul(secs_per).map(Duration::from_secs)
}

/// `HEO_MAX_CONCURRENT_CALLS`: how many provider calls may be under way at once.
pub(super) fn parse_max_concurrent_calls(value: Option<String>) -> Result<usize, ConfigError> {
    let Some(value) = value else {
        return Ok(DEFAULT_MAX_CONCURRENT_CALLS);
    };
    match value.trim().parse::<usize>() {
        Ok(max) if (1..=MAX_CONCURRENT_CALLS).contains(&max) => Ok(max),
        _ => Err(invalid(
            "HEO_MAX_CONCURRENT_CALLS",
            &format!(
                "expected a whole number of calls to HEO under way at once, from 1 to \
                 {MAX_CONCURRENT_CALLS}"
            ),
        )),
    }
}

/// `ALLOWED_GUILDS`: comma-separated guild IDs; unset serves every guild.
pub(super) fn parse_allowed_guilds(value: Option<String>) -> Result<AllowedGuilds, ConfigError> {
    let Some(value) = value else {
        return Ok(AllowedGuilds::Every);
    };
    let ids: Option<BTreeSet<u64>> = value
        .split(',')
        .map(str::trim)
        .filter(|id| !id.is_empty())
        .map(|id| id.parse::<u64>().ok().filter(|id| *id > 0))
        .collect();
    match ids {
        Some(ids) if !ids.is_empty() => Ok(AllowedGuilds::Only(ids)),
        _ => Err(invalid(
            "ALLOWED_GUILDS",
            "expected numeric server IDs separated by commas, such as \
             123456789012345678,234567890123456789 (right-click a server in Discord → Copy \
             Server ID), or nothing to serve every server",
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_window_is_a_whole_non_zero_number_of_seconds_minutes_or_hours() {
        let secs = Duration::from_secs;
        assert_eq!(parse_window("90s"), Some(secs(90)));
        assert_eq!(parse_window("10m"), Some(secs(600)));
        assert_eq!(parse_window("2h"), Some(secs(7200)));
        for bad in [
            "",
            "m",
            "0m",
            "10",
            "1.5m",
            "-1m",
            "10M",
            "10 m",
            "1d",
            "é",
            "18446744073709551615h",
        ] {
            assert_eq!(parse_window(bad), None, "{bad}");
        }
    }
}
