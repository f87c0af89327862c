//! Configuration, read once at start from the environment (and `.env`, which dotenvy loads
//! in `main` without overriding the real environment).
//!
//! Tests build [`Config`] through [`Config::from_lookup`] with their own variables instead of
//! touching the process environment.

use std::fmt;
use std::net::SocketAddr;
use std::time::Duration;

use secrecy::SecretString;
use url::Url;

use crate::domain::{AllowedGuilds, CallBudget};
use crate::master_key::MasterKey;

mod limits;
mod parse;

pub(crate) use parse::redacted_database_url;
use parse::{
    invalid, parse_backoff_shared, parse_database_url, parse_days, parse_guild_id, parse_http_url,
    parse_metrics_addr, parse_secs, parse_secs_or_zero, parse_shard_count, parse_shard_range,
    parse_token,
};

use crate::store::Backend;

const DEFAULT_HEO_API_URL: &str = "https://api.heo-systems.net";
const DEFAULT_HEO_TIMEOUT_SECS: u64 = 10;
const DEFAULT_KILL_CONFIRM_SECS: u64 = 60;
const DEFAULT_POWER_COOLDOWN_SECS: u64 = 5;
const DEFAULT_SHUTDOWN_GRACE_SECS: u64 = 10;
const DEFAULT_AUDIT_RETENTION_DAYS: u32 = 90;

/// Longest provider timeout we accept: Discord interaction tokens die after 15 minutes.
const MAX_HEO_TIMEOUT_SECS: u64 = 600;
/// Longest kill prompt we accept, for the same reason.
const MAX_KILL_CONFIRM_SECS: u64 = 600;
/// Longest member cooldown we accept: an hour between actions is already more than useful.
const MAX_POWER_COOLDOWN_SECS: u64 = 3600;
/// Longest wait for running actions at shutdown: service managers kill a process that
/// lingers (systemd after 90 s by default), so a longer wait would never be honoured.
const MAX_SHUTDOWN_GRACE_SECS: u64 = 60;
/// Longest audit retention we accept: ten years.
const MAX_AUDIT_RETENTION_DAYS: u32 = 3650;

/// Everything the bot needs to run, validated.
#[derive(Clone)]
pub struct Config {
    pub discord_token: SecretString,
    pub database_url: String,
    pub heo_api_url: Url,
    pub heo_timeout: Duration,
    /// Base URL of a Discord-compatible REST API (a REST proxy or a local test server).
    pub discord_api_url: Option<Url>,
    /// Register commands in this guild only (instant), instead of globally.
    pub dev_guild_id: Option<u64>,
    /// How long a `/server kill` confirmation prompt stays usable.
    pub kill_confirm_timeout: Duration,
    /// How long a member waits between two power actions sent to HEO (zero: no wait).
    pub power_cooldown: Duration,
    /// Whether a 429 pauses every bot process on the database (`HEO_BACKOFF_SHARED`; only
    /// ever true with PostgreSQL).
    pub heo_backoff_shared: bool,
    /// How long a shutdown waits for power actions already sent to finish.
    pub shutdown_grace: Duration,
    /// How many days audit entries are kept before they are pruned.
    pub audit_retention_days: u32,
    /// How many provider calls each guild may make (`HEO_GUILD_BUDGET`; `None`: no limit).
    pub guild_budget: Option<CallBudget>,
    /// How many provider calls may be under way at once (`HEO_MAX_CONCURRENT_CALLS`).
    pub max_concurrent_calls: usize,
    /// The guilds the bot serves (`ALLOWED_GUILDS`); it leaves any other.
    pub allowed_guilds: AllowedGuilds,
    /// From `HEO_BOT_MASTER_KEY`; when `None`, the key file beside the database is used.
    pub master_key: Option<MasterKey>,
    /// How many shards to start; `None` follows Discord's recommendation.
    pub shard_count: Option<u32>,
    /// The shards this process runs (`SHARDS`), when it runs only some of `shard_count`;
    /// `None`: all of them.
    pub shards: Option<ShardRange>,
    /// Where `/healthz`, `/readyz` and `/metrics` are served (`METRICS_ADDR`); `None`: nowhere.
    pub metrics_addr: Option<SocketAddr>,
}

