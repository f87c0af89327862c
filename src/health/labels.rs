//! Every label the metrics carry, each from a bounded vocabulary: a command from the fixed
//! command list, an action, an outcome or provider result code, a guard, a queue, a shard
//! (bounded by `SHARD_COUNT`). No label ever holds a key, a token, a guild, a member, a
//! server ID or anything else a user typed, so a scrape can be shown to anyone who may see
//! the bot's load, and the number of series stays fixed however many guilds the bot serves.

use prometheus_client::encoding::EncodeLabelSet;

use crate::domain::Outcome;

/// How a slash command (or a click on a kill prompt) ended, for `heo_bot_interactions_total`.
/// What a power action came to is in `heo_bot_power_outcomes_total`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InteractionOutcome {
    /// The command ran to its end and answered (whatever the answer said).
    Ok,
    /// Turned away because the bot is shutting down.
    ShuttingDown,
    /// Turned away because `ALLOWED_GUILDS` does not list the guild.
    GuildNotServed,
    /// The database failed.
    StoreFailed,
    /// A Discord request failed (the answer could not be sent, say).
    DiscordFailed,
    /// The command panicked.
    Panicked,
    /// The options could not be read, or the command is no longer the bot's.
    BadArguments,
    /// The member lacks the permission the command declares.
    MissingPermissions,
    /// Used outside a guild.
    GuildOnly,
    /// Any other framework error.
    OtherError,
}

impl InteractionOutcome {
    pub fn code(self) -> &'static str {
        match self {
            Self::Ok => "ok",
            Self::ShuttingDown => "shutting_down",
            Self::GuildNotServed => "guild_not_served",
            Self::StoreFailed => "store_failed",
            Self::DiscordFailed => "discord_failed",
            Self::Panicked => "panicked",
            Self::BadArguments => "bad_arguments",
            Self::MissingPermissions => "missing_permissions",
            Self::GuildOnly => "guild_only",
            Self::OtherError => "error",
        }
    }
}

/// The guard that refused a power request before anything was sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Guard {
    /// The bot-wide pause after HEO's 429.
    Backoff,
    /// Another action on the same server was under way (in flight).
    InFlight,
    /// The member's cooldown.
    Cooldown,
    /// The guild's share of provider calls (`HEO_GUILD_BUDGET`).
    GuildBudget,
    /// The bot-wide cap on calls under way (`HEO_MAX_CONCURRENT_CALLS`).
    CallCap,
    /// The guild's per-action roles.
    NotPermitted,
    /// A countdown holding the server.
    Countdown,
}

impl Guard {
    pub const ALL: [Guard; 7] = [
        Self::Backoff,
        Self::InFlight,
        Self::Cooldown,
        Self::GuildBudget,
        Self::CallCap,
        Self::NotPermitted,
        Self::Countdown,
    ];

    /// The guard behind `outcome`, if it is a refusal by one. No wildcard arm: a new outcome
    /// does not compile until it is sorted here.
    pub fn of(outcome: Outcome) -> Option<Self> {
        match outcome {
            Outcome::BackingOff => Some(Self::Backoff),
            Outcome::InProgress => Some(Self::InFlight),
            Outcome::Cooldown => Some(Self::Cooldown),
            Outcome::GuildBudget => Some(Self::GuildBudget),
            Outcome::BotBusy => Some(Self::CallCap),
            Outcome::NotPermitted => Some(Self::NotPermitted),
            Outcome::CountingDown => Some(Self::Countdown),
            Outcome::Requested
            | Outcome::NoKey
            | Outcome::StoreFailed
            | Outcome::KeyUnreadable
            | Outcome::KillCancelled
            | Outcome::KillExpired
            | Outcome::CountdownAborted
            | Outcome::Missed
            | Outcome::ConfirmationRequired
            | Outcome::Unauthorized
            | Outcome::Forbidden
            | Outcome::InsufficientScope
            | Outcome::NotFound
            | Outcome::MethodNotAllowed
            | Outcome::RateLimited
            | Outcome::ProviderError
            | Outcome::ProviderUnavailable
            | Outcome::UnexpectedStatus
            | Outcome::UnreadableSuccess
            | Outcome::Timeout
            | Outcome::Unreachable => None,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Self::Backoff => "backoff",
            Self::InFlight => "in_flight",
            Self::Cooldown => "cooldown",
            Self::GuildBudget => "guild_budget",
            Self::CallCap => "call_cap",
            Self::NotPermitted => "not_permitted",
            Self::Countdown => "countdown",
        }
    }
}

/// The audit trail's two queues: entries waiting to be written, and lines waiting to be
/// posted to the guilds' audit channels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AuditStage {
    Write,
    Post,
}

impl AuditStage {
    fn code(self) -> &'static str {
        match self {
            Self::Write => "write",
            Self::Post => "post",
        }
    }
}

#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
pub(super) struct CommandOutcomeLabels {
    /// A qualified command name from the bot's own command list.
    pub command: String,
    pub outcome: &'static str,
}

#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
pub(super) struct CommandLabels {
    pub command: String,
}

#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
pub(super) struct ActionLabels {
    pub action: &'static str,
}

#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
pub(super) struct ActionResultLabels {
    pub action: &'static str,
    pub result: &'static str,
}

#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
pub(super) struct ActionOutcomeLabels {
    pub action: &'static str,
    pub outcome: &'static str,
}

#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
pub(super) struct GuardLabels {
    pub guard: &'static str,
}

#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
pub(super) struct StageLabels {
    pub stage: &'static str,
}

impl From<AuditStage> for StageLabels {
    fn from(stage: AuditStage) -> Self {
        Self {
            stage: stage.code(),
        }
    }
}

#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
pub(super) struct ShardLabels {
    pub shard: u32,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exactly_the_seven_refusals_by_a_guard_have_a_guard_each_with_its_own_code() {
        let guards: Vec<Guard> = Outcome::ALL.into_iter().filter_map(Guard::of).collect();
        let mut codes: Vec<&str> = guards.iter().map(|g| g.code()).collect();
        assert_eq!(
            codes,
            [
                "in_flight",
                "cooldown",
                "backoff",
                "guild_budget",
                "call_cap",
                "not_permitted",
                "countdown"
            ]
        );
        codes.dedup();
        assert_eq!(codes.len(), 7);
    }
}
