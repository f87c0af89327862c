//! Discord's sharding: how many gateway connections (shards) this process opens, and
//! noticing when Discord requires more than it runs.
//!
//! Discord lets one shard hold at most 2,500 guilds and closes an under-sharded session with
//! 4011 "Sharding required". serenity 0.12.5 logs that close and then spins on the closed
//! connection until its next heartbeat is due (about 41 s), re-identifies, and spins again:
//! the process looks alive, answers nothing, and a runtime thread is busy all the while.
//! serenity shows the bot no close code, so the [`watchdog`], on a thread of its own, looks
//! at what it can see: a shard that stays disconnected while Discord recommends more shards
//! than this process runs. It then stops those shards and raises [`Outgrown`], and
//! `startup` stops the bot as on SIGTERM, with a line that says what to do.

mod watchdog;

use poise::serenity_prelude as serenity;

use crate::shutdown::Alarm;

pub use watchdog::{Recommendation, Watchdog};

/// How many shards to start: `SHARD_COUNT` when set (with a warning when Discord recommends
/// more), else Discord's recommendation from `GET /gateway/bot`, asked now (it changes as
/// guilds come and go, so it is never cached).
pub async fn shard_count(
    http: &serenity::Http,
    configured: Option<u32>,
) -> Result<u32, serenity::Error> {
    let Some(configured) = configured else {
        let recommended = http.get_bot_gateway().await?.shards.max(1);
        tracing::info!(
            shards = recommended,
            "starting the shards Discord recommends"
        );
        return Ok(recommended);
    };
    match http.get_bot_gateway().await {
        Ok(gateway) if gateway.shards > configured => tracing::warn!(
            recommended = gateway.shards,
            shard_count = configured,
            "Discord recommends more shards than SHARD_COUNT; Discord refuses a shard that \
             holds more than 2,500 guilds (raise SHARD_COUNT, or unset it to follow Discord)"
        ),
        Ok(_) => {}
        Err(error) => tracing::warn!(
            error = &error as &dyn std::error::Error,
            "could not ask Discord for its recommended shard count; starting SHARD_COUNT"
        ),
    }
    Ok(configured)
}

/// Raised when Discord requires more shards than this process runs.
pub type Outgrown = Alarm<Shortfall>;

/// Discord's recommendation, and what this process runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shortfall {
    pub recommended: u32,
    pub running: u32,
}
