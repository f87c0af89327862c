//! Scheduled runs carried out: a warned one becomes a countdown ending at the scheduled time,
//! one without a warning is sent at once, and one missed while the bot was down is reported.
//! Each says what became of it in the schedule's channel, and goes to the audit trail under
//! its schedule and the member who made it.

use tokio::sync::mpsc;
use tokio::task::JoinHandle;

use crate::power::{CommandRefusal, PowerOutcome, PowerRequest};
use crate::replies;
use crate::schedule::{DueRun, Schedules};
use crate::sharding::Shards;

use super::{BeginError, Countdowns, Plan};

/// How many due runs may wait for the consumer before the loop waits for it.
const QUEUE: usize = 64;

/// The schedule loop and its consumer; both stop when this is dropped.
pub struct Scheduling(Vec<JoinHandle<()>>);

impl Drop for Scheduling {
    fn drop(&mut self) {
        self.0.iter().for_each(JoinHandle::abort);
    }
}

impl Countdowns {
    /// Carries out the runs `schedules` hands on for the guilds of `shards`, until dropped.
    pub fn run_schedules(&self, schedules: &Schedules, shards: Shards) -> Scheduling {
        let (runs, mut due) = mpsc::channel::<DueRun>(QUEUE);
        let task = schedules.start_loop(shards, runs);
        let countdowns = self.clone();
        let consumer = tokio::spawn(async move {
            while let Some(run) = due.recv().await {
                countdowns.carry_out(run).await;
            }
        });
        Scheduling(vec![task, consumer])
    }

    async fn carry_out(&self, run: DueRun) {
        let power = &self.0.power;
        // The name it has now, if any: replies show it.
        let name = match power.resolve(run.guild, run.server.as_str()).await {
            Ok(target) if target.id == run.server => target.name,
            _ => None,
        };
        let request = PowerRequest {
            guild: run.guild,
            member: run.made_by,
            server: run.server.clone(),
            name,
            action: run.action,
            schedule: Some(run.schedule),
            panel: None,
        };
        tracing::info!(
            schedule = run.schedule,
            guild = run.guild,
            server = %run.server,
            action = %run.action,
            missed = run.missed,
            "scheduled run due"
        );
        let next = run.next.map(|at| at.timestamp());
        // The schedule's channel reads what became of the run.
        let lang = power.guild_language(run.guild).await;
        if run.missed {
            power.record_refusal(&request, CommandRefusal::Missed);
            let text = replies::schedule_missed(lang, &request, run.action_at.timestamp(), next);
            self.announce(run.channel, text).await;
            return;
        }
        let Some(warn) = run.warn else {
            let outcome = match power.admit_unattended(&request, None) {
                Ok(admitted) => power.send(admitted).await,
                // Recorded by the power desk already.
                Err(refusal) => PowerOutcome::Refused(refusal),
            };
            let status = power.outage_behind(&outcome).await;
            let text = replies::schedule_ran(lang, &request, &outcome, status.as_ref(), next);
            self.announce(run.channel, text).await;
            return;
        };
        let plan = Plan {
            request: request.clone(),
            warn,
            message: run.message,
            channel: run.channel,
            action_at: run.action_at,
        };
        let outcome = match self.begin(plan).await {
            Ok(_) => return,
            Err(BeginError::NoKey) => PowerOutcome::NoKey,
            Err(BeginError::Refused(refusal)) => PowerOutcome::Refused(refusal),
            Err(BeginError::Store(_)) => PowerOutcome::StoreFailed,
            Err(BeginError::AlreadyRunning) => {
                let text = replies::countdown_already_running(lang, &request);
                self.announce(run.channel, text).await;
                return;
            }
            Err(BeginError::CannotPost(why)) => {
                // Nowhere to say it: the log is the only trace besides the audit trail.
                tracing::warn!(
                    schedule = run.schedule,
                    ?why,
                    "could not post a scheduled countdown"
                );
                PowerOutcome::StoreFailed
            }
        };
        power.record(&request, &outcome);
        let text = replies::schedule_ran(lang, &request, &outcome, None, next);
        self.announce(run.channel, text).await;
    }

    /// Posts `text` in `channel`, a warning in the log if it cannot be.
    async fn announce(&self, channel: u64, text: String) {
        let Some(board) = self.0.board.get() else {
            return;
        };
        if let Err(error) = board.show(channel, None, text, None).await {
            let error = &error as &dyn std::error::Error;
            tracing::warn!(channel, error, "could not post a scheduled run's outcome");
        }
    }
}
