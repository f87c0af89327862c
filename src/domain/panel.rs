//! Control panels: a public message in a channel with Start, Stop, Restart and Kill buttons
//! for one game server. A panel is found again by its short ID, which its buttons' custom
//! IDs carry; the ID only names the panel, it grants nothing (a click is checked against the
//! stored guild, channel and message, and the member is checked at every click).

use std::fmt;

use chacha20poly1305::aead::OsRng;
use chacha20poly1305::aead::rand_core::RngCore;

use super::{ServerId, WarnMessage, WarnPeriod};

/// How many characters a panel ID has: 12 of 32 symbols is 60 random bits, so IDs do not
/// collide among the panels of every guild, and one cannot be guessed.
pub const PANEL_ID_LEN: usize = 12;

/// The RFC 4648 base32 alphabet in lowercase: no symbol that needs escaping in a custom ID.
const ALPHABET: &[u8; 32] = b"abcdefghijklmnopqrstuvwxyz234567";

/// A panel's short random ID.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct PanelId(String);

impl PanelId {
    /// A fresh random ID.
    pub fn generate() -> Self {
        let mut bytes = [0u8; PANEL_ID_LEN];
        OsRng.fill_bytes(&mut bytes);
        let id = bytes
            .iter()
            .map(|byte| char::from(ALPHABET[usize::from(byte % 32)]))
            .collect();
        Self(id)
    }

    /// The ID in `text`, if it is one (as read back from a custom ID or the database).
    pub fn parse(text: &str) -> Option<Self> {
        let valid = text.len() == PANEL_ID_LEN && text.bytes().all(|b| ALPHABET.contains(&b));
        valid.then(|| Self(text.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for PanelId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A panel as stored: where its message is, and the game server its buttons act on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Panel {
    pub id: PanelId,
    pub guild: u64,
    pub channel: u64,
    pub message: u64,
    pub server: ServerId,
    /// The server's name in the guild when the panel was posted by (or for) a named server.
    pub name: Option<String>,
    /// The member who posted it.
    pub posted_by: u64,
    /// Set with `/server panel … warn:`: its Stop and Restart buttons start a countdown that
    /// warns the players first, as `/server stop … warn:` does.
    pub warning: Option<PanelWarning>,
}

/// How long a panel's Stop and Restart warn the players first, and what they are told.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PanelWarning {
    pub period: WarnPeriod,
    pub message: Option<WarnMessage>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_generated_id_parses_back_and_two_differ() {
        let (one, two) = (PanelId::generate(), PanelId::generate());
        assert_eq!(PanelId::parse(one.as_str()), Some(one.clone()));
        assert_ne!(one, two);
    }

    #[test]
    fn anything_but_twelve_base32_characters_is_not_an_id() {
        for text in [
            "",
            "abc",
            "abcdefghijkl0",
            "ABCDEFGHIJKL",
            "abcdefghijk1",
            "abcdefghij:k",
        ] {
            assert_eq!(PanelId::parse(text), None, "{text:?}");
        }
        assert!(PanelId::parse("abcdefgh2345").is_some());
    }
}
