//! The audit trail's entry: who asked for which power action on which server, and what came
//! of it.

use std::fmt;
use std::str::FromStr;

use super::{PanelId, PowerAction};

/// One entry of the audit trail, as written and as read back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditEntry {
    pub guild: u64,
    pub member: u64,
    /// The HEO server ID, as sent (or as it would have been).
    pub server: String,
    /// The server's name in the guild, when it had one.
    pub name: Option<String>,
    pub action: PowerAction,
    pub outcome: Outcome,
    /// HEO's HTTP status, when HEO answered with an error.
    pub http_status: Option<u16>,
    /// Unix seconds.
    pub at: i64,
    /// The schedule that asked, when one did: `member` made it.
    pub schedule: Option<i64>,
    /// The panel whose button asked, when one did: `member` clicked it.
    pub panel: Option<PanelId>,
}

/// What became of a power action a member asked for. Stored, and shown in `/server
/// history`, as its [`Outcome::code`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Outcome {
    /// HEO accepted the action.
    Requested,
    /// Nothing was sent: the guild has no key linked.
    NoKey,
    /// Nothing was sent: the key could not be read from the database.
    StoreFailed,
    /// Nothing was sent: the stored key does not decrypt under this guild.
    KeyUnreadable,
    /// Refused by the guards: another action on the server was under way.
    InProgress,
    /// Refused by the guards: the member's cooldown was running.
    Cooldown,
    /// Refused by the guards: the bot was backing off after HEO's 429.
    BackingOff,
    /// Refused by the guards: the guild had used its share of provider calls.
    GuildBudget,
    /// Refused by the guards: the bot already had as many calls under way as it allows.
    BotBusy,
    /// Refused: the guild's per-action roles do not let the member act.
    NotPermitted,
    /// The member pressed Cancel on a kill prompt.
    KillCancelled,
    /// A kill prompt timed out unanswered.
    KillExpired,
    /// Refused by the guards: a countdown (a warned action) held the server.
    CountingDown,
    /// A countdown was aborted before its action was sent.
    CountdownAborted,
    /// A warned or scheduled action was not sent: the bot was not running when it was due.
    Missed,
    /// HEO: 400 `confirmation_required`.
    ConfirmationRequired,
    /// HEO: 401.
    Unauthorized,
    /// HEO: 403 `forbidden`.
    Forbidden,
    /// HEO: 403 `insufficient_scope`.
    InsufficientScope,
    /// HEO: 404.
    NotFound,
    /// HEO: 405.
    MethodNotAllowed,
    /// HEO: 429.
    RateLimited,
    /// HEO: 502 `provider_error`, the game server could not be reached.
    ProviderError,
    /// HEO: another 5xx.
    ProviderUnavailable,
    /// HEO: a status its contract does not mention.
    UnexpectedStatus,
    /// HEO: a 2xx whose body was not the documented success.
    UnreadableSuccess,
    /// HEO did not answer in time.
    Timeout,
    /// HEO could not be reached.
    Unreachable,
}

/// A stored code that names no outcome (written by a newer version, say).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0:?} is not an audit outcome")]
pub struct UnknownOutcome(pub String);

impl Outcome {
    pub const ALL: [Outcome; 28] = [
        Self::Requested,
        Self::NoKey,
        Self::StoreFailed,
        Self::KeyUnreadable,
        Self::InProgress,
        Self::Cooldown,
        Self::BackingOff,
        Self::GuildBudget,
        Self::BotBusy,
        Self::NotPermitted,
        Self::KillCancelled,
        Self::KillExpired,
        Self::CountingDown,
        Self::CountdownAborted,
        Self::Missed,
        Self::ConfirmationRequired,
        Self::Unauthorized,
        Self::Forbidden,
        Self::InsufficientScope,
        Self::NotFound,
        Self::MethodNotAllowed,
        Self::RateLimited,
        Self::ProviderError,
        Self::ProviderUnavailable,
        Self::UnexpectedStatus,
        Self::UnreadableSuccess,
        Self::Timeout,
        Self::Unreachable,
    ];