/// The shards one process runs, `first` to `last` included, out of `total`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ShardRange {
    pub first: u32,
    pub last: u32,
}

impl ShardRange {
    /// How many shards this is (never none).
    pub fn count(&self) -> u32 {
        self.last - self.first + 1
    }

    /// Whether `shard` is one of them.
    pub fn contains(&self, shard: u32) -> bool {
        (self.first..=self.last).contains(&shard)
    }
}

impl fmt::Display for ShardRange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{}", self.first, self.last)
    }
}

impl Config {
    /// Which database `DATABASE_URL` names.
    pub fn backend(&self) -> Backend {
        Backend::of(&self.database_url).unwrap_or(Backend::Sqlite)
    }
}

// Hand-written so the token can never be printed, even by a future `{:?}` in a log line.
impl fmt::Debug for Config {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Config")
            .field("discord_token", &"[redacted]")
            .field("database_url", &redacted_database_url(&self.database_url))
            .field("heo_api_url", &self.heo_api_url.as_str())
            .field("heo_timeout", &self.heo_timeout)
            .field(
                "discord_api_url",
                &self.discord_api_url.as_ref().map(Url::as_str),
            )
            .field("dev_guild_id", &self.dev_guild_id)
            .field("kill_confirm_timeout", &self.kill_confirm_timeout)
            .field("power_cooldown", &self.power_cooldown)
            .field("heo_backoff_shared", &self.heo_backoff_shared)
            .field("shutdown_grace", &self.shutdown_grace)
            .field("audit_retention_days", &self.audit_retention_days)
            .field("guild_budget", &self.guild_budget)
            .field("max_concurrent_calls", &self.max_concurrent_calls)
            .field("allowed_guilds", &self.allowed_guilds)
            .field(
                "master_key",
                &self.master_key.as_ref().map(|_| "[redacted]"),
            )
            .field("shard_count", &self.shard_count)
            .field("shards", &self.shards)
            .field("metrics_addr", &self.metrics_addr)
            .finish()
    }
}

