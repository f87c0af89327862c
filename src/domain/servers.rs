//! Named game servers: the checked name a guild gives a server, and what naming one did.

/// Longest name a server can be given.
pub const MAX_SERVER_NAME_LEN: usize = 32;

/// A short name for a game server, checked: trimmed, 1 to [`MAX_SERVER_NAME_LEN`]
/// characters, no hidden characters ([`super::is_hidden`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServerName(String);

/// Why a name was refused; nothing was stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum InvalidServerName {
    /// Nothing (or only spaces) was typed. Type a short name such as `mc-survival`.
    #[error("the server name is empty")]
    Empty,
    /// Longer than [`MAX_SERVER_NAME_LEN`] characters. Pick a shorter name.
    #[error("the server name is too long")]
    TooLong,
    /// Contains a line break, a right-to-left override, a zero-width space or another
    /// hidden character (see [`super::is_hidden`]). Type the name on one line, without them.
    #[error("the server name contains a hidden character")]
    HiddenCharacter,
}

impl ServerName {
    /// Checks a typed name. Surrounding spaces are trimmed.
    pub fn parse(input: &str) -> Result<Self, InvalidServerName> {
        let name = input.trim();
        if name.is_empty() {
            return Err(InvalidServerName::Empty);
        }
        if name.chars().count() > MAX_SERVER_NAME_LEN {
            return Err(InvalidServerName::TooLong);
        }
        if name.chars().any(super::is_hidden) {
            return Err(InvalidServerName::HiddenCharacter);
        }
        Ok(Self(name.to_owned()))
    }

    /// The name as typed (trimmed).
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A game server a guild has named.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NamedServer {
    /// The HEO server ID, as it was added.
    pub id: String,
    /// The display name, as it was typed (trimmed).
    pub name: String,
}

/// What `/server add` did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AddServer {
    /// The server was not named before.
    Added,
    /// The server had another name, which this one replaces.
    Renamed { from: String },
    /// Another server of the guild already has this name (in any case).
    NameTaken { by: NamedServer },
    /// The name is, in any case, the ID of another server of the guild.
    NameIsAnotherId { of: NamedServer },
    /// The ID is, in any case, the name of another server of the guild.
    IdIsAnotherName { of: NamedServer },
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_trimmed_and_checked() {
        assert_eq!(ServerName::parse("  mc  ").unwrap().as_str(), "mc");
        assert_eq!(ServerName::parse(" "), Err(InvalidServerName::Empty));
        assert_eq!(
            ServerName::parse("a\tb"),
            Err(InvalidServerName::HiddenCharacter)
        );
        let long = "é".repeat(MAX_SERVER_NAME_LEN + 1);
        assert_eq!(ServerName::parse(&long), Err(InvalidServerName::TooLong));
        assert!(ServerName::parse(&"é".repeat(MAX_SERVER_NAME_LEN)).is_ok());
    }
}
