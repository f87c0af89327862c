//! Scheduled power actions: the use case behind `/schedule` (`desk.rs`) and the loop that
//! hands each run on when it comes due (`runner.rs`). It produces runs; carrying one out
//! (the warned countdown, the power call) is the consumer's job.
//!
//! Every process runs the loop over every schedule: on a shared PostgreSQL a run is claimed
//! in the database (`Store::claim_run`), so exactly one process hands it on.

mod desk;
mod runner;

use std::sync::Arc;

use chrono::{DateTime, Utc};
use tokio::sync::{Notify, mpsc};
use tokio::task::JoinHandle;

use crate::clock::Clock;
use crate::domain::{PowerAction, ServerId, WarnMessage, WarnPeriod};
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

/// Starts the loop handing runs on to `runs`; it stops when `runs`' receiver is dropped.
pub fn spawn(
    store: Store,
    clock: Clock,
    runs: mpsc::Sender<DueRun>,
) -> (Schedules, JoinHandle<()>) {
    let schedules = Schedules {
        store,
        clock,
        changed: Arc::new(Notify::new()),
    };
    let task = tokio::spawn(runner::run(schedules.clone(), runs));
    (schedules, task)
}

/// The loop and, until the countdown engine consumes them, a task that logs each run;
/// both stop when this is dropped.
pub struct Running(Vec<JoinHandle<()>>);

impl Drop for Running {
    fn drop(&mut self) {
        self.0.iter().for_each(JoinHandle::abort);
    }
}

/// [`spawn`], for `startup`: the runs go to a consumer that only logs them.
pub fn start(store: Store, clock: Clock) -> (Schedules, Running) {
    let (runs, mut due) = mpsc::channel::<DueRun>(64);
    let (schedules, task) = spawn(store, clock, runs);
    // TODO(countdown): replace with the warned-action countdown engine consuming `due`.
    let consumer = tokio::spawn(async move {
        while let Some(run) = due.recv().await {
            tracing::info!(
                schedule = run.schedule,
                guild = run.guild,
                server = %run.server,
                action = %run.action,
                action_at = %run.action_at,
                missed = run.missed,
                "scheduled run due"
            );
        }
    });
    (schedules, Running(vec![task, consumer]))
}
