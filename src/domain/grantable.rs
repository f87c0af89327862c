//! What a guild can grant a role: one of the four power actions, or reading game servers'
//! logs. Kept apart from [`PowerAction`], which names HEO's four power endpoints and nothing
//! else.

use std::fmt;
use std::str::FromStr;

use super::PowerAction;

/// Something a role can be granted with `/power-role grant`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Grantable {
    /// One power action.
    Power(PowerAction),
    /// Reading a game server's latest log (`/server logs`).
    Logs,
}

/// Text that names nothing a role can be granted (a row written by a newer version, say).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0:?} is not something a role can be granted")]
pub struct UnknownGrantable(pub String);

impl Grantable {
    /// Everything, in the order lists show it.
    pub const ALL: [Grantable; 5] = [
        Self::Power(PowerAction::Start),
        Self::Power(PowerAction::Stop),
        Self::Power(PowerAction::Restart),
        Self::Power(PowerAction::Kill),
        Self::Logs,
    ];

    /// How it is stored and shown: the power action's name, or `logs`.
    pub fn name(self) -> &'static str {
        match self {
            Self::Power(action) => action.path_segment(),
            Self::Logs => "logs",
        }
    }
}

impl From<PowerAction> for Grantable {
    fn from(action: PowerAction) -> Self {
        Self::Power(action)
    }
}

impl FromStr for Grantable {
    type Err = UnknownGrantable;

    /// The inverse of [`Grantable::name`].
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|grantable| grantable.name() == text)
            .ok_or_else(|| UnknownGrantable(text.to_owned()))
    }
}

impl fmt::Display for Grantable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn everything_grantable_reads_back_from_its_name_and_nothing_else_does() {
        for grantable in Grantable::ALL {
            assert_eq!(grantable.name().parse(), Ok(grantable));
        }
        assert_eq!(Grantable::Logs.to_string(), "logs");
        for other in ["", "Logs", "log", "console"] {
            assert!(other.parse::<Grantable>().is_err(), "{other}");
        }
    }
}
