//! The bot's processes for each way the benchmark runs it: one process with every shard, or
//! two that split the shards between them (`SHARDS`, which needs PostgreSQL).

use std::time::{Duration, Instant};

use crate::bot::{BotProcess, Database};
use crate::discord::FakeDiscord;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Mode {
    /// (a) one process, SQLite.
    Sqlite,
    /// (b) one process with every shard, PostgreSQL.
    Postgres,
    /// (c) two processes on one PostgreSQL database, half the shards each.
    PostgresTwo,
}

impl Mode {
    pub fn parse(name: &str) -> Self {
        match name.trim() {
            "sqlite" => Self::Sqlite,
            "postgres" => Self::Postgres,
            "postgres-2" => Self::PostgresTwo,
            other => {
                panic!("SCALE_OUT_MODES: unknown mode {other:?}; use sqlite, postgres, postgres-2")
            }
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Self::Sqlite => "(a) SQLite, one process",
            Self::Postgres => "(b) PostgreSQL, one process",
            Self::PostgresTwo => "(c) PostgreSQL, two processes",
        }
    }
}

/// Why a mode could not run on this build.
pub struct Unsupported(pub String);

/// Starts the bot's processes for `mode`. Every process follows `GET /gateway/bot` for the
/// shard count, except the two of mode (c), which are told `SHARD_COUNT` and their half.
pub async fn start(
    mode: Mode,
    discord: &FakeDiscord,
    heo_url: &str,
    database: &Database,
    shards: u32,
) -> Result<Vec<BotProcess>, Unsupported> {
    // SCALE_OUT_BOT_SETTINGS="HEO_BACKOFF_SHARED=false,…" passes settings on to every bot
    // process, to measure what one costs.
    let extra = std::env::var("SCALE_OUT_BOT_SETTINGS").unwrap_or_default();
    let extra: Vec<(&str, &str)> = extra
        .split(',')
        .filter_map(|pair| pair.split_once('='))
        .collect();
    let spawn = |vars: &[(&str, &str)], log: &str| {
        let mut all = extra.clone();
        all.extend_from_slice(vars);
        BotProcess::spawn_with(discord, heo_url, database, &all, Some(log))
    };
    {
        if mode != Mode::PostgresTwo {
            return Ok(vec![spawn(&[], "bot.log")]);
        }
        let total = shards.to_string();
        let (low, high) = (shards / 2, shards);
        let first_half = format!("0-{}", low - 1);
        let second_half = format!("{low}-{}", high - 1);
        // The second half first: a build that ignores SHARDS starts shard 0 there, which
        // tells it apart from one that starts shard `low`.
        let mut upper = spawn(
            &[("SHARD_COUNT", &total), ("SHARDS", &second_half)],
            "bot-upper.log",
        );
        let first = first_identify(discord, &mut upper).await?;
        if first != [low, shards] {
            return Err(Unsupported(format!(
                "the process told SHARDS={second_half} identified as shard {} of {}: this \
                 build ignores SHARDS",
                first[0], first[1]
            )));
        }
        let lower = spawn(
            &[("SHARD_COUNT", &total), ("SHARDS", &first_half)],
            "bot-lower.log",
        );
        Ok(vec![lower, upper])
    }
}

/// The first IDENTIFY the gateway sees, or why the process ended before it.
async fn first_identify(
    discord: &FakeDiscord,
    bot: &mut BotProcess,
) -> Result<[u32; 2], Unsupported> {
    let give_up = Instant::now() + Duration::from_secs(30);
    loop {
        if let Some(&first) = discord.identified().first() {
            return Ok(first);
        }
        if let Some(log) = bot.ended() {
            let why = log
                .lines()
                .find(|line| line.starts_with("heo-bot: "))
                .unwrap_or(&log)
                .to_owned();
            return Err(Unsupported(format!("the bot refused SHARDS: {why}")));
        }
        assert!(
            Instant::now() < give_up,
            "no IDENTIFY within 30 s:\n{}",
            bot.log()
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}
