//! Why the bot could not start or stopped early, as the operator reads it.

use poise::serenity_prelude as serenity;

use crate::commands::DiscordError;
use crate::master_key::UnlockError;
use crate::sharding::Shards;
use crate::store::ClaimError;

/// Why the bot could not start or stopped early. `Display` is the line the operator reads.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    /// The database could not be opened, or its master key is wrong or missing.
    #[error(transparent)]
    Unlock(#[from] UnlockError),
    /// The HTTP client could not be built (no usable TLS roots on this machine).
    #[error("could not set up the HTTP client for HEO")]
    HttpClient(#[source] reqwest::Error),
    /// Discord refused `DISCORD_TOKEN`.
    #[error(
        "Discord rejected DISCORD_TOKEN; copy a fresh token from the Bot page of your Discord application"
    )]
    InvalidToken,
    /// Discord refused the slash-command registration, or kept failing it through the retries
    /// (the log has its answer). The actions under way were finished first.
    #[error(
        "the slash-command registration with Discord failed; see the log line above for Discord's answer"
    )]
    Registration,
    /// Discord requires more shards than this process runs (a shard could not stay
    /// connected, as when Discord closes it with 4011 "Sharding required"). The actions under
    /// way were finished first.
    #[error(
        "Discord requires more shards than this process runs (it recommends {recommended}, heo-bot runs {total}) and a shard could not stay connected; unset SHARD_COUNT to follow Discord's recommendation, or raise it to at least {recommended}, then start heo-bot again"
    )]
    ShardingRequired { recommended: u32, total: u32 },
    /// The same, for one of several processes (`SHARDS`): the shard count must grow in all.
    #[error(
        "Discord requires more shards than SHARD_COUNT (it recommends {recommended}, SHARD_COUNT is {total}) and a shard could not stay connected; stop every heo-bot process, raise SHARD_COUNT to at least {recommended} in all of them and divide the shards anew with SHARDS, then start them again"
    )]
    ShardingRequiredInRange { recommended: u32, total: u32 },
    /// Another process on the same PostgreSQL database already runs some of this process's
    /// shards.
    #[error(
        "shards {taken} are already run by another heo-bot process on this database; give each process its own SHARDS range (for example SHARDS=0-1 in one and SHARDS=2-3 in the other, with SHARD_COUNT=4 in both), or stop the other process first"
    )]
    ShardsTaken { taken: String },
    /// Another process on the same database runs with another `SHARD_COUNT`.
    #[error(
        "another heo-bot process on this database runs with SHARD_COUNT={theirs}, this one with {ours}; every process sharing a database must use the same SHARD_COUNT"
    )]
    ShardCountMismatch { theirs: u32, ours: u32 },
    /// `heo-bot rotate-master-key` is running on the same database.
    #[error(
        "a master key rotation is running on this database; start heo-bot again when it has finished, with the new HEO_BOT_MASTER_KEY"
    )]
    Rotating,
    /// The shards could not be claimed because the database failed.
    #[error("could not claim this process's shards in the database")]
    Claim(#[source] crate::store::StoreError),
    /// The database connection holding this process's shards was lost: another process
    /// could take them, so this one stopped (after finishing the actions under way).
    #[error(
        "lost the database connection that holds this process's shards, so stopped before another process could run them too; check the database, then start heo-bot again"
    )]
    ClaimLost,
    /// The thread that watches the shards could not be started (the system refused a thread).
    #[error("could not start the shard watchdog thread")]
    Watchdog(#[source] std::io::Error),
    /// `METRICS_ADDR` could not be listened on: the port is taken, or not this machine's.
    #[error(transparent)]
    MetricsListener(#[from] crate::health::BindError),
    /// Discord's gateway closed a shard with 4013 (Invalid intents) or 4014 (Disallowed
    /// intents). heo-bot asks only for GUILDS, which needs no approval, so the gateway is not
    /// the one heo-bot expects. The actions under way were finished first.
    #[error(
        "Discord's gateway refused the intents heo-bot asks for (GUILDS, which needs no approval); if DISCORD_API_URL is set, check that it leads to Discord's API, else try again later"
    )]
    IntentsRefused,
    /// `GET /gateway/bot` was answered with a refusal that retrying cannot change (other than
    /// a refused token): most often a `DISCORD_API_URL` that is not a Discord API.
    #[error(
        "{place} answered {status} when asked where Discord's gateway is (GET /api/v10/gateway/bot){message}; check DISCORD_API_URL, or unset it to use Discord itself"
    )]
    GatewayRefused {
        place: String,
        status: u16,
        /// Discord's message, after ": ", or nothing.
        message: String,
    },
    /// Discord (or `DISCORD_API_URL`) could not be reached or failed.
    #[error("the connection to Discord failed; check the network and DISCORD_API_URL if set")]
    Discord(#[source] serenity::Error),
}

pub(super) fn claim_error(error: ClaimError, shards: Shards) -> StartError {
    match error {
        ClaimError::Taken(taken) => StartError::ShardsTaken {
            taken: taken
                .iter()
                .map(u32::to_string)
                .collect::<Vec<_>>()
                .join(", "),
        },
        ClaimError::OtherShardCount { theirs } => StartError::ShardCountMismatch {
            theirs,
            ours: shards.total,
        },
        ClaimError::Rotating | ClaimError::BotsRunning => StartError::Rotating,
        ClaimError::Store(error) => StartError::Claim(error),
    }
}

/// Why asking for the gateway at start failed for good (see `sharding::reach`).
pub(super) fn gateway_refused(error: serenity::Error, place: &str) -> StartError {
    match &error {
        serenity::Error::Http(serenity::HttpError::UnsuccessfulRequest(answer))
            if DiscordError::of(&error) != DiscordError::InvalidToken =>
        {
            let message = answer.error.message.trim();
            StartError::GatewayRefused {
                place: place.to_owned(),
                status: answer.status_code.as_u16(),
                message: if message.is_empty() {
                    String::new()
                } else {
                    format!(": {message}")
                },
            }
        }
        _ => discord_error(error),
    }
}

pub(super) fn discord_error(error: serenity::Error) -> StartError {
    if let serenity::Error::Gateway(
        serenity::GatewayError::InvalidGatewayIntents
        | serenity::GatewayError::DisallowedGatewayIntents,
    ) = error
    {
        return StartError::IntentsRefused;
    }
    match DiscordError::of(&error) {
        DiscordError::InvalidToken => StartError::InvalidToken,
        _ => StartError::Discord(error),
    }
}
