//! The shard watchdog. It runs on a thread of its own, with its own small runtime and HTTP
//! client, because what it watches for (serenity spinning on a closed connection) can starve
//! the bot's runtime: measured, a watch task there never ran again after a 4011.

use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use poise::serenity_prelude as serenity;
use secrecy::{ExposeSecret, SecretString};
use tokio::sync::oneshot;
use url::Url;

use super::stuck::{Due, STUCK_AFTER, Stuck};
use super::{Outgrown, Shards, Shortfall};

/// How often the shards' stages are looked at.
const LOOK_EVERY: Duration = Duration::from_secs(1);
/// How long the watchdog waits for Discord's recommendation.
const ASK_TIMEOUT: Duration = Duration::from_secs(5);

/// Where the watchdog asks Discord for its recommended shard count: `GET /gateway/bot` on
/// `DISCORD_API_URL` (or Discord itself), with the bot's token.
pub struct Recommendation {
    url: String,
    token: SecretString,
}

impl Recommendation {
    pub fn new(discord_api_url: Option<&Url>, token: &SecretString) -> Self {
        let base = discord_api_url.map_or("https://discord.com", |url| url.as_str());
        Self {
            url: format!("{}/api/v10/gateway/bot", base.trim_end_matches('/')),
            token: token.clone(),
        }
    }

    async fn ask(&self, http: &reqwest::Client) -> Result<u32, reqwest::Error> {
        let answer: serde_json::Value = http
            .get(&self.url)
            .header(
                "authorization",
                format!("Bot {}", self.token.expose_secret()),
            )
            .send()
            .await?
            .error_for_status()?
            .json()
            .await?;
        // A body without a count reads as one shard: never a reason to stop.
        Ok(answer["shards"].as_u64().map_or(1, |n| n as u32))
    }
}

/// The running watchdog; [`Watchdog::stop`] ends its thread.
pub struct Watchdog {
    stop: oneshot::Sender<()>,
    thread: JoinHandle<()>,
}

impl Watchdog {
    /// Watches `running` (this process's shards, managed by `shards`) until stopped, or until
    /// it raises `outgrown` (after stopping the shards that could not stay connected).
    pub fn start(
        shards: Arc<serenity::ShardManager>,
        recommendation: Recommendation,
        running: Shards,
        outgrown: Outgrown,
    ) -> std::io::Result<Self> {
        let (stop, stopped) = oneshot::channel();
        let thread = std::thread::Builder::new()
            .name("shard-watchdog".into())
            .spawn(move || {
                let runtime = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build();
                let http = reqwest::Client::builder().timeout(ASK_TIMEOUT).build();
                match (runtime, http) {
                    (Ok(runtime), Ok(http)) => runtime.block_on(async {
                        let watch = Watch {
                            shards,
                            recommendation,
                            http,
                            running,
                            outgrown,
                        };
                        watch.run(stopped).await;
                    }),
                    _ => tracing::error!("could not start the shard watchdog"),
                }
            })?;
        Ok(Self { stop, thread })
    }

    /// Ends the watchdog's thread and waits for it.
    pub async fn stop(self) {
        let _ = self.stop.send(());
        let thread = self.thread;
        let _ = tokio::task::spawn_blocking(move || thread.join()).await;
    }
}

struct Watch {
    shards: Arc<serenity::ShardManager>,
    recommendation: Recommendation,
    http: reqwest::Client,
    running: Shards,
    outgrown: Outgrown,
}

impl Watch {
    async fn run(&self, mut stopped: oneshot::Receiver<()>) {
        let mut stuck = Stuck::expecting(self.running, Instant::now());
        loop {
            tokio::select! {
                _ = &mut stopped => return,
                () = tokio::time::sleep(LOOK_EVERY) => {}
            }
            let look = stuck.update(&self.stages().await, Instant::now());
            for (shard, away) in look.back {
                // The other half of the "not connected for a while" line below.
                tracing::info!(
                    shard,
                    away_secs = away.as_secs(),
                    "a shard is connected to Discord again"
                );
            }
            let Some(Due { shard, first }) = look.due else {
                continue;
            };
            match self.recommendation.ask(&self.http).await {
                Ok(recommended) if recommended > self.running.total => {
                    let shortfall = Shortfall {
                        recommended,
                        total: self.running.total,
                    };
                    tracing::error!(shard, ?shortfall, "Discord requires more shards; stopping");
                    self.stop_disconnected().await;
                    self.outgrown.raise(shortfall);
                    return;
                }
                // Once per spell: a long outage must not fill the log.
                Ok(_) if first => tracing::warn!(
                    shard,
                    stuck_secs = STUCK_AFTER.as_secs(),
                    "a shard has not been connected to Discord's gateway for a while; heo-bot \
                     keeps reconnecting it and says so here when it is back"
                ),
                Err(error) if first => tracing::warn!(
                    shard,
                    error = &error as &dyn std::error::Error,
                    "a shard has not been connected to Discord's gateway for a while, and \
                     Discord could not be asked why; heo-bot keeps reconnecting it and says so \
                     here when it is back"
                ),
                Ok(_) | Err(_) => {}
            }
        }
    }

    /// Each shard's `(id, connected)`. A shard without a runner (refused and not restarted
    /// yet) counts as disconnected.
    async fn stages(&self) -> Vec<(u32, bool)> {
        let runners = self.shards.runners.lock().await;
        self.running
            .ids()
            .map(|id| {
                let runner = runners.get(&serenity::ShardId(id));
                let connected =
                    runner.is_some_and(|info| info.stage == serenity::ConnectionStage::Connected);
                (id, connected)
            })
            .collect()
    }

    /// Stops every shard that is not connected, which also ends serenity's spinning.
    async fn stop_disconnected(&self) {
        let runners = self.shards.runners.lock().await;
        for info in runners.values() {
            if info.stage != serenity::ConnectionStage::Connected {
                info.runner_tx.shutdown_clean();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_recommendation_is_asked_of_discord_api_url_or_of_discord() {
        let token = SecretString::from("t.o.k".to_owned());
        let local = Url::parse("http://127.0.0.1:9/").unwrap();
        let asked = Recommendation::new(Some(&local), &token);
        assert_eq!(asked.url, "http://127.0.0.1:9/api/v10/gateway/bot");
        let discord = Recommendation::new(None, &token);
        assert_eq!(discord.url, "https://discord.com/api/v10/gateway/bot");
    }
}
