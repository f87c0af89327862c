//! Wires the store, the provider client and the Discord client together and runs them
//! until the shutdown signal.

use std::future::Future;
use std::time::Duration;

use poise::serenity_prelude as serenity;

use crate::clock::Clock;
use crate::commands::{self, Data, DiscordError, RegistrationFailed};
use crate::config::Config;
use crate::countdown::Countdowns;
use crate::heo::HeoClient;
use crate::master_key::{self, UnlockError};
use crate::power::{KillPrompts, Power};
use crate::schedule::Schedules;
use crate::sharding::{self, Outgrown, Recommendation, Shards, Watchdog};
use crate::shutdown::{Alarm, Drain};
use crate::store::ClaimError;

/// How often old audit entries are pruned.
const AUDIT_PRUNE_PERIOD: Duration = Duration::from_secs(3600);

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
    /// Discord (or `DISCORD_API_URL`) could not be reached or failed.
    #[error("the connection to Discord failed; check the network and DISCORD_API_URL if set")]
    Discord(#[source] serenity::Error),
}

/// Runs the bot until `shutdown` completes, the command registration fails for good, or the
/// Discord connection fails for good.
pub async fn run(
    config: Config,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> Result<(), StartError> {
    run_with_clock(config, Clock::System, shutdown).await
}

/// [`run`], with countdowns and schedules reading `clock` (tests drive one by hand).
pub async fn run_with_clock(
    config: Config,
    clock: Clock,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> Result<(), StartError> {
    let mut health = crate::health::Health::bind(config.metrics_addr).await?;
    let store = master_key::unlock(&config.database_url, config.master_key.as_ref())
        .await?
        .store;
    let heo =
        HeoClient::new(&config.heo_api_url, config.heo_timeout).map_err(StartError::HttpClient)?;
    let drain = Drain::new();
    let power = Power::new(store.clone(), heo)
        .with_metrics(health.metrics().clone())
        .with_cooldown(config.power_cooldown)
        .with_guild_budget(config.guild_budget)
        .with_max_concurrent_calls(config.max_concurrent_calls)
        .with_shared_backoff(config.heo_backoff_shared);
    let pruning = tokio::spawn({
        let (power, retention_days) = (power.clone(), config.audit_retention_days);
        async move {
            power
                .audit()
                .prune_every(retention_days, AUDIT_PRUNE_PERIOD)
                .await
        }
    });
    let schedules = Schedules::new(store.clone(), clock.clone());
    let power_desk = power.clone();
    let countdowns = Countdowns::new(store.clone(), power.clone(), clock.clone(), drain.clone());
    let _serving_until_run_returns = health.serve(&store, &drain, power.sampler());
    let data = Data {
        power,
        kill_prompts: KillPrompts::new(config.kill_confirm_timeout),
        countdowns: countdowns.clone(),
        drain: drain.clone(),
        allowed_guilds: config.allowed_guilds.clone(),
        clock,
        schedules: schedules.clone(),
    };

    let http = commands::discord_http(&config.discord_token, config.discord_api_url.as_ref());
    let intents = serenity::GatewayIntents::GUILDS;
    let shards = match sharding::plan(&http, config.shard_count, config.shards).await {
        Ok(shards) => shards,
        Err(error) => return Err(abandon(pruning, &store, discord_error(error)).await),
    };
    // Before connecting: a second process on the same shards would answer every command
    // of their guilds a second time.
    let claim = match store.claim_shards(shards.ids(), shards.total).await {
        Ok(claim) => claim,
        Err(error) => return Err(abandon(pruning, &store, claim_error(error, shards)).await),
    };
    tracing::info!(%shards, "running shards");
    let registration_failed = RegistrationFailed::default();
    let built = serenity::ClientBuilder::new_with_http(http, intents)
        .framework(commands::framework(
            data,
            config.dev_guild_id,
            // One process registers the commands, however many share the bot.
            shards.has_shard_zero(),
            registration_failed.clone(),
        ))
        .await;
    let mut client = match built {
        Ok(client) => client,
        Err(error) => {
            claim.release().await;
            return Err(abandon(pruning, &store, discord_error(error)).await);
        }
    };
    // Audit lines go out with the bot's own client (its token, its rate limits).
    power_desk
        .audit()
        .attach_poster(commands::DiscordPoster::new(client.http.clone()));
    countdowns.attach_board(commands::DiscordBoard::new(client.http.clone()));
    let allowed = config.allowed_guilds.clone();
    countdowns.resume_in_background(move |guild| shards.serve(guild) && allowed.allows(guild));
    let scheduling = countdowns.run_schedules(&schedules, shards);
    let shard_manager = client.shard_manager.clone();
    health.watch_shards(shard_manager.clone(), shards);
    let grace = config.shutdown_grace;
    let failed = registration_failed.clone();
    let outgrown = Outgrown::default();
    let recommendation =
        Recommendation::new(config.discord_api_url.as_ref(), &config.discord_token);
    let watchdog = match Watchdog::start(
        shard_manager.clone(),
        recommendation,
        shards,
        outgrown.clone(),
    ) {
        Ok(watchdog) => watchdog,
        Err(error) => {
            claim.release().await;
            return Err(abandon(pruning, &store, StartError::Watchdog(error)).await);
        }
    };
    let outgrown_watch = outgrown.clone();
    let claim_lost = ClaimLost::default();
    let claim_lost_watch = claim_lost.clone();
    let (stop_watching_claim, claim_watched) = tokio::sync::oneshot::channel::<()>();
    let claim_watch = tokio::spawn(async move {
        tokio::select! {
            () = claim.lost() => claim_lost_watch.raise(()),
            _ = claim_watched => {}
        }
        claim
    });
    let claim_lost_stop = claim_lost.clone();
    tokio::spawn(async move {
        // A failed registration, Discord requiring more shards, or the shards' claim lost
        // stops the bot the same way as SIGTERM, so that an action under way still finishes
        // and is answered.
        tokio::select! {
            () = shutdown => {}
            () = failed.raised() => {}
            () = outgrown_watch.raised() => {}
            () = claim_lost_stop.raised() => {}
        }
        // The shards stay up while draining: replies to the actions under way, and the
        // "restarting" answers to new commands, still need the gateway's interactions.
        tracing::info!(running = drain.running(), "shutting down");
        // A countdown waiting for its moment stops here and stays stored for the next start;
        // one sending its action holds the drain like any other.
        countdowns.stop();
        let left = drain.close_and_drain(grace).await;
        if left > 0 {
            tracing::warn!(
                left,
                grace_secs = grace.as_secs(),
                "stopped waiting for power actions still under way"
            );
        }
        shard_manager.shutdown_all().await;
    });
    // serenity's range is "up to and including" its end: `first..last` starts `last` too.
    let result = client
        .start_shard_range(shards.first..shards.last, shards.total)
        .await
        .map_err(discord_error);
    pruning.abort();
    drop(scheduling);
    watchdog.stop().await;
    // The shards are given back only once this process no longer runs them.
    let _ = stop_watching_claim.send(());
    if let Ok(claim) = claim_watch.await {
        claim.release().await;
    }
    // Entries still queued for the audit trail are written (and posted to audit channels)
    // before the database closes; a stuck database or Discord gets the grace period.
    if tokio::time::timeout(grace, power_desk.audit().flush())
        .await
        .is_err()
    {
        tracing::warn!(
            grace_secs = grace.as_secs(),
            "stopped waiting for audit entries still being written or posted"
        );
    }
    store.close().await;
    if registration_failed.why().is_some() {
        return Err(StartError::Registration);
    }
    if let Some(shortfall) = outgrown.why() {
        let (recommended, total) = (shortfall.recommended, shortfall.total);
        return Err(if config.shards.is_some() {
            StartError::ShardingRequiredInRange { recommended, total }
        } else {
            StartError::ShardingRequired { recommended, total }
        });
    }
    if claim_lost.why().is_some() {
        return Err(StartError::ClaimLost);
    }
    result
}

/// Raised when the database connection holding this process's shards is lost.
type ClaimLost = Alarm<()>;

fn claim_error(error: ClaimError, shards: Shards) -> StartError {
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

/// Stops what was started before Discord could be reached, so that a failed start leaves
/// no task behind and gives up the database (its lock file) at once; returns `error`.
async fn abandon(
    pruning: tokio::task::JoinHandle<()>,
    store: &crate::store::Store,
    error: StartError,
) -> StartError {
    pruning.abort();
    store.close().await;
    error
}

fn discord_error(error: serenity::Error) -> StartError {
    match DiscordError::of(&error) {
        DiscordError::InvalidToken => StartError::InvalidToken,
        _ => StartError::Discord(error),
    }
}
