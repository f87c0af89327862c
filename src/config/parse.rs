//! Reading one setting each: a value that cannot be used names its variable and says what
//! was expected, never repeating a secret.

use std::time::Duration;

use secrecy::SecretString;
use url::Url;

use super::{ConfigError, ShardRange};
use crate::store::Backend;

const DEFAULT_DATABASE_URL: &str = "sqlite://heo-bot.db";
/// Most shards we start: Discord's largest bots run a few thousand.
const MAX_SHARD_COUNT: u32 = 10_000;

pub(super) fn parse_token(value: Option<String>) -> Result<SecretString, ConfigError> {
    const VAR: &str = "DISCORD_TOKEN";
    let value = value.ok_or(ConfigError::Missing { var: VAR })?;
    let token = value.trim();
    // Users often paste "Bot <token>" from examples; serenity adds the prefix itself.
    let token = token.strip_prefix("Bot ").unwrap_or(token);
    if token.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(invalid(VAR, "it contains spaces or control characters"));
    }
    // A Discord bot token has three dot-separated parts. The reason never echoes the value.
    if token.split('.').count() != 3 || token.split('.').any(str::is_empty) {
        return Err(invalid(
            VAR,
            "it does not look like a bot token (copy it from the Bot page of your Discord application)",
        ));
    }
    Ok(SecretString::from(token.to_owned()))
}

pub(super) fn parse_database_url(value: Option<String>) -> Result<String, ConfigError> {
    let url = value.unwrap_or_else(|| DEFAULT_DATABASE_URL.to_owned());
    let url = url.trim();
    if Backend::of(url).is_none() {
        return Err(invalid(
            "DATABASE_URL",
            "expected a SQLite URL such as sqlite://heo-bot.db, or a PostgreSQL URL such as \
             postgres://heo@db.example/heo",
        ));
    }
    let sqlite_path = url
        .strip_prefix("sqlite://")
        .or_else(|| url.strip_prefix("sqlite:"));
    if sqlite_path.is_some_and(|path| path.starts_with("file:")) {
        // sqlx passes a `file:` URI on to SQLite, which opens the file it names: the bot
        // would take it for an in-memory database, with no lock and a new master key at
        // every start.
        return Err(invalid(
            "DATABASE_URL",
            "SQLite file: URIs are not supported; write the path as \
             sqlite:///var/lib/heo-bot/heo-bot.db (absolute) or sqlite://heo-bot.db (relative)",
        ));
    }
    Ok(url.to_owned())
}

/// `url` for a log line, `Debug` or the operator's terminal: a PostgreSQL URL's password
/// replaced, whether in the user part or in a `password=` parameter (sqlx reads both).
pub(crate) fn redacted_database_url(url: &str) -> String {
    let Ok(mut parsed) = Url::parse(url) else {
        return "[unparsable]".to_owned();
    };
    let in_user_part = parsed.password().is_some();
    let in_query = parsed.query_pairs().any(|(name, _)| name == "password");
    if !in_user_part && !in_query {
        return url.to_owned();
    }
    if in_user_part {
        // Only fails for URLs that cannot have a password, which this one has.
        let _ = parsed.set_password(Some("redacted"));
    }
    if in_query {
        let pairs: Vec<(String, String)> = parsed
            .query_pairs()
            .map(|(name, value)| {
                let value = if name == "password" {
                    "redacted".into()
                } else {
                    value
                };
                (name.into_owned(), value.into_owned())
            })
            .collect();
        parsed.query_pairs_mut().clear().extend_pairs(pairs);
    }
    parsed.to_string()
}

/// `SHARDS=a-b`: the first and last shard (inclusive) this process runs, out of `total`.
pub(super) fn parse_shard_range(value: &str, total: u32) -> Result<ShardRange, ConfigError> {
    let expected = || {
        invalid(
            "SHARDS",
            &format!(
                "expected the first and last shard this process runs, both included, such as \
                 0-1; shards are numbered from 0 to {} (SHARD_COUNT minus one)",
                total - 1
            ),
        )
    };
    let (first, last) = value.trim().split_once('-').ok_or_else(expected)?;
    let first: u32 = first.trim().parse().map_err(|_| expected())?;
    let last: u32 = last.trim().parse().map_err(|_| expected())?;
    if first > last || last >= total {
        return Err(expected());
    }
    Ok(ShardRange { first, last })
}

pub(super) fn parse_http_url(var: &'static str, value: &str) -> Result<Url, ConfigError> {
    let url = Url::parse(value.trim())
        .map_err(|_| invalid(var, "expected a URL such as https://example.com"))?;
    if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none() {
        return Err(invalid(var, "expected an http:// or https:// URL"));
    }
    if url.query().is_some() || url.fragment().is_some() {
        return Err(invalid(var, "expected a base URL without ? or #"));
    }
    Ok(url)
}

