//! What a power request leaves in the audit trail: one [`AuditEntry`] per action a member
//! asked for, whatever became of it. Writing and posting it is `audit`'s business.

use crate::audit::now_unix;
use crate::domain::{AuditEntry, Outcome};
use crate::heo::HeoError;

use super::{Power, PowerOutcome, PowerRequest, Refusal};

/// A refusal decided in the commands rather than by the power desk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CommandRefusal {
    /// The guild's per-action roles do not let the member act.
    NotPermitted,
    /// The member pressed Cancel on a kill prompt.
    KillCancelled,
    /// A kill prompt timed out unanswered.
    KillExpired,
    /// A countdown was aborted with its button.
    CountdownAborted,
    /// A warned or scheduled action was due while the bot was not running.
    Missed,
}

impl Power {
    /// Adds `outcome` of `request` to the audit trail in the background: the reply never
    /// waits for it, and a failed write is only logged.
    pub fn record(&self, request: &PowerRequest, outcome: &PowerOutcome) {
        self.counted(audit_entry(request, outcome));
    }

    /// Adds a refusal decided in the commands (not permitted, a cancelled or expired kill)
    /// to the audit trail, as [`Power::record`] does.
    pub fn record_refusal(&self, request: &PowerRequest, refusal: CommandRefusal) {
        self.counted(entry(request, refused_outcome(refusal), None));
    }

    /// Every outcome passes here on its way to the trail, so it is counted here too, once.
    fn counted(&self, entry: AuditEntry) {
        self.metrics.power_outcome(entry.action, entry.outcome);
        self.audit.record(entry);
    }
}

/// What `outcome` of `request` leaves in the trail, stamped now.
fn audit_entry(request: &PowerRequest, outcome: &PowerOutcome) -> AuditEntry {
    let (outcome, http_status) = audit_outcome(outcome);
    entry(request, outcome, http_status)
}

fn entry(request: &PowerRequest, outcome: Outcome, http_status: Option<u16>) -> AuditEntry {
    AuditEntry {
        guild: request.guild,
        member: request.member,
        server: request.server.as_str().to_owned(),
        name: request.name.clone(),
        action: request.action,
        outcome,
        http_status,
        at: now_unix(),
        schedule: request.schedule,
        panel: request.panel.clone(),
    }
}

impl PowerOutcome {
    /// What the audit trail records for this outcome (shown as its code on a panel).
    pub fn recorded(&self) -> Outcome {
        audit_outcome(self).0
    }
}

/// The outcome and HTTP status recorded for `outcome`.
fn audit_outcome(outcome: &PowerOutcome) -> (Outcome, Option<u16>) {
    let recorded = match outcome {
        PowerOutcome::Requested => Outcome::Requested,
        PowerOutcome::NoKey => Outcome::NoKey,
        PowerOutcome::StoreFailed => Outcome::StoreFailed,
        PowerOutcome::KeyUnreadable => Outcome::KeyUnreadable,
        PowerOutcome::Refused(Refusal::InProgress { .. }) => Outcome::InProgress,
        PowerOutcome::Refused(Refusal::CoolingDown { .. }) => Outcome::Cooldown,
        PowerOutcome::Refused(Refusal::BackingOff { .. }) => Outcome::BackingOff,
        PowerOutcome::Refused(Refusal::GuildBudget { .. }) => Outcome::GuildBudget,
        PowerOutcome::Refused(Refusal::Busy { .. }) => Outcome::BotBusy,
        PowerOutcome::Refused(Refusal::CountingDown(_)) => Outcome::CountingDown,
        PowerOutcome::Failed(error) => return (provider_outcome(error), error.http_status()),
    };
    (recorded, None)
}

fn provider_outcome(error: &HeoError) -> Outcome {
    match error {
        HeoError::ConfirmationRequired => Outcome::ConfirmationRequired,
        HeoError::Unauthorized => Outcome::Unauthorized,
        HeoError::Forbidden => Outcome::Forbidden,
        HeoError::InsufficientScope => Outcome::InsufficientScope,
        HeoError::NotFound => Outcome::NotFound,
        HeoError::MethodNotAllowed => Outcome::MethodNotAllowed,
        HeoError::RateLimited { .. } => Outcome::RateLimited,
        HeoError::GameServerUnreachable => Outcome::ProviderError,
        HeoError::ProviderUnavailable { .. } => Outcome::ProviderUnavailable,
        HeoError::UnexpectedStatus { .. } => Outcome::UnexpectedStatus,
        HeoError::UnreadableSuccess { .. } => Outcome::UnreadableSuccess,
        HeoError::Timeout => Outcome::Timeout,
        HeoError::Unreachable(_) => Outcome::Unreachable,
    }
}

