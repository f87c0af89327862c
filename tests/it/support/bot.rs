//! Runs the real bot in-process, through the same `heo_bot::run` that `main` uses, against
//! the Discord test server, a wiremock HEO and a SQLite file in a temporary directory.
//!
//! Proxies: reqwest honours `HTTP_PROXY`/`HTTPS_PROXY`/`ALL_PROXY`, and a proxy would swallow
//! the loopback calls. Tests cannot set `NO_PROXY` themselves (`set_var` is unsafe in edition
//! 2024 and races other tests), so [`check_no_proxy`] stops with instructions instead. The
//! development and CI machines set no proxy variables.

use std::collections::HashMap;
use std::sync::Once;

use heo_bot::StartError;
use heo_bot::clock::{Clock, DrivenClock};
use heo_bot::config::Config;
use tempfile::TempDir;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;
use wiremock::MockServer;

use super::discord::{self, FakeDiscord};

/// The real bot, running until stopped or dropped.
pub struct Bot {
    shutdown: Option<oneshot::Sender<()>>,
    task: JoinHandle<Result<(), StartError>>,
}

impl Bot {
    /// Starts the bot with `DISCORD_API_URL`, `HEO_API_URL` and `DATABASE_URL` pointing at
    /// the test servers and `db`, plus `settings` (such as `("KILL_CONFIRM_TIMEOUT_SECS", "2")`).
    pub fn start(
        discord: &FakeDiscord,
        heo: &MockServer,
        db: &TempDir,
        settings: &[(&str, &str)],
    ) -> Self {
        Self::start_clocked(discord, heo, db, settings, Clock::System)
    }

    /// [`Bot::start`], with countdowns and schedules reading `clock`.
    pub fn start_clocked(
        discord: &FakeDiscord,
        heo: &MockServer,
        db: &TempDir,
        settings: &[(&str, &str)],
        clock: Clock,
    ) -> Self {
        init_logging();
        check_no_proxy();
        let database = db.path().join("heo-bot.db");
        let mut vars: HashMap<String, String> = HashMap::from([
            ("DISCORD_TOKEN".into(), discord::TOKEN.into()),
            ("DISCORD_API_URL".into(), discord.url()),
            ("HEO_API_URL".into(), heo.uri()),
            (
                "DATABASE_URL".into(),
                format!("sqlite://{}", database.display()),
            ),
        ]);
        vars.extend(
            settings
                .iter()
                .map(|(k, v)| ((*k).to_owned(), (*v).to_owned())),
        );
        let config =
            Config::from_lookup(|name| vars.get(name).cloned()).expect("a valid test config");
        let (shutdown, stop) = oneshot::channel();
        let task = tokio::spawn(heo_bot::run_with_clock(config, clock, async {
            let _ = stop.await;
        }));
        Self {
            shutdown: Some(shutdown),
            task,
        }
    }

    /// Asks the bot to shut down and waits for it; returns how `run` ended.
    pub async fn stop(mut self) -> Result<(), StartError> {
        if let Some(shutdown) = self.shutdown.take() {
            let _ = shutdown.send(());
        }
        (&mut self.task).await.expect("the bot task panicked")
    }

    /// Waits for the bot to stop by itself (after a fatal error, say); returns how it ended.
    pub async fn exit(mut self) -> Result<(), StartError> {
        let ended = tokio::time::timeout(discord::WAIT, &mut self.task).await;
        ended
            .expect("the bot kept running")
            .expect("the bot task panicked")
    }
}

impl Drop for Bot {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// Everything an end-to-end test needs: the bot, its Discord and its HEO.
pub struct World {
    // Declared first so it is dropped (aborted) before the servers check what they saw.
    pub bot: Bot,
    pub discord: FakeDiscord,
    pub heo: MockServer,
    pub db: TempDir,
    /// What the bot's countdowns and schedules read (the system's unless driven).
    pub clock: Clock,
}

impl World {
    /// Starts everything with default settings and waits until the bot has registered its
    /// commands, the point from which poise answers interactions.
    pub async fn start() -> Self {
        Self::start_with(&[]).await
    }

