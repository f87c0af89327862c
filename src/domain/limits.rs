//! The limits that keep one Discord server from using up what every server shares: HEO's
//! rate budget (one per client IP, so one for the whole bot) and the bot itself.

use std::collections::BTreeSet;
use std::time::Duration;

/// How many provider calls one guild may make: `calls` at once, then one more each time
/// `window / calls` has passed (`HEO_GUILD_BUDGET`, such as `30/10m`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CallBudget {
    /// Never zero.
    pub calls: u32,
    /// Never zero.
    pub window: Duration,
}

impl CallBudget {
    /// How long one call takes to earn back.
    pub fn refill_every(&self) -> Duration {
        self.window / self.calls.max(1)
    }
}

/// The guilds this bot serves (`ALLOWED_GUILDS`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum AllowedGuilds {
    /// Every guild the bot is added to.
    #[default]
    Every,
    /// Only these; the bot leaves any other.
    Only(BTreeSet<u64>),
}

impl AllowedGuilds {
    /// Whether the bot serves `guild`.
    pub fn allows(&self, guild: u64) -> bool {
        match self {
            Self::Every => true,
            Self::Only(listed) => listed.contains(&guild),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_budget_earns_back_one_call_each_window_divided_by_its_calls() {
        let budget = CallBudget {
            calls: 30,
            window: Duration::from_secs(600),
        };
        assert_eq!(budget.refill_every(), Duration::from_secs(20));
    }

    #[test]
    fn only_listed_guilds_are_served_when_there_is_a_list() {
        assert!(AllowedGuilds::Every.allows(7));
        let only = AllowedGuilds::Only(BTreeSet::from([1, 3]));
        assert!(only.allows(1) && only.allows(3));
        assert!(!only.allows(2));
    }
}
