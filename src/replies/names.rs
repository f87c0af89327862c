//! Sentences for `/server add|remove|list`. Names are shown through [`named`], as code.

use crate::domain::{
    AddServer, InvalidServerName, MAX_SERVER_NAME_LEN, NamedServer, ServerId, ServerName,
};
use crate::i18n::Lang;
use crate::t;

use super::{DISCORD_MESSAGE_LIMIT, code, length, named};

/// After `/server add`: what was stored, or which server stands in the way.
pub fn server_added(lang: Lang, outcome: &AddServer, id: &ServerId, name: &ServerName) -> String {
    let server = named(id.as_str(), Some(name.as_str()));
    match outcome {
        AddServer::Added => t!(lang, "names-added", server = server),
        AddServer::Renamed { from } => t!(
            lang,
            "names-renamed",
            from = named(id.as_str(), Some(from)),
            server = server,
        ),
        AddServer::NameTaken { by } => {
            t!(lang, "names-taken", other = named(&by.id, Some(&by.name)))
        }
        AddServer::NameIsAnotherId { of } => t!(
            lang,
            "names-name-is-another-id",
            other = named(&of.id, Some(&of.name)),
        ),
        AddServer::IdIsAnotherName { of } => t!(
            lang,
            "names-id-is-another-name",
            other = named(&of.id, Some(&of.name)),
        ),
    }
}

/// A name `/server add` refused before storing anything.
pub fn invalid_server_name(lang: Lang, reason: InvalidServerName) -> String {
    let why = match reason {
        InvalidServerName::Empty => t!(lang, "names-invalid-empty"),
        InvalidServerName::TooLong => t!(lang, "names-invalid-too-long", max = MAX_SERVER_NAME_LEN),
        InvalidServerName::HiddenCharacter => t!(lang, "names-invalid-hidden-character"),
    };
    t!(lang, "names-invalid", why = why)
}

/// After `/server remove`.
pub fn server_removed(lang: Lang, removed: Option<&NamedServer>, typed: &str) -> String {
    match removed {
        Some(server) => t!(
            lang,
            "names-removed",
            server = named(&server.id, Some(&server.name)),
        ),
        None => t!(lang, "names-not-found", typed = code(typed.trim())),
    }
}

/// `/server list`: every named server, as many as fit in one message.
pub fn server_list(lang: Lang, servers: &[NamedServer]) -> String {
    if servers.is_empty() {
        return t!(lang, "names-list-empty");
    }
    let mut text = t!(lang, "names-list-header", count = servers.len());
    for (shown, server) in servers.iter().enumerate() {
        let line = format!("\n• {}", named(&server.id, Some(&server.name)));
        let left = servers.len() - shown;
        let after = length(&text) + length(&line);
        // Shown only if the "and N more" line that may have to follow still fits after it.
        let room = match left - 1 {
            0 => 0,
            rest => MORE_RESERVE.max(length(&more(lang, rest))),
        };
        if after + room > DISCORD_MESSAGE_LIMIT {
            text.push_str(&more(lang, left));
            return text;
        }
        text.push_str(&line);
    }
    text
}

/// The last line of a list cut short: `left` servers were not shown.
fn more(lang: Lang, left: usize) -> String {
    format!("\n{}", t!(lang, "names-list-more", count = left))
}

/// The least room kept for the "and N more" line: what "\n…and 123456 more." needs and
/// then some, as the list has always kept. A longer translation keeps its own length.
const MORE_RESERVE: usize = 32;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_list_fits_one_message_in_every_language() {
        let servers: Vec<NamedServer> = (0..500)
            .map(|n| NamedServer {
                id: format!("srv_{n:0>90}"),
                name: format!("server-{n:0>25}"),
            })
            .collect();
        for lang in Lang::all().chain([Lang::pseudo()]) {
            for count in [1, 12, 13, 14, 500] {
                let text = server_list(lang, &servers[..count]);
                assert!(length(&text) <= DISCORD_MESSAGE_LIMIT, "{lang}: {text}");
            }
        }
    }
}
