//! One countdown's life after it is announced: the in-game warnings at their steps, then the
//! action, then the countdown edited with its outcome.
//!
//! Warnings that cannot be sent do not stop the action: the countdown is public and keeps its
//! Abort button, so the community still sees it coming, and an admin who asked for a restart
//! at a time expects it then. The countdown says at once why the players are not warned; a
//! failure that cannot heal by itself (no key, a key without the console scope, no access)
//! stops the remaining warnings, any other is tried again at the next step.

use std::time::Duration;

use chrono::{DateTime, Utc};
use tokio_util::sync::CancellationToken;

use crate::heo::HeoError;
use crate::power::{PowerOutcome, Refusal};
use crate::replies;

use super::{Countdown, Countdowns};

/// A warning found this late (after a restart, say) is skipped: "5 minutes left" said at
/// 4 minutes left would mislead the players.
const LATE_WARNING: chrono::Duration = chrono::Duration::seconds(5);

/// The console command for `line`: the server's template with `{message}` filled in.
pub(super) fn fill(template: &str, line: &str) -> String {
    template.replace("{message}", line)
}

impl Countdowns {
    /// Runs `countdown` in the background until its action is sent, it is aborted, or the bot
    /// stops.
    pub(super) fn spawn(&self, countdown: Countdown) {
        let token = self.0.stopping.child_token();
        self.running().insert(countdown.id, token.clone());
        let countdowns = self.clone();
        tokio::spawn(async move {
            let (id, request) = (countdown.id, countdown.request.clone());
            countdowns.run(countdown, &token).await;
            countdowns.running().remove(&id);
            // However it ended (sent, aborted here or by another process, its guild left),
            // its server is free again; a hold only ever outlives its runner by mistake.
            let server = request.server.as_str();
            countdowns.0.power.release(request.guild, server, id);
        });
    }

    async fn run(&self, countdown: Countdown, stop: &CancellationToken) {
        let mut warnings = Warnings::default();
        for step in countdown.warn.steps() {
            let Some(at) = chrono::Duration::from_std(step)
                .ok()
                .map(|step| countdown.due - step)
            else {
                continue;
            };
            if at + LATE_WARNING < self.0.clock.now() {
                continue;
            }
            if !self.wait_until(at, stop).await {
                return;
            }
            if warnings.off {
                continue;
            }
            // Aborted meanwhile (with a click another process answered), or its guild left:
            // the players must not hear of it again.
            if !self.still_waiting(countdown.id).await {
                return;
            }
            self.warn(&countdown, step, &mut warnings).await;
        }
        if !self.wait_until(countdown.due, stop).await {
            return;
        }
        // Once shutdown has begun, nothing new is sent: the next start picks the countdown
        // up (sending it if still within the grace, reporting it missed otherwise).
        let Some(_running) = self.0.drain.enter() else {
            return;
        };
        self.act(&countdown).await;
    }

    /// Whether countdown `id` is still stored and waiting. A database that cannot be read
    /// says yes: a warning too many is better than a countdown dropped in silence.
    async fn still_waiting(&self, id: i64) -> bool {
        match self.0.store.countdown(id).await {
            Ok(row) => row.is_some_and(|row| !row.sending),
            Err(error) => {
                log_store_error(id, &error);
                true
            }
        }
    }

    /// Whether the clock reached `at` before the countdown was stopped.
    async fn wait_until(&self, at: DateTime<Utc>, stop: &CancellationToken) -> bool {
        tokio::select! {
            () = self.0.clock.sleep_until(at) => !stop.is_cancelled(),
            () = stop.cancelled() => false,
        }
    }

