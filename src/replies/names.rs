//! Sentences for `/server add|remove|list`. Names are shown through [`named`], as code.

use crate::domain::{
    AddServer, InvalidServerName, MAX_SERVER_NAME_LEN, NamedServer, ServerId, ServerName,
};

use super::{DISCORD_MESSAGE_LIMIT, code, length, named};

/// After `/server add`: what was stored, or which server stands in the way.
pub fn server_added(outcome: &AddServer, id: &ServerId, name: &ServerName) -> String {
    let this = named(id.as_str(), Some(name.as_str()));
    match outcome {
        AddServer::Added => format!(
            "🏷️ Added {this}. Members can now type its name, or pick it from the list, in any \
             `/server` command."
        ),
        AddServer::Renamed { from } => {
            format!("🏷️ Renamed {} to {this}.", named(id.as_str(), Some(from)))
        }
        AddServer::NameTaken { by } => format!(
            "Another server is already called that ({}; names ignore case), so nothing was \
             changed. Pick another name, or remove that one first with `/server remove`.",
            named(&by.id, Some(&by.name))
        ),
        AddServer::NameIsAnotherId { of } => format!(
            "That name is the ID of another server here ({}), so it would be ambiguous and \
             nothing was changed. Pick another name.",
            named(&of.id, Some(&of.name))
        ),
        AddServer::IdIsAnotherName { of } => format!(
            "That ID is the name of another server here ({}), so it would be ambiguous and \
             nothing was changed. Rename that server first.",
            named(&of.id, Some(&of.name))
        ),
    }
}

/// A name `/server add` refused before storing anything.
pub fn invalid_server_name(reason: InvalidServerName) -> String {
    let why = match reason {
        InvalidServerName::Empty => "is empty".to_owned(),
        InvalidServerName::TooLong => format!("is longer than {MAX_SERVER_NAME_LEN} characters"),
        InvalidServerName::HiddenCharacter => {
            crate::t!(crate::i18n::Lang::ENGLISH, "server-id-hidden-character")
        }
    };
    format!("That name {why}, so nothing was stored. Use a short name such as `mc-survival`.")
}

/// After `/server remove`.
pub fn server_removed(removed: Option<&NamedServer>, typed: &str) -> String {
    match removed {
        Some(server) => format!(
            "🏷️ Removed {}. Its ID still works in `/server` commands.",
            named(&server.id, Some(&server.name))
        ),
        None => format!(
            "No server here is called {} or has that ID, so nothing was removed. \
             `/server list` shows them.",
            code(typed.trim())
        ),
    }
}

/// `/server list`: every named server, as many as fit in one message.
pub fn server_list(servers: &[NamedServer]) -> String {
    if servers.is_empty() {
        return "No servers are named here yet. An admin with Manage Server can add one with \
                `/server add id:<server id> name:<short name>`."
            .to_owned();
    }
    let mut text = format!("🏷️ **{} named servers**", servers.len());
    for (shown, server) in servers.iter().enumerate() {
        let line = format!("\n• {}", named(&server.id, Some(&server.name)));
        let left = servers.len() - shown;
        // Room is kept for the longest "and N more" line.
        let after = length(&text) + length(&line);
        if after + MORE_RESERVE > DISCORD_MESSAGE_LIMIT && left > 1 || after > DISCORD_MESSAGE_LIMIT
        {
            text.push_str(&format!("\n…and {left} more."));
            return text;
        }
        text.push_str(&line);
    }
    text
}

/// Room for "\n…and 123456 more." at the end of a list.
const MORE_RESERVE: usize = 32;