fn refused_outcome(refusal: CommandRefusal) -> Outcome {
    match refusal {
        CommandRefusal::NotPermitted => Outcome::NotPermitted,
        CommandRefusal::KillCancelled => Outcome::KillCancelled,
        CommandRefusal::KillExpired => Outcome::KillExpired,
        CommandRefusal::CountdownAborted => Outcome::CountdownAborted,
        CommandRefusal::Missed => Outcome::Missed,
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;
    use crate::domain::{PowerAction, ServerId};

    /// The stored code and status of `outcome`.
    fn code(outcome: &PowerOutcome) -> (&'static str, Option<u16>) {
        let (recorded, status) = audit_outcome(outcome);
        (recorded.code(), status)
    }

    fn request() -> PowerRequest {
        PowerRequest {
            guild: 1,
            member: 2,
            server: ServerId::parse("srv_1").expect("valid ID"),
            name: Some("mc".to_owned()),
            action: PowerAction::Restart,
            schedule: None,
            panel: None,
        }
    }

    #[test]
    fn every_outcome_other_than_a_provider_error_is_recorded_with_its_code() {
        let wait = Duration::from_secs(5);
        let cases = [
            (PowerOutcome::Requested, "requested", None),
            (PowerOutcome::NoKey, "no_key", None),
            (PowerOutcome::StoreFailed, "store_failed", None),
            (PowerOutcome::KeyUnreadable, "key_unreadable", None),
            (
                PowerOutcome::Refused(Refusal::InProgress { within: wait }),
                "in_progress",
                None,
            ),
            (
                PowerOutcome::Refused(Refusal::CoolingDown { wait }),
                "cooldown",
                None,
            ),
            (
                PowerOutcome::Refused(Refusal::BackingOff { wait }),
                "backing_off",
                None,
            ),
            (
                PowerOutcome::Refused(Refusal::GuildBudget { wait }),
                "guild_budget",
                None,
            ),
            (
                PowerOutcome::Refused(Refusal::Busy { within: wait }),
                "bot_busy",
                None,
            ),
        ];
        for (outcome, code_wanted, status) in cases {
            assert_eq!(code(&outcome), (code_wanted, status), "{outcome:?}");
        }
    }

    /// Every provider error, each with the code and status its audit entry must carry.
    fn every_provider_error() -> Vec<(HeoError, &'static str, Option<u16>)> {
        // A builder error is the one `reqwest::Error` that can be made without a network.
        let unreachable = reqwest::Client::new().get("not a url").build().unwrap_err();
        vec![
            (
                HeoError::ConfirmationRequired,
                "confirmation_required",
                Some(400),
            ),
            (HeoError::Unauthorized, "unauthorized", Some(401)),
            (HeoError::Forbidden, "forbidden", Some(403)),
            (HeoError::InsufficientScope, "insufficient_scope", Some(403)),
            (HeoError::NotFound, "not_found", Some(404)),
            (HeoError::MethodNotAllowed, "method_not_allowed", Some(405)),
            (
                HeoError::RateLimited { retry_after: None },
                "rate_limited",
                Some(429),
            ),
            (HeoError::GameServerUnreachable, "provider_error", Some(502)),
            (
                HeoError::ProviderUnavailable { status: 503 },
                "provider_unavailable",
                Some(503),
            ),
            (
                HeoError::UnexpectedStatus { status: 302 },
                "unexpected_status",
                Some(302),
            ),
            (
                HeoError::UnreadableSuccess { status: 200 },
                "unreadable_success",
                Some(200),
            ),
            (HeoError::Timeout, "timeout", None),
            (HeoError::Unreachable(unreachable), "unreachable", None),
        ]
    }

    /// Where `error` stands in [`every_provider_error`]. No wildcard arm: a new variant does
    /// not compile until it is listed there too.
    fn listed_at(error: &HeoError) -> usize {
        match error {
            HeoError::ConfirmationRequired => 0,
            HeoError::Unauthorized => 1,
            HeoError::Forbidden => 2,
            HeoError::InsufficientScope => 3,
            HeoError::NotFound => 4,
            HeoError::MethodNotAllowed => 5,
            HeoError::RateLimited { .. } => 6,
            HeoError::GameServerUnreachable => 7,
            HeoError::ProviderUnavailable { .. } => 8,
            HeoError::UnexpectedStatus { .. } => 9,
            HeoError::UnreadableSuccess { .. } => 10,
            HeoError::Timeout => 11,
            HeoError::Unreachable(_) => 12,
        }
    }

    #[test]
    fn every_provider_error_is_recorded_with_its_own_code_and_http_status() {
        let errors = every_provider_error();
        let mut codes: Vec<&str> = errors.iter().map(|(_, code, _)| *code).collect();
        for (at, (error, code_wanted, status)) in errors.into_iter().enumerate() {
            assert_eq!(listed_at(&error), at, "{error:?} is listed out of place");
            // The provider call's metric label and the trail's code say the same.
            assert_eq!(error.code(), code_wanted, "{error:?}");
            let outcome = PowerOutcome::Failed(error);
            assert_eq!(code(&outcome), (code_wanted, status), "{outcome:?}");
        }
        // Two errors sharing a code could not be told apart in /server history.
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), 13);
    }

    #[test]
    fn an_entry_names_the_member_server_and_action_and_refusals_in_commands_have_codes() {
        let entry = entry(
            &request(),
            refused_outcome(CommandRefusal::KillExpired),
            None,
        );
        assert_eq!(
            (entry.guild, entry.member, entry.server.as_str()),
            (1, 2, "srv_1")
        );
        assert_eq!(entry.name.as_deref(), Some("mc"));
        assert_eq!(entry.action, PowerAction::Restart);
        assert_eq!(entry.outcome.code(), "kill_expired");
        assert!(entry.at > 1_700_000_000);
        let codes = [
            CommandRefusal::NotPermitted,
            CommandRefusal::KillCancelled,
            CommandRefusal::KillExpired,
        ]
        .map(|refusal| refused_outcome(refusal).code());
        assert_eq!(codes, ["not_permitted", "kill_cancelled", "kill_expired"]);
    }
}
