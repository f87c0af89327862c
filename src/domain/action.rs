use std::fmt;
use std::str::FromStr;

/// The four power actions the provider offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PowerAction {
    Start,
    Stop,
    Restart,
    Kill,
}

/// Text that names none of the four actions (a row written by a newer version, say).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0:?} is not a power action")]
pub struct UnknownAction(pub String);

impl PowerAction {
    pub const ALL: [PowerAction; 4] = [Self::Start, Self::Stop, Self::Restart, Self::Kill];

    /// The action's name: the last path segment of its endpoint, and how it is stored.
    pub fn path_segment(self) -> &'static str {
        match self {
            Self::Start => "start",
            Self::Stop => "stop",
            Self::Restart => "restart",
            Self::Kill => "kill",
        }
    }
}

impl FromStr for PowerAction {
    type Err = UnknownAction;

    /// The inverse of [`PowerAction::path_segment`].
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|action| action.path_segment() == text)
            .ok_or_else(|| UnknownAction(text.to_owned()))
    }
}

impl fmt::Display for PowerAction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.path_segment())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_action_reads_back_from_its_name_and_nothing_else_does() {
        for action in PowerAction::ALL {
            assert_eq!(action.path_segment().parse(), Ok(action));
        }
        for other in ["", "Start", "reboot", "kill "] {
            assert_eq!(
                other.parse::<PowerAction>(),
                Err(UnknownAction(other.to_owned()))
            );
        }
    }
}
