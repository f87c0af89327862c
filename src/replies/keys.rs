//! Sentences for `/link-key` and `/unlink-key`. A key is never shown, only its last four
//! characters when it is long enough for that to give nothing away.

use secrecy::{ExposeSecret, SecretString};

use crate::power::LinkOutcome;

/// Keys shorter than this get no hint at all: four characters of a short key is too much.
const MIN_KEY_LEN_FOR_HINT: usize = 12;

/// After `/link-key`: which key is now in use, shown by its last characters at most.
pub fn key_linked(outcome: LinkOutcome, hint: Option<&str>) -> String {
    let which = match hint {
        Some(hint) => format!("The key ending in `{hint}`"),
        None => "The key".to_owned(),
    };
    let replaced = match outcome {
        LinkOutcome::Linked => "",
        LinkOutcome::Replaced => " It replaces the key linked before.",
    };
    format!(
        "🔑 {which} is now linked to this Discord server and will be used for `/server` \
         commands.{replaced} It is stored by the bot and never shown again."
    )
}

/// The last four characters of a long enough key, for telling keys apart.
pub fn key_hint(key: &SecretString) -> Option<String> {
    let chars: Vec<char> = key.expose_secret().chars().collect();
    if chars.len() < MIN_KEY_LEN_FOR_HINT {
        return None;
    }
    Some(chars[chars.len() - 4..].iter().collect())
}

/// The form was submitted by a member who no longer has Manage Server (it can stay open for
/// 15 minutes, time enough for a role to be taken away).
pub fn key_form_needs_manage_server() -> String {
    "You no longer have the **Manage Server** permission, so the key was not linked and \
     nothing was changed."
        .to_owned()
}

/// The modal was submitted with something that cannot be an API key.
pub fn key_malformed() -> String {
    "That does not look like an HEO API key (it was empty or contained spaces), so nothing \
     was changed. Copy the key from the HEO dashboard and run `/link-key` again."
        .to_owned()
}

/// After `/unlink-key`.
pub fn key_unlinked(removed: bool) -> String {
    if removed {
        "🔑 The HEO API key was removed from this Discord server. `/server` commands will do \
         nothing until an admin runs `/link-key` again."
            .to_owned()
    } else {
        "No HEO API key was linked to this Discord server, so there was nothing to remove."
            .to_owned()
    }
}