/// A setting that stops the bot at start. Its `Display` names the variable and never
/// repeats a secret value.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ConfigError {
    /// A required variable is unset or empty.
    #[error("{var} is not set; copy .env.example to .env and fill it in")]
    Missing { var: &'static str },
    /// A variable is set to something unusable; `reason` says what was expected.
    #[error("{var} is invalid: {reason} (see .env.example)")]
    Invalid { var: &'static str, reason: String },
}

impl Config {
    /// Reads the process environment.
    pub fn from_env() -> Result<Self, ConfigError> {
        Self::from_lookup(|name| std::env::var(name).ok())
    }

    /// Reads settings through `lookup`, which returns a variable's value if it is set.
    pub fn from_lookup(lookup: impl Fn(&str) -> Option<String>) -> Result<Self, ConfigError> {
        // An empty value counts as unset, as it does in most .env files.
        let get = |name: &str| lookup(name).filter(|v| !v.trim().is_empty());

        let discord_token = parse_token(get("DISCORD_TOKEN"))?;
        let database_url = parse_database_url(get("DATABASE_URL"))?;
        let heo_api_url = parse_http_url(
            "HEO_API_URL",
            &get("HEO_API_URL").unwrap_or_else(|| DEFAULT_HEO_API_URL.to_owned()),
        )?;
        let heo_timeout = parse_secs(
            "HEO_TIMEOUT_SECS",
            get("HEO_TIMEOUT_SECS"),
            DEFAULT_HEO_TIMEOUT_SECS,
            MAX_HEO_TIMEOUT_SECS,
        )?;
        let discord_api_url = get("DISCORD_API_URL")
            .map(|v| parse_http_url("DISCORD_API_URL", &v))
            .transpose()?;
        let dev_guild_id = get("DEV_GUILD_ID").map(parse_guild_id).transpose()?;
        let kill_confirm_timeout = parse_secs(
            "KILL_CONFIRM_TIMEOUT_SECS",
            get("KILL_CONFIRM_TIMEOUT_SECS"),
            DEFAULT_KILL_CONFIRM_SECS,
            MAX_KILL_CONFIRM_SECS,
        )?;
        let power_cooldown = parse_secs_or_zero(
            "POWER_COOLDOWN_SECS",
            get("POWER_COOLDOWN_SECS"),
            DEFAULT_POWER_COOLDOWN_SECS,
            MAX_POWER_COOLDOWN_SECS,
        )?;
        let shutdown_grace = parse_secs(
            "SHUTDOWN_GRACE_SECS",
            get("SHUTDOWN_GRACE_SECS"),
            DEFAULT_SHUTDOWN_GRACE_SECS,
            MAX_SHUTDOWN_GRACE_SECS,
        )?;
        let audit_retention_days = parse_days(
            "AUDIT_RETENTION_DAYS",
            get("AUDIT_RETENTION_DAYS"),
            DEFAULT_AUDIT_RETENTION_DAYS,
            MAX_AUDIT_RETENTION_DAYS,
        )?;
        let guild_budget = limits::parse_guild_budget(get("HEO_GUILD_BUDGET"))?;
        let max_concurrent_calls =
            limits::parse_max_concurrent_calls(get("HEO_MAX_CONCURRENT_CALLS"))?;
        let allowed_guilds = limits::parse_allowed_guilds(get("ALLOWED_GUILDS"))?;

        let master_key = get("HEO_BOT_MASTER_KEY")
            .map(|value| {
                MasterKey::from_base64(&value)
                    .map_err(|reason| invalid("HEO_BOT_MASTER_KEY", &reason.to_string()))
            })
            .transpose()?;
        let shard_count = get("SHARD_COUNT").map(parse_shard_count).transpose()?;
        let metrics_addr = get("METRICS_ADDR").map(parse_metrics_addr).transpose()?;
        let postgres = Backend::of(&database_url) == Some(Backend::Postgres);
        if postgres && master_key.is_none() {
            // There is no folder beside a remote database to keep a key file in, and every
            // process sharing it needs the same key.
            return Err(invalid(
                "HEO_BOT_MASTER_KEY",
                "it is required with a PostgreSQL DATABASE_URL, the same in every process; \
                 create one with `heo-bot new-master-key`",
            ));
        }
        let heo_backoff_shared = parse_backoff_shared(get("HEO_BACKOFF_SHARED"), postgres)?;
        let shards = match (get("SHARDS"), shard_count) {
            (None, _) => None,
            (Some(_), None) => {
                return Err(invalid(
                    "SHARDS",
                    "it needs SHARD_COUNT too: the total number of shards over all processes",
                ));
            }
            (Some(_), Some(_)) if !postgres => {
                return Err(invalid(
                    "SHARDS",
                    "with SQLite one process runs every shard; to split shards over several \
                     processes, use a PostgreSQL DATABASE_URL",
                ));
            }
            (Some(value), Some(total)) => Some(parse_shard_range(&value, total)?),
        };

        Ok(Self {
            discord_token,
            database_url,
            heo_api_url,
            heo_timeout,
            discord_api_url,
            dev_guild_id,
            kill_confirm_timeout,
            power_cooldown,
            heo_backoff_shared,
            shutdown_grace,
            audit_retention_days,
            guild_budget,
            max_concurrent_calls,
            allowed_guilds,
            master_key,
            shard_count,
            shards,
            metrics_addr,
        })
    }
}
