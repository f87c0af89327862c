//! Scheduled power actions: the use case behind `/schedule` (`desk.rs`) and the loop that
//! hands each run on when it comes due (`runner.rs`). It produces runs; carrying one out
//! (the warned countdown, the power call) is the consumer's job.
//!
//! Each process runs the loop over the schedules of the guilds its shards serve (where their
//! countdowns' Abort clicks arrive, and where other actions on their servers are refused
//! while they run), and claims each run in the database (`Store::claim_run`) besides, so
//! that exactly one process hands it on even when shard ranges are changed by hand.

mod desk;
mod runner;

use std::sync::Arc;

use chrono::{DateTime, Utc};
use tokio::sync::{Notify, mpsc};
use tokio::task::JoinHandle;

use crate::clock::Clock;
use crate::domain::{PowerAction, ServerId, WarnMessage, WarnPeriod};
use crate::sharding::Shards;
use crate::store::Store;

pub use desk::{MAX_SCHEDULES_PER_GUILD, Resumed};

/// A scheduled run that came due (or was missed), claimed by this process alone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DueRun {
    pub schedule: i64,
    pub guild: u64,
    pub made_by: u64,
    pub channel: u64,
    pub server: ServerId,
    pub action: PowerAction,
    pub warn: Option<WarnPeriod>,
    pub message: Option<WarnMessage>,
    /// When the action itself is due: a warned run is emitted `warn` earlier, so the
    /// countdown ends at the scheduled time.
    pub action_at: DateTime<Utc>,
    /// The bot was not running at `action_at` (more than a minute ago): report, don't act.
    pub missed: bool,
    /// The schedule's next run after this one (None: a once-schedule, now done).
    pub next: Option<DateTime<Utc>>,
}

/// The schedules' handle for commands: cheap to clone. Every change goes through it, and
/// pokes the loop so that it looks again at once.
#[derive(Clone, Debug)]
pub struct Schedules {
    store: Store,
    clock: Clock,
    changed: Arc<Notify>,
}

impl Schedules {
    /// Wakes the loop to look at the schedules again (one was added, resumed, ...).
    pub fn changed(&self) {
        // `notify_one` keeps a permit when the loop is not waiting yet, so a change made
        // while it reads the database is not lost.
        self.changed.notify_one();
    }
}

impl Schedules {
    /// The handle; no loop runs until [`Schedules::start_loop`].
    pub fn new(store: Store, clock: Clock) -> Self {
        Self {
            store,
            clock,
            changed: Arc::new(Notify::new()),
        }
    }

    /// Starts the loop over the guilds of `shards`, handing runs on to `runs`; it stops when
    /// `runs`' receiver is dropped.
    pub fn start_loop(&self, shards: Shards, runs: mpsc::Sender<DueRun>) -> JoinHandle<()> {
        tokio::spawn(runner::run(self.clone(), shards, runs))
    }
}

/// Starts the loop over every guild (one process, one shard) handing runs on to `runs`.
pub fn spawn(
    store: Store,
    clock: Clock,
    runs: mpsc::Sender<DueRun>,
) -> (Schedules, JoinHandle<()>) {
    let schedules = Schedules::new(store, clock);
    let task = schedules.start_loop(Shards::all(1), runs);
    (schedules, task)
}