    pub async fn start_with(settings: &[(&str, &str)]) -> Self {
        Self::start_in(TempDir::new().expect("a temporary directory"), settings).await
    }

    /// Starts everything on the folder `db`, whose `heo-bot.db` the test may have prepared
    /// (an earlier version's database, say).
    pub async fn start_in(db: TempDir, settings: &[(&str, &str)]) -> Self {
        Self::start_with_discord(FakeDiscord::start().await, db, settings).await
    }

    /// Starts the bot on `discord`, which the test has set up (to demand shards, say).
    pub async fn start_on(discord: FakeDiscord, settings: &[(&str, &str)]) -> Self {
        let db = TempDir::new().expect("a temporary directory");
        Self::start_with_discord(discord, db, settings).await
    }

    /// Starts everything with `settings` and a clock standing at `start` that only the
    /// returned hand moves.
    pub async fn start_driven(
        settings: &[(&str, &str)],
        start: chrono::DateTime<chrono::Utc>,
    ) -> (Self, DrivenClock) {
        let (clock, hand) = Clock::driven(start);
        let db = TempDir::new().expect("a temporary directory");
        let world = Self::start_clocked(FakeDiscord::start().await, db, settings, clock).await;
        (world, hand)
    }

    async fn start_with_discord(
        discord: FakeDiscord,
        db: TempDir,
        settings: &[(&str, &str)],
    ) -> Self {
        Self::start_clocked(discord, db, settings, Clock::System).await
    }

    async fn start_clocked(
        discord: FakeDiscord,
        db: TempDir,
        settings: &[(&str, &str)],
        clock: Clock,
    ) -> Self {
        let heo = MockServer::start().await;
        let bot = Bot::start_clocked(&discord, &heo, &db, settings, clock.clone());
        discord.registration().await;
        Self {
            bot,
            discord,
            heo,
            db,
            clock,
        }
    }

    /// Stops the bot, checking it stops cleanly, and starts a new one with `settings` on the
    /// same database, Discord and HEO, as a redeploy would; waits for its registration.
    /// The new bot reads the same clock.
    pub async fn restart(self, settings: &[(&str, &str)]) -> Self {
        self.restart_after(settings, || {}).await
    }

    /// [`World::restart`], running `meanwhile` while no bot runs (moving a driven clock past
    /// a countdown's moment, say).
    pub async fn restart_after(self, settings: &[(&str, &str)], meanwhile: impl FnOnce()) -> Self {
        let Self {
            bot,
            discord,
            heo,
            db,
            clock,
        } = self;
        let registered = discord.registrations().len();
        bot.stop().await.expect("the bot stops cleanly");
        meanwhile();
        let bot = Bot::start_clocked(&discord, &heo, &db, settings, clock.clone());
        discord.wait_for_registrations(registered + 1).await;
        Self {
            bot,
            discord,
            heo,
            db,
            clock,
        }
    }
}

/// Library warnings (such as serenity's "failed to deserialize" for a malformed event) show
/// with a failing test's output. `RUST_LOG` overrides the filter.
fn init_logging() {
    static INIT: Once = Once::new();
    INIT.call_once(|| {
        let filter = tracing_subscriber::EnvFilter::try_from_default_env()
            .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("warn"));
        // Another test module may have installed one already; theirs is fine too.
        let _ = tracing_subscriber::fmt()
            .with_env_filter(filter)
            .with_test_writer()
            .try_init();
    });
}

/// Fails with instructions when a proxy would catch the bot's loopback calls.
fn check_no_proxy() {
    let var = |name: &str| {
        std::env::var(name)
            .or_else(|_| std::env::var(name.to_lowercase()))
            .unwrap_or_default()
    };
    let proxied = ["HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"]
        .iter()
        .any(|name| !var(name).is_empty());
    let no_proxy = var("NO_PROXY");
    let exempt = ["127.0.0.1", "localhost", "*"]
        .iter()
        .any(|host| no_proxy.split(',').any(|h| h.trim() == *host));
    assert!(
        !proxied || exempt,
        "a proxy variable is set: run the tests with NO_PROXY=127.0.0.1,localhost"
    );
}
