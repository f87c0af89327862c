use std::fmt;

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};

/// Longest server ID we pass on; real IDs look like `srv_123`.
pub const MAX_SERVER_ID_LEN: usize = 100;

/// Everything but RFC 3986's unreserved characters is escaped, so `/`, `?`, `#` and `%`
/// in a user's input can never change the request path.
const SEGMENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~');

/// A game server ID as typed by a Discord user, checked so that it reaches the provider as
/// exactly one path segment.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ServerId(String);

/// Why a typed server ID was refused before anything was sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum InvalidServerId {
    /// Nothing (or only spaces) was typed.
    #[error("the server ID is empty")]
    Empty,
    /// Longer than [`MAX_SERVER_ID_LEN`] characters.
    #[error("the server ID is too long")]
    TooLong,
    /// Contains a control, format or separator character (a newline, a right-to-left
    /// override, a zero-width space, ...; see [`super::is_hidden`]). Type the ID again
    /// rather than pasting it from somewhere that added them.
    #[error("the server ID contains a hidden character")]
    HiddenCharacter,
    /// `.` or `..`, which URL parsers treat as "this" or "parent" directory even when encoded.
    #[error("the server ID is a dot segment")]
    DotSegment,
}

impl ServerId {
    /// Checks a typed ID. Surrounding spaces (common when pasting) are trimmed.
    pub fn parse(input: &str) -> Result<Self, InvalidServerId> {
        let id = input.trim();
        if id.is_empty() {
            return Err(InvalidServerId::Empty);
        }
        if id.chars().count() > MAX_SERVER_ID_LEN {
            return Err(InvalidServerId::TooLong);
        }
        if id.chars().any(super::is_hidden) {
            return Err(InvalidServerId::HiddenCharacter);
        }
        if id == "." || id == ".." {
            return Err(InvalidServerId::DotSegment);
        }
        Ok(Self(id.to_owned()))
    }

    /// The ID as the user typed it (trimmed).
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The ID percent-encoded as one URL path segment.
    pub fn path_segment(&self) -> String {
        utf8_percent_encode(&self.0, SEGMENT).to_string()
    }
}

impl fmt::Display for ServerId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_ids_are_left_as_they_are() {
        let id = ServerId::parse(" srv_123 ").unwrap();
        assert_eq!(id.as_str(), "srv_123");
        assert_eq!(id.path_segment(), "srv_123");
    }

    #[test]
    fn separators_and_escapes_are_encoded() {
        let cases = [
            ("../x", "..%2Fx"),
            ("a/b", "a%2Fb"),
            ("a?b", "a%3Fb"),
            ("a#b", "a%23b"),
            ("%2e%2e", "%252e%252e"),
            ("a b", "a%20b"),
            ("a\\b", "a%5Cb"),
            ("é", "%C3%A9"),
        ];
        for (input, encoded) in cases {
            assert_eq!(ServerId::parse(input).unwrap().path_segment(), encoded);
        }
    }

    #[test]
    fn unusable_ids_are_refused() {
        assert_eq!(ServerId::parse("   "), Err(InvalidServerId::Empty));
        assert_eq!(ServerId::parse(".."), Err(InvalidServerId::DotSegment));
        assert_eq!(ServerId::parse("."), Err(InvalidServerId::DotSegment));
        assert_eq!(
            ServerId::parse("a\nb"),
            Err(InvalidServerId::HiddenCharacter)
        );
        let long = "x".repeat(MAX_SERVER_ID_LEN + 1);
        assert_eq!(ServerId::parse(&long), Err(InvalidServerId::TooLong));
        assert!(ServerId::parse(&"x".repeat(MAX_SERVER_ID_LEN)).is_ok());
    }
}
