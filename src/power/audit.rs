//! The audit trail: one [`AuditEntry`] per power action a member asked for, whatever became
//! of it. Written in the background by one writer (`audit_writer`), so a slow or failing
//! database never delays a reply.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use crate::heo::{HeoError, PowerAction, ServerId};
use crate::store::{AuditRow, StoreError};

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
}

/// One row of the audit trail.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditEntry {
    pub guild: u64,
    pub member: u64,
    pub server: String,
    pub name: Option<String>,
    pub action: PowerAction,
    /// `requested`, or a short error code such as `unauthorized` or `cooldown`.
    pub outcome: &'static str,
    /// HEO's HTTP status, when HEO answered with an error.
    pub http_status: Option<u16>,
    /// Unix seconds.
    pub at: i64,
}

impl AuditEntry {
    /// What `outcome` of `request` leaves in the trail, stamped now.
    pub fn of(request: &PowerRequest, outcome: &PowerOutcome) -> Self {
        let (code, http_status) = outcome_code(outcome);
        Self::new(request, code, http_status)
    }

    /// A refusal made in the commands, stamped now.
    pub fn refused(request: &PowerRequest, refusal: CommandRefusal) -> Self {
        Self::new(request, refusal_code(refusal), None)
    }

    /// The entry as `/server history` and the audit channel show it.
    pub fn to_row(&self) -> AuditRow {
        AuditRow {
            member: self.member,
            server: self.server.clone(),
            name: self.name.clone(),
            action: self.action,
            outcome: self.outcome.to_owned(),
            http_status: self.http_status,
            at: self.at,
        }
    }

    fn new(request: &PowerRequest, outcome: &'static str, http_status: Option<u16>) -> Self {
        Self {
            guild: request.guild,
            member: request.member,
            server: request.server.as_str().to_owned(),
            name: request.name.clone(),
            action: request.action,
            outcome,
            http_status,
            at: now_unix(),
        }
    }
}

impl Power {
    /// Adds `outcome` of `request` to the audit trail in the background: the reply never
    /// waits for it, and a failed write is only logged.
    pub fn record(&self, request: &PowerRequest, outcome: &PowerOutcome) {
        self.write_audit(AuditEntry::of(request, outcome));
    }

    /// Adds a refusal decided in the commands (not permitted, a cancelled or expired kill)
    /// to the audit trail, as [`Power::record`] does.
    pub fn record_refusal(&self, request: &PowerRequest, refusal: CommandRefusal) {
        self.write_audit(AuditEntry::refused(request, refusal));
    }

    /// `guild`'s newest `limit` audit entries, newest first; only `server`'s when given.
    pub async fn history(
        &self,
        guild: u64,
        server: Option<&ServerId>,
        limit: u32,
    ) -> Result<Vec<AuditRow>, StoreError> {
        let server = server.map(ServerId::as_str);
        self.store.recent_audit(guild, server, limit).await
    }

    /// Deletes audit entries older than `retention_days` now, then every `period`, for as
    /// long as the task runs (the caller aborts it at shutdown).
    pub async fn prune_audit_every(&self, retention_days: u32, period: Duration) {
        // The first tick completes at once; a prune that overran delays the next rather than
        // bunching the missed ones together.
        let mut ticks = tokio::time::interval(period);
        ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            ticks.tick().await;
            self.prune_audit(retention_days).await;
        }
    }

    /// Deletes audit entries older than `retention_days`; a failure is only logged (the
    /// next run tries again).
    pub async fn prune_audit(&self, retention_days: u32) {
        let cutoff = retention_cutoff(now_unix(), retention_days);
        match self.store.prune_audit(cutoff).await {
            Ok(deleted) => tracing::info!(deleted, retention_days, "old audit entries pruned"),
            Err(error) => tracing::warn!(
                error = &error as &dyn std::error::Error,
                "could not prune old audit entries"
            ),
        }
    }
}

