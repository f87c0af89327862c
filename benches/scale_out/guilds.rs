//! The benchmark's guilds: numbered from 1, each with a snowflake that puts it on shard
//! `number % shards`, a key linked before the bot starts, and a `GUILD_CREATE` sent on its
//! shard as soon as that shard is ready, as Discord does after each READY.

use std::collections::BTreeSet;
use std::str::FromStr;
use std::time::{Duration, Instant};

use futures_util::StreamExt;
use heo_bot::master_key::MasterKey;
use heo_bot::store::Store;
use secrecy::SecretString;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};

use crate::bot::BotProcess;
use crate::discord::FakeDiscord;
use crate::heo_stand_in;

/// Guild `number`'s snowflake: Discord sends a guild's events on shard
/// `(id >> 22) % shards`, so guild `number` is on shard `number % shards` and consecutive
/// numbers go round every shard.
pub fn id(number: u64) -> u64 {
    number << 22
}

/// The guild that interaction `i` comes from, of `guilds` (the HEO stand-in expects the key
/// of guild `i % guilds + 1` for `srv_<i>`).
pub fn of_interaction(i: usize, guilds: u64) -> u64 {
    id(i as u64 % guilds + 1)
}

/// Links one key per guild, as `/link-key` would, before the bot starts, several at a time.
/// A SQLite file is seeded through a pool of our own that does not wait for the disk after
/// each write (`synchronous=OFF`): at 100,000 guilds the bot's own settings spend minutes
/// in fsync, which measures the disk, not the bot, and the rows are the same.
pub async fn seed_keys(url: &str, master: &MasterKey, guilds: u64) -> Duration {
    let started = Instant::now();
    let store = if url.starts_with("sqlite:") {
        let options = SqliteConnectOptions::from_str(url)
            .expect("a SQLite URL")
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Off);
        let pool = SqlitePoolOptions::new()
            .max_connections(4)
            .connect_with(options)
            .await
            .expect("open the bench database");
        Store::from_pool(pool, master.clone()).await
    } else {
        Store::open(url, master.clone()).await
    }
    .expect("open the bench database");
    futures_util::stream::iter(1..=guilds)
        .for_each_concurrent(16, |number| {
            let store = &store;
            async move {
                let key = SecretString::from(heo_stand_in::key_for(number));
                store
                    .link_api_key(id(number), &key, 1)
                    .await
                    .expect("seed a key");
            }
        })
        .await;
    store.close().await;
    started.elapsed()
}

/// Sends each shard's guilds as soon as that shard is ready, until every shard has had its
/// own; fails if a bot process ends or the shards take much longer than serenity's 5 s a
/// shard.
pub async fn announce_per_shard(
    discord: &FakeDiscord,
    bots: &mut [BotProcess],
    guilds: u64,
    shards: u32,
) {
    let give_up = Instant::now() + Duration::from_secs(60 + 6 * u64::from(shards));
    let mut announced = BTreeSet::new();
    while announced.len() < shards as usize {
        for shard in discord.ready_shards(shards) {
            if announced.insert(shard) {
                let numbers = (1..=guilds).filter(|n| n % u64::from(shards) == u64::from(shard));
                discord.announce_guilds(numbers.map(id));
            }
        }
        for bot in bots.iter_mut() {
            if let Some(log) = bot.ended() {
                panic!("a bot process ended during the start:\n{log}");
            }
        }
        assert!(
            Instant::now() < give_up,
            "only shards {announced:?} of {shards} came up"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}
