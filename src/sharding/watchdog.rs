//! The shard watchdog. It runs on a thread of its own, with its own small runtime and HTTP
//! client, because what it watches for (serenity spinning on a closed connection) can starve
//! the bot's runtime: measured, a watch task there never ran again after a 4011.

use std::collections::HashMap;
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use poise::serenity_prelude as serenity;
use secrecy::{ExposeSecret, SecretString};
use tokio::sync::oneshot;
use url::Url;

use super::{Outgrown, Shards, Shortfall};

/// How long a shard may stay disconnected before Discord's recommendation is asked for.
const STUCK_AFTER: Duration = Duration::from_secs(12);
/// How often the shards' stages are looked at.
const LOOK_EVERY: Duration = Duration::from_secs(1);
/// serenity 0.12 starts one shard every 5 seconds (its shard queuer's fixed pace).
const BOOT_EVERY: Duration = Duration::from_secs(5);
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
            let Some(Due { shard, first }) = stuck.update(&self.stages().await, Instant::now())
            else {
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
                    "a shard has not been connected to Discord for a while; still trying"
                ),
                Err(error) if first => tracing::warn!(
                    shard,
                    error = &error as &dyn std::error::Error,
                    "a shard has not been connected to Discord for a while, and Discord could \
                     not be asked why; still trying"
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

/// When each shard was last seen connected (or expected to connect at the latest), and when
/// Discord was last asked about it.
#[derive(Debug, Default)]
struct Stuck {
    since: HashMap<u32, Instant>,
    asked: HashMap<u32, Instant>,
}

/// A shard due for asking Discord about, and whether it is the first time in this spell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Due {
    shard: u32,
    first: bool,
}

impl Stuck {
    /// `running`, started from `now` at serenity's pace: one every [`BOOT_EVERY`], so the
    /// `k`th shard of the range is not missed before `k` of them have passed.
    fn expecting(running: Shards, now: Instant) -> Self {
        let since = running
            .ids()
            .map(|id| (id, now + BOOT_EVERY * (id - running.first)))
            .collect();
        Self {
            since,
            asked: HashMap::new(),
        }
    }

    /// Takes each shard's `(id, connected)` at `now`; returns a shard disconnected for
    /// [`STUCK_AFTER`], and again every [`STUCK_AFTER`] while it stays so (an answer that
    /// did not come must not end the watch).
    fn update(&mut self, stages: &[(u32, bool)], now: Instant) -> Option<Due> {
        for &(shard, connected) in stages {
            if connected {
                self.since.remove(&shard);
                self.asked.remove(&shard);
            } else {
                self.since.entry(shard).or_insert(now);
            }
        }
        let due = |shard: &u32, since: &Instant| {
            let last = self.asked.get(shard).unwrap_or(since);
            now.saturating_duration_since(*last) >= STUCK_AFTER
        };
        let (&shard, _) = self.since.iter().find(|(shard, since)| due(shard, since))?;
        let first = self.asked.insert(shard, now).is_none();
        Some(Due { shard, first })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn due(shard: u32, first: bool) -> Option<Due> {
        Some(Due { shard, first })
    }

    #[test]
    fn a_shard_disconnected_for_a_while_is_asked_about_and_again_while_it_stays_so() {
        let mut stuck = Stuck::default();
        let t0 = Instant::now();
        assert_eq!(stuck.update(&[(0, true), (1, false)], t0), None);
        let later = t0 + STUCK_AFTER;
        assert_eq!(stuck.update(&[(0, true), (1, false)], later), due(1, true));
        assert_eq!(
            stuck.update(&[(0, true), (1, false)], later),
            None,
            "not twice at once"
        );
        let again = later + STUCK_AFTER;
        assert_eq!(stuck.update(&[(1, false)], again), due(1, false));
        // Connected, then disconnected again: a new spell.
        assert_eq!(stuck.update(&[(1, true)], again), None);
        let next = again + Duration::from_secs(1);
        assert_eq!(stuck.update(&[(1, false)], next), None);
        assert_eq!(
            stuck.update(&[(1, false)], next + STUCK_AFTER),
            due(1, true)
        );
    }

    #[test]
    fn a_shard_is_not_missed_before_serenity_could_have_started_it() {
        let t0 = Instant::now();
        let mut stuck = Stuck::expecting(Shards::all(3), t0);
        // Shard 0 never showed up; shards 1 and 2 are still queued.
        let all_down = [(0, false), (1, false), (2, false)];
        assert_eq!(stuck.update(&all_down, t0 + STUCK_AFTER), due(0, true));
        let shard_2_due = t0 + BOOT_EVERY * 2 + STUCK_AFTER;
        let two_down = [(1, true), (2, false)];
        let just_before = shard_2_due - Duration::from_secs(1);
        assert_eq!(stuck.update(&two_down, just_before), None);
        assert_eq!(stuck.update(&two_down, shard_2_due), due(2, true));
    }

    #[test]
    fn a_range_is_expected_from_its_first_shard_at_serenitys_pace() {
        let t0 = Instant::now();
        let range = Shards {
            first: 2,
            last: 3,
            total: 4,
        };
        let mut stuck = Stuck::expecting(range, t0);
        let down = [(2, false), (3, false)];
        // Shard 2 boots first here, so it is due after STUCK_AFTER; shard 3 one boot later.
        assert_eq!(stuck.update(&down, t0 + STUCK_AFTER), due(2, true));
        assert_eq!(stuck.update(&down, t0 + STUCK_AFTER), None);
        assert_eq!(
            stuck.update(&down, t0 + BOOT_EVERY + STUCK_AFTER),
            due(3, true)
        );
    }

    #[test]
    fn a_connected_shard_is_never_reported() {
        let mut stuck = Stuck::default();
        let t0 = Instant::now();
        for secs in 0..60 {
            let now = t0 + Duration::from_secs(secs);
            assert_eq!(stuck.update(&[(0, true), (1, true)], now), None);
        }
    }

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
