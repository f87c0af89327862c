//! The loop: sleeps on the [`Clock`] until the earliest run is due (or a schedule changes),
//! claims each due run in the database, and hands on those it claimed.

use std::time::Duration;

use chrono::{DateTime, Utc};
use tokio::sync::mpsc;

use crate::domain::{Recurrence, Schedule, next_after};
use crate::sharding::Shards;
use crate::store::{ShardSpan, StoreError};

use super::{DueRun, Schedules};

/// A run whose action time passed longer ago than this was missed (the bot was down): it
/// is reported, not carried out.
const MISSED_AFTER: chrono::Duration = chrono::Duration::seconds(60);
/// The longest the loop sleeps without looking: another process on the same database may
/// have added an earlier schedule (its own loop claims it, unless that process died).
const LONGEST_SLEEP: chrono::Duration = chrono::Duration::seconds(60);
/// After a database failure, the loop tries again this much later (real time).
const RETRY: Duration = Duration::from_secs(5);

/// Why a pass stopped.
enum Stop {
    /// The database failed; the loop tries again later.
    Store(StoreError),
    /// Nobody takes runs any more: the bot is stopping.
    Closed,
}

impl From<StoreError> for Stop {
    fn from(error: StoreError) -> Self {
        Self::Store(error)
    }
}

pub(super) async fn run(schedules: Schedules, shards: Shards, runs: mpsc::Sender<DueRun>) {
    loop {
        let now = schedules.clock.now();
        let wake = match pass(&schedules, shards, &runs, now).await {
            Ok(next) => next.map_or(now + LONGEST_SLEEP, |at| at.min(now + LONGEST_SLEEP)),
            Err(Stop::Closed) => return,
            Err(Stop::Store(error)) => {
                tracing::warn!(
                    error = &error as &dyn std::error::Error,
                    "could not read the schedules; trying again"
                );
                tokio::time::sleep(RETRY).await;
                continue;
            }
        };
        // Nothing due yet was found; a due moment already past is a row this version cannot
        // read, or a change the poke below reports.
        let wake = if wake <= now {
            now + LONGEST_SLEEP
        } else {
            wake
        };
        tokio::select! {
            () = schedules.clock.sleep_until(wake) => {}
            () = schedules.changed.notified() => {}
        }
    }
}

/// Hands on every run due at `now`; returns when the next one is due.
async fn pass(
    schedules: &Schedules,
    shards: Shards,
    runs: &mpsc::Sender<DueRun>,
    now: DateTime<Utc>,
) -> Result<Option<DateTime<Utc>>, Stop> {
    let shards = ShardSpan {
        first: i64::from(shards.first),
        last: i64::from(shards.last),
        total: i64::from(shards.total.max(1)),
    };
    loop {
        let due = schedules.store.due_schedules(now, shards).await?;
        if due.is_empty() {
            return Ok(schedules.store.next_due(shards).await?);
        }
        for schedule in due {
            let run = due_run(&schedule, now);
            let claimed = schedules
                .store
                .claim_run(schedule.id, run.action_at, run.next)
                .await?;
            if claimed {
                runs.send(run).await.map_err(|_| Stop::Closed)?;
            }
        }
    }
}

/// The run `schedule` has due at `now`. A missed run is reported once, however many
/// occurrences were missed, and the schedule moves on to its next occurrence after `now`.
fn due_run(schedule: &Schedule, now: DateTime<Utc>) -> DueRun {
    let spec = &schedule.spec;
    let action_at = spec.next_run;
    let missed = now - action_at > MISSED_AFTER;
    let next = match spec.timing.recurrence() {
        Recurrence::Once => None,
        Recurrence::Daily | Recurrence::Weekly => Some(next_after(
            spec.timing,
            spec.zone,
            if missed { now } else { action_at },
        )),
    };
    DueRun {
        schedule: schedule.id,
        guild: spec.guild,
        made_by: spec.made_by,
        channel: spec.channel,
        server: spec.server.clone(),
        action: spec.action,
        warn: spec.warn,
        message: spec.message.clone(),
        action_at,
        missed,
        next,
    }
}