pub(super) fn parse_secs(
    var: &'static str,
    value: Option<String>,
    default: u64,
    max: u64,
) -> Result<Duration, ConfigError> {
    let Some(value) = value else {
        return Ok(Duration::from_secs(default));
    };
    let secs = from_one_to(&value, max).ok_or_else(|| {
        invalid(
            var,
            &format!("expected a whole number of seconds from 1 to {max}"),
        )
    })?;
    Ok(Duration::from_secs(secs))
}

/// Like [`parse_secs`], but 0 is accepted too (it turns the setting off).
pub(super) fn parse_secs_or_zero(
    var: &'static str,
    value: Option<String>,
    default: u64,
    max: u64,
) -> Result<Duration, ConfigError> {
    match value.as_deref().map(|v| v.trim().parse::<u64>()) {
        Some(Ok(0)) => Ok(Duration::ZERO),
        _ => parse_secs(var, value, default, max).map_err(|_| {
            invalid(
                var,
                &format!("expected a whole number of seconds from 0 (off) to {max}"),
            )
        }),
    }
}

pub(super) fn parse_days(
    var: &'static str,
    value: Option<String>,
    default: u32,
    max: u32,
) -> Result<u32, ConfigError> {
    let Some(value) = value else {
        return Ok(default);
    };
    from_one_to(&value, max).ok_or_else(|| {
        invalid(
            var,
            &format!("expected a whole number of days from 1 to {max}"),
        )
    })
}

pub(super) fn parse_guild_id(value: String) -> Result<u64, ConfigError> {
    match value.trim().parse::<u64>() {
        Ok(id) if id > 0 => Ok(id),
        _ => Err(invalid(
            "DEV_GUILD_ID",
            "expected a numeric server ID (right-click the server in Discord → Copy Server ID)",
        )),
    }
}

pub(super) fn parse_shard_count(value: String) -> Result<u32, ConfigError> {
    from_one_to(&value, MAX_SHARD_COUNT).ok_or_else(|| {
        invalid(
            "SHARD_COUNT",
            &format!(
                "expected a whole number of shards from 1 to {MAX_SHARD_COUNT}, or nothing to \
                 follow Discord's recommendation"
            ),
        )
    })
}

/// `METRICS_ADDR`: an IP address and port, such as `127.0.0.1:9464`. A host name is refused
/// rather than resolved: which interface the listener opens on must not depend on DNS.
pub(super) fn parse_metrics_addr(value: String) -> Result<std::net::SocketAddr, ConfigError> {
    value.trim().parse().map_err(|_| {
        invalid(
            "METRICS_ADDR",
            "expected an IP address and port such as 127.0.0.1:9464 (or [::1]:9464), or \
             nothing to serve no metrics",
        )
    })
}

/// `HEO_BACKOFF_SHARED`: whether a 429 pauses every process on the database. Unset, it is on
/// with PostgreSQL, where processes often share one egress IP and so one HEO budget (backing
/// off together costs little; a 429 storm can get the IP banned), and off with SQLite, where
/// there is no other process to share with, so asking for it there is refused.
pub(super) fn parse_backoff_shared(
    value: Option<String>,
    postgres: bool,
) -> Result<bool, ConfigError> {
    const VAR: &str = "HEO_BACKOFF_SHARED";
    let Some(value) = value else {
        return Ok(postgres);
    };
    let shared = parse_bool(&value).ok_or_else(|| invalid(VAR, "expected true or false"))?;
    if shared && !postgres {
        return Err(invalid(
            VAR,
            "with SQLite one process sends every action, so there is no back-off to share; set it to false or leave it unset, or use a PostgreSQL DATABASE_URL",
        ));
    }
    Ok(shared)
}

/// `true`/`false`, also `1`/`0` and `yes`/`no`, in any case.
fn parse_bool(value: &str) -> Option<bool> {
    match value.trim().to_ascii_lowercase().as_str() {
        "true" | "1" | "yes" => Some(true),
        "false" | "0" | "no" => Some(false),
        _ => None,
    }
}

/// `value` as a whole number from 1 to `max`, if it is one.
fn from_one_to<T>(value: &str, max: T) -> Option<T>
where
    T: std::str::FromStr + PartialOrd + From<u8>,
{
    let number = value.trim().parse::<T>().ok()?;
    (number >= T::from(1) && number <= max).then_some(number)
}

pub(super) fn invalid(var: &'static str, reason: &str) -> ConfigError {
    ConfigError::Invalid {
        var,
        reason: reason.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bool_is_true_false_1_0_yes_or_no_in_any_case() {
        for yes in ["true", "TRUE", " 1 ", "yes", "Yes"] {
            assert_eq!(parse_bool(yes), Some(true), "{yes}");
        }
        for no in ["false", "False", "0", "no", " NO"] {
            assert_eq!(parse_bool(no), Some(false), "{no}");
        }
        for neither in ["", "on", "2", "y", "truthy"] {
            assert_eq!(parse_bool(neither), None, "{neither}");
        }
    }
}
