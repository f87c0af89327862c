//! The words every reply shares: how an action, a wait, a server and a member are written.

use std::time::Duration;

use crate::domain::{MAX_SERVER_ID_LEN, PowerAction};
use crate::power::PowerRequest;

pub(super) fn title(action: PowerAction) -> &'static str {
    match action {
        PowerAction::Start => "Start",
        PowerAction::Stop => "Stop",
        PowerAction::Restart => "Restart",
        PowerAction::Kill => "Kill",
    }
}

pub(super) fn emoji(action: PowerAction) -> &'static str {
    match action {
        PowerAction::Start => "▶️",
        PowerAction::Stop => "⏹️",
        PowerAction::Restart => "🔄",
        PowerAction::Kill => "💀",
    }
}

/// "45 seconds", "1 minute", "3 minutes"; an unknown wait reads "a minute".
pub(super) fn wait_time(wait: Option<Duration>) -> String {
    let Some(wait) = wait else {
        return "a minute".to_owned();
    };
    let secs = wait.as_secs_f64().ceil().max(1.0) as u64;
    match secs {
        1 => "1 second".to_owned(),
        2..=119 => format!("{secs} seconds"),
        120..=7199 => format!("{} minutes", secs.div_ceil(60)),
        _ => format!("{} hours", secs.div_ceil(3600)),
    }
}

/// A user-typed value as inline code. Backticks would end the span early, so they are
/// swapped for a look-alike.
/// Longest text echoed back, in characters: the longest server ID. Anything longer is cut
/// with "…", so no echo can push a reply past Discord's 2,000 characters.
const MAX_ECHO: usize = MAX_SERVER_ID_LEN;

pub(super) fn code(text: &str) -> String {
    let mut shown: String = text.chars().take(MAX_ECHO).collect();
    if text.chars().nth(MAX_ECHO).is_some() {
        shown.push('…');
    }
    format!("`{}`", shown.replace('`', "ˋ"))
}

/// A server as replies name it: its name in bold and its ID, or its ID alone. Both are code
/// spans, so nothing typed can format, link or mention.
pub(super) fn label(request: &PowerRequest) -> String {
    named(request.server.as_str(), request.name.as_deref())
}

pub(super) fn named(id: &str, name: Option<&str>) -> String {
    match name {
        Some(name) => format!("**{}** ({})", code(name), code(id)),
        None => code(id),
    }
}

pub(super) fn mention(user: u64) -> String {
    format!("<@{user}>")
}