/// The short code and HTTP status recorded for `outcome`.
pub fn outcome_code(outcome: &PowerOutcome) -> (&'static str, Option<u16>) {
    match outcome {
        PowerOutcome::Requested => ("requested", None),
        PowerOutcome::NoKey => ("no_key", None),
        PowerOutcome::StoreFailed => ("store_failed", None),
        PowerOutcome::KeyUnreadable => ("key_unreadable", None),
        PowerOutcome::Refused(Refusal::InProgress { .. }) => ("in_progress", None),
        PowerOutcome::Refused(Refusal::CoolingDown { .. }) => ("cooldown", None),
        PowerOutcome::Refused(Refusal::BackingOff { .. }) => ("backing_off", None),
        PowerOutcome::Failed(error) => (error_code(error), error.http_status()),
    }
}

fn error_code(error: &HeoError) -> &'static str {
    match error {
        HeoError::ConfirmationRequired => "confirmation_required",
        HeoError::Unauthorized => "unauthorized",
        HeoError::Forbidden => "forbidden",
        HeoError::InsufficientScope => "insufficient_scope",
        HeoError::NotFound => "not_found",
        HeoError::MethodNotAllowed => "method_not_allowed",
        HeoError::RateLimited { .. } => "rate_limited",
        HeoError::GameServerUnreachable => "provider_error",
        HeoError::ProviderUnavailable { .. } => "provider_unavailable",
        HeoError::UnexpectedStatus { .. } => "unexpected_status",
        HeoError::UnreadableSuccess { .. } => "unreadable_success",
        HeoError::Timeout => "timeout",
        HeoError::Unreachable(_) => "unreachable",
    }
}

fn refusal_code(refusal: CommandRefusal) -> &'static str {
    match refusal {
        CommandRefusal::NotPermitted => "not_permitted",
        CommandRefusal::KillCancelled => "kill_cancelled",
        CommandRefusal::KillExpired => "kill_expired",
    }
}

/// The unix time before which entries are older than `retention_days`, seen at `now`.
pub fn retention_cutoff(now: i64, retention_days: u32) -> i64 {
    now - i64::from(retention_days) * 86_400
}

/// Seconds since the Unix epoch; 0 on a clock set before 1970.
pub fn now_unix() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |elapsed| elapsed.as_secs() as i64)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::heo::ServerId;

    fn request() -> PowerRequest {
        PowerRequest {
            guild: 1,
            member: 2,
            server: ServerId::parse("srv_1").expect("valid ID"),
            name: Some("mc".to_owned()),
            action: PowerAction::Restart,
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
        ];
        for (outcome, code, status) in cases {
            assert_eq!(outcome_code(&outcome), (code, status), "{outcome:?}");
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
        for (at, (error, code, status)) in errors.into_iter().enumerate() {
            assert_eq!(listed_at(&error), at, "{error:?} is listed out of place");
            let outcome = PowerOutcome::Failed(error);
            assert_eq!(outcome_code(&outcome), (code, status), "{outcome:?}");
        }
        // Two errors sharing a code could not be told apart in /server history.
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), 13);
    }

    #[test]
    fn entries_are_kept_for_whole_days_before_the_cutoff() {
        assert_eq!(retention_cutoff(1_000_000, 1), 1_000_000 - 86_400);
        assert_eq!(
            retention_cutoff(1_000_000_000, 90),
            1_000_000_000 - 90 * 86_400
        );
    }

    #[test]
    fn an_entry_names_the_member_server_and_action_and_refusals_in_commands_have_codes() {
        let entry = AuditEntry::refused(&request(), CommandRefusal::KillExpired);
        assert_eq!(
            (entry.guild, entry.member, entry.server.as_str()),
            (1, 2, "srv_1")
        );
        assert_eq!(entry.name.as_deref(), Some("mc"));
        assert_eq!(entry.action, PowerAction::Restart);
        assert_eq!(entry.outcome, "kill_expired");
        assert!(entry.at > 1_700_000_000);
        let codes = [
            CommandRefusal::NotPermitted,
            CommandRefusal::KillCancelled,
            CommandRefusal::KillExpired,
        ]
        .map(refusal_code);
        assert_eq!(codes, ["not_permitted", "kill_cancelled", "kill_expired"]);
    }
}
