//! Wires the store, the provider client and the Discord client together and runs them
//! until the shutdown signal.

mod error;

use std::future::Future;
use std::time::Duration;

use poise::serenity_prelude as serenity;

use crate::clock::Clock;
use crate::commands::{self, Data, RegistrationFailed};
use crate::config::Config;
use crate::countdown::Countdowns;
use crate::heo::HeoClient;
use crate::master_key;
use crate::power::{KillPrompts, Power};
use crate::schedule::Schedules;
use crate::sharding::{self, Outgrown, Recommendation, Watchdog};
use crate::shutdown::{Alarm, Drain};

pub use error::StartError;
use error::{claim_error, discord_error};

/// How often old audit entries are pruned.
const AUDIT_PRUNE_PERIOD: Duration = Duration::from_secs(3600);

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