    /// The short code stored in the database and shown in `/server history`.
    pub fn code(self) -> &'static str {
        match self {
            Self::Requested => "requested",
            Self::NoKey => "no_key",
            Self::StoreFailed => "store_failed",
            Self::KeyUnreadable => "key_unreadable",
            Self::InProgress => "in_progress",
            Self::Cooldown => "cooldown",
            Self::BackingOff => "backing_off",
            Self::GuildBudget => "guild_budget",
            Self::BotBusy => "bot_busy",
            Self::NotPermitted => "not_permitted",
            Self::KillCancelled => "kill_cancelled",
            Self::KillExpired => "kill_expired",
            Self::CountingDown => "counting_down",
            Self::CountdownAborted => "countdown_aborted",
            Self::Missed => "missed",
            Self::ConfirmationRequired => "confirmation_required",
            Self::Unauthorized => "unauthorized",
            Self::Forbidden => "forbidden",
            Self::InsufficientScope => "insufficient_scope",
            Self::NotFound => "not_found",
            Self::MethodNotAllowed => "method_not_allowed",
            Self::RateLimited => "rate_limited",
            Self::ProviderError => "provider_error",
            Self::ProviderUnavailable => "provider_unavailable",
            Self::UnexpectedStatus => "unexpected_status",
            Self::UnreadableSuccess => "unreadable_success",
            Self::Timeout => "timeout",
            Self::Unreachable => "unreachable",
        }
    }
}

impl Outcome {
    /// Whether the action was sent to HEO, or the bot tried to (HEO timed out or could not be
    /// reached). The others sent nothing, and a member can make most of them at will (a
    /// refusal costs nothing, not even a cooldown), so `/server history` lists them apart:
    /// a flood of them must not push the actions that reached HEO out of its list.
    pub fn sent_to_heo(self) -> bool {
        match self {
            Self::Requested
            | Self::ConfirmationRequired
            | Self::Unauthorized
            | Self::Forbidden
            | Self::InsufficientScope
            | Self::NotFound
            | Self::MethodNotAllowed
            | Self::RateLimited
            | Self::ProviderError
            | Self::ProviderUnavailable
            | Self::UnexpectedStatus
            | Self::UnreadableSuccess
            | Self::Timeout
            | Self::Unreachable => true,
            Self::NoKey
            | Self::StoreFailed
            | Self::KeyUnreadable
            | Self::InProgress
            | Self::Cooldown
            | Self::BackingOff
            | Self::GuildBudget
            | Self::BotBusy
            | Self::NotPermitted
            | Self::KillCancelled
            | Self::KillExpired
            | Self::CountingDown
            | Self::CountdownAborted
            | Self::Missed => false,
        }
    }
}

/// Which entries `/server history` lists: the actions sent to HEO, or the requests that
/// sent nothing (refused, cancelled, expired). Never both in one list, so that refusals made
/// on purpose cannot push the real actions out of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HistoryKind {
    Sent,
    NotSent,
}

impl HistoryKind {
    /// The outcomes of the entries this kind lists.
    pub fn outcomes(self) -> Vec<Outcome> {
        let sent = self == Self::Sent;
        let listed = Outcome::ALL.into_iter().filter(|o| o.sent_to_heo() == sent);
        listed.collect()
    }
}

impl FromStr for Outcome {
    type Err = UnknownOutcome;

    /// The inverse of [`Outcome::code`].
    fn from_str(code: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|outcome| outcome.code() == code)
            .ok_or_else(|| UnknownOutcome(code.to_owned()))
    }
}

impl fmt::Display for Outcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_outcome_has_its_own_code_and_reads_back_from_it() {
        let mut codes: Vec<&str> = Outcome::ALL.iter().map(|o| o.code()).collect();
        for outcome in Outcome::ALL {
            assert_eq!(outcome.code().parse(), Ok(outcome));
        }
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), Outcome::ALL.len(), "two outcomes share a code");
        assert!("Requested".parse::<Outcome>().is_err());
    }

    #[test]
    fn every_outcome_is_listed_in_exactly_one_history_and_refusals_are_not_among_the_sent() {
        let (sent, not_sent) = (
            HistoryKind::Sent.outcomes(),
            HistoryKind::NotSent.outcomes(),
        );
        assert_eq!(sent.len() + not_sent.len(), Outcome::ALL.len());
        assert!(sent.contains(&Outcome::Requested) && sent.contains(&Outcome::Timeout));
        for refusal in [
            Outcome::Cooldown,
            Outcome::NotPermitted,
            Outcome::KillCancelled,
        ] {
            assert!(not_sent.contains(&refusal) && !sent.contains(&refusal));
        }
    }
}
