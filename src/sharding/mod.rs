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

mod reach;
mod stuck;
mod watchdog;

use crate::config::ShardRange;
use crate::shutdown::Alarm;

pub use reach::{GatewayAnswer, Pace, ask_until_answered};
pub use watchdog::{Recommendation, Watchdog};

/// The shards this process runs: `first` to `last` (both included) out of `total`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shards {
    pub first: u32,
    pub last: u32,
    pub total: u32,
}

impl Shards {
    /// Every shard of `total`.
    pub fn all(total: u32) -> Self {
        Self {
            first: 0,
            last: total.saturating_sub(1),
            total,
        }
    }

    /// Their ids, in order.
    pub fn ids(&self) -> std::ops::RangeInclusive<u32> {
        self.first..=self.last
    }

    /// Whether this process runs shard 0, which receives what Discord sends outside any
    /// guild, and so registers the commands.
    pub fn has_shard_zero(&self) -> bool {
        self.first == 0
    }

    /// Whether `guild`'s events come to this process: Discord's rule is
    /// `(guild_id >> 22) % shard_count`.
    pub fn serve(&self, guild: u64) -> bool {
        let shard = (guild >> 22) % u64::from(self.total.max(1));
        self.ids()
            .contains(&u32::try_from(shard).unwrap_or(u32::MAX))
    }
}

impl std::fmt::Display for Shards {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}-{} of {}", self.first, self.last, self.total)
    }
}

/// Which shards to start: `SHARDS` of `SHARD_COUNT` when set, all of `SHARD_COUNT` when only
/// that is set (with a warning when Discord recommends more), else all of Discord's
/// recommendation from `GET /gateway/bot`, asked at this start (it changes as guilds come and
/// go, so it is never cached).
pub fn plan(answer: &GatewayAnswer, configured: Option<u32>, range: Option<ShardRange>) -> Shards {
    let Some(configured) = configured else {
        tracing::info!(
            shards = answer.recommended,
            "starting the shards Discord recommends"
        );
        return Shards::all(answer.recommended);
    };
    if answer.recommended > configured {
        tracing::warn!(
            recommended = answer.recommended,
            shard_count = configured,
            "Discord recommends more shards than SHARD_COUNT; Discord refuses a shard that \
             holds more than 2,500 guilds (raise SHARD_COUNT, or unset it to follow Discord)"
        );
    }
    match range {
        Some(range) => Shards {
            first: range.first,
            last: range.last,
            total: configured,
        },
        None => Shards::all(configured),
    }
}

/// Raised when Discord requires more shards than this process runs.
pub type Outgrown = Alarm<Shortfall>;

/// Discord's recommendation, and the shard count this process runs with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shortfall {
    pub recommended: u32,
    pub total: u32,
}