    async fn warn(&self, countdown: &Countdown, left: Duration, warnings: &mut Warnings) {
        let request = &countdown.request;
        // The players read it in game, in the guild's language, as the countdown reads.
        let lang = self.language(countdown).await;
        let message = countdown.message.as_deref();
        let line = replies::in_game_warning(lang, request.action, left, message);
        let command = fill(&countdown.template, &line);
        let outcome = self
            .0
            .power
            .console(request.guild, &request.server, &command)
            .await;
        if matches!(outcome, PowerOutcome::Requested) {
            return;
        }
        warnings.off = for_good(&outcome);
        if !warnings.shown_problem {
            warnings.shown_problem = true;
            let problem = replies::warning_problem(lang, &outcome);
            let text = replies::countdown_running(lang, countdown, Some(&problem));
            if let Err(why) = self.show(countdown, lang, text, true).await {
                tracing::warn!(
                    countdown = countdown.id,
                    ?why,
                    "could not show a warning problem"
                );
            }
        }
    }

    /// Sends the action, unless an Abort took the countdown first.
    async fn act(&self, countdown: &Countdown) {
        let (store, power) = (&self.0.store, &self.0.power);
        let request = &countdown.request;
        match store.start_sending_countdown(countdown.id).await {
            Ok(true) => {}
            // Aborted in the same moment: the abort has answered.
            Ok(false) => return,
            Err(error) => {
                log_store_error(countdown.id, &error);
                let outcome = PowerOutcome::StoreFailed;
                power.record(request, &outcome);
                self.release_and_finish(countdown, &outcome).await;
                return;
            }
        }
        let outcome = match power.admit_unattended(request, Some(countdown.id)) {
            Ok(admitted) => power.send(admitted).await,
            // Recorded by the power desk already.
            Err(refusal) => PowerOutcome::Refused(refusal),
        };
        self.release_and_finish(countdown, &outcome).await;
    }

    async fn release_and_finish(&self, countdown: &Countdown, outcome: &PowerOutcome) {
        let request = &countdown.request;
        self.0
            .power
            .release(request.guild, request.server.as_str(), countdown.id);
        let status = self.0.power.outage_behind(outcome).await;
        let lang = self.language(countdown).await;
        let text = replies::countdown_ended(lang, countdown, outcome, status.as_ref());
        self.finish(countdown, lang, text).await;
    }
}

fn log_store_error(countdown: i64, error: &crate::store::StoreError) {
    let error = error as &dyn std::error::Error;
    tracing::error!(countdown, error, "could not read or take a countdown");
}

#[derive(Default)]
struct Warnings {
    /// No more warnings are tried.
    off: bool,
    /// The countdown already says why the players are not warned.
    shown_problem: bool,
}

/// Whether a warning that failed so will fail the same way at every later step.
fn for_good(outcome: &PowerOutcome) -> bool {
    match outcome {
        PowerOutcome::NoKey | PowerOutcome::KeyUnreadable => true,
        PowerOutcome::Failed(error) => matches!(
            error,
            HeoError::Unauthorized
                | HeoError::Forbidden
                | HeoError::InsufficientScope
                | HeoError::NotFound
                | HeoError::MethodNotAllowed
        ),
        PowerOutcome::Requested
        | PowerOutcome::StoreFailed
        | PowerOutcome::Refused(
            Refusal::BackingOff { .. }
            | Refusal::GuildBudget { .. }
            | Refusal::Busy { .. }
            | Refusal::InProgress { .. }
            | Refusal::CoolingDown { .. }
            | Refusal::CountingDown(_),
        ) => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_template_gets_the_warning_line_wherever_it_asks_for_it() {
        assert_eq!(
            fill("say {message}", "Restart in 1 minute."),
            "say Restart in 1 minute."
        );
        assert_eq!(
            fill("broadcast [HEO] {message}", "Stop in 10 seconds."),
            "broadcast [HEO] Stop in 10 seconds."
        );
    }

    #[test]
    fn only_failures_that_cannot_heal_stop_the_warnings() {
        assert!(for_good(&PowerOutcome::Failed(HeoError::InsufficientScope)));
        assert!(for_good(&PowerOutcome::NoKey));
        assert!(!for_good(&PowerOutcome::Failed(HeoError::Timeout)));
        assert!(!for_good(&PowerOutcome::Failed(
            HeoError::GameServerUnreachable
        )));
        let wait = Duration::from_secs(5);
        assert!(!for_good(&PowerOutcome::Refused(Refusal::BackingOff {
            wait
        })));
    }
}
