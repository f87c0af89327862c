//! Wires the store, the provider client and the Discord client together and runs them
//! until the shutdown signal.

mod error;
mod stopping;

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
use crate::sharding::{self, Outgrown, Pace, Recommendation, Watchdog};
use crate::shutdown::{Alarm, Drain};
use stopping::{ShardsClosed, StopReasons};

pub use error::StartError;
use error::{claim_error, discord_error, gateway_refused};

/// How often old audit entries are pruned.
const AUDIT_PRUNE_PERIOD: Duration = Duration::from_secs(3600);
/// How long the stop waits for the shard watchdog's thread: one look, or one question to
/// Discord, whose own timeout is 5 s.
const WATCHDOG_STOP_WITHIN: Duration = Duration::from_secs(6);

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

    // Raised by the signal (or the caller's future): from here on, every wait that could
    // last (reaching Discord, building the client, the shards) gives way to it.
    let requested = Alarm::<()>::default();
    tokio::spawn({
        let requested = requested.clone();
        async move {
            shutdown.await;
            requested.raise(());
        }
    });
    let http = commands::discord_http(&config.discord_token, config.discord_api_url.as_ref());
    let place = config
        .discord_api_url
        .as_ref()
        .map_or_else(|| "discord.com".to_owned(), ToString::to_string);
    let reached = tokio::select! {
        reached = sharding::ask_until_answered(&http, &place, Pace::DISCORD) => reached,
        () = requested.raised() => {
            tracing::info!("stopped before Discord could be reached");
            abandon(pruning, &store).await;
            return Ok(());
        }
    };
    let gateway = match reached {
        Ok(gateway) => gateway,
        Err(error) => {
            abandon(pruning, &store).await;
            return Err(gateway_refused(error, &place));
        }
    };
    let shards = sharding::plan(&gateway, config.shard_count, config.shards);
    let intents = serenity::GatewayIntents::GUILDS;
    // Before connecting: a second process on the same shards would answer every command
    // of their guilds a second time.
    let claim = match store.claim_shards(shards.ids(), shards.total).await {
        Ok(claim) => claim,
        Err(error) => {
            abandon(pruning, &store).await;
            return Err(claim_error(error, shards));
        }
    };
    tracing::info!(%shards, "running shards");
    let registration_failed = RegistrationFailed::default();
    let builder =
        serenity::ClientBuilder::new_with_http(http, intents).framework(commands::framework(
            data,
            config.dev_guild_id,
            // One process registers the commands, however many share the bot.
            shards.has_shard_zero(),
            registration_failed.clone(),
        ));
    // Building asks Discord for the gateway again, with no time limit of its own.
    let built = tokio::select! {
        built = builder => Some(built),
        () = requested.raised() => None,
    };
    let mut client = match built {
        Some(Ok(client)) => client,
        None => {
            claim.release().await;
            abandon(pruning, &store).await;
            return Ok(());
        }
        Some(Err(error)) => {
            claim.release().await;
            abandon(pruning, &store).await;
            return Err(discord_error(error));
        }
    };
    // The gateway `GET /gateway/bot` named, on DISCORD_API_URL when set: serenity's own
    // lookup falls back to Discord's public host when it fails.
    *client.ws_url.lock().await = gateway.url;
    // Audit lines go out with the bot's own client (its token, its rate limits).
    power_desk
        .audit()
        .attach_poster(commands::DiscordPoster::new(
            client.http.clone(),
            power_desk.clone(),
        ));
    countdowns.attach_board(commands::DiscordBoard::new(client.http.clone()));
    let allowed = config.allowed_guilds.clone();
    countdowns.resume_in_background(move |guild| shards.serve(guild) && allowed.allows(guild));
    let scheduling = countdowns.run_schedules(&schedules, shards);
    let shard_manager = client.shard_manager.clone();
    health.watch_shards(shard_manager.clone(), shards);
    let grace = config.shutdown_grace;
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
            abandon(pruning, &store).await;
            return Err(StartError::Watchdog(error));
        }
    };
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
    let gateway_failed = Alarm::<()>::default();
    let closed = ShardsClosed::default();
    tokio::spawn(stopping::stop_when_asked(
        StopReasons {
            requested,
            registration_failed: registration_failed.clone(),
            outgrown: outgrown.clone(),
            claim_lost: claim_lost.clone(),
            gateway_failed: gateway_failed.clone(),
        },
        drain,
        countdowns,
        shard_manager,
        grace,
        closed.clone(),
    ));
    // serenity's range is "up to and including" its end: `first..last` starts `last` too.
    // It returns by itself only when a shard is refused for good (a refused token or
    // intents); otherwise it may never return (see `stopping`), so the closed shards end it.
    let result = tokio::select! {
        ended = client.start_shard_range(shards.first..shards.last, shards.total) => {
            ended.map_err(discord_error)
        }
        () = closed.raised() => Ok(()),
    };
    if result.is_err() {
        // Refused for good: the actions under way still finish, as on SIGTERM.
        gateway_failed.raise(());
        closed.raised().await;
    }
    let finish_by = closed
        .why()
        .unwrap_or_else(|| tokio::time::Instant::now() + grace);
    pruning.abort();
    drop(scheduling);
    // Its thread notices the stop within a look, or after a question to Discord it is
    // waiting on; the process does not wait longer than that for it.
    let _ = tokio::time::timeout(WATCHDOG_STOP_WITHIN, watchdog.stop()).await;
    // The shards are given back only once this process no longer runs them.
    let _ = stop_watching_claim.send(());
    if let Ok(claim) = claim_watch.await {
        claim.release().await;
    }
    // Entries still queued for the audit trail are written (and posted to audit channels)
    // before the database closes, in what is left of the grace period.
    if tokio::time::timeout_at(finish_by, power_desk.audit().flush())
        .await
        .is_err()
    {
        tracing::warn!("stopped waiting for audit entries still being written or posted");
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

/// Stops what was started before Discord could be reached, so that a failed or stopped start
/// leaves no task behind and gives up the database (its lock file) at once.
async fn abandon(pruning: tokio::task::JoinHandle<()>, store: &crate::store::Store) {
    pruning.abort();
    store.close().await;
}
