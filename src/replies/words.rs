//! The words every reply shares: how an action, a wait, a server and a member are written.

use std::time::Duration;

use crate::domain::{MAX_SERVER_ID_LEN, PowerAction};
use crate::i18n::Lang;
use crate::power::PowerRequest;
use crate::t;

/// The action as a title or a button's label: "Start".
pub(super) fn title(lang: Lang, action: PowerAction) -> String {
    match action {
        PowerAction::Start => t!(lang, "action-title-start"),
        PowerAction::Stop => t!(lang, "action-title-stop"),
        PowerAction::Restart => t!(lang, "action-title-restart"),
        PowerAction::Kill => t!(lang, "action-title-kill"),
    }
}

/// The action as a verb, to follow "could not": "start".
pub(super) fn verb(lang: Lang, action: PowerAction) -> String {
    match action {
        PowerAction::Start => t!(lang, "action-verb-start"),
        PowerAction::Stop => t!(lang, "action-verb-stop"),
        PowerAction::Restart => t!(lang, "action-verb-restart"),
        PowerAction::Kill => t!(lang, "action-verb-kill"),
    }
}

/// The action as a thing asked for, to follow "this" or "the": "restart".
pub(super) fn noun(lang: Lang, action: PowerAction) -> String {
    match action {
        PowerAction::Start => t!(lang, "action-noun-start"),
        PowerAction::Stop => t!(lang, "action-noun-stop"),
        PowerAction::Restart => t!(lang, "action-noun-restart"),
        PowerAction::Kill => t!(lang, "action-noun-kill"),
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

/// "45 seconds", "1 second", "3 minutes"; an unknown wait reads "a minute".
pub(super) fn wait_time(lang: Lang, wait: Option<Duration>) -> String {
    let Some(wait) = wait else {
        return t!(lang, "wait-unknown");
    };
    let secs = wait.as_secs_f64().ceil().max(1.0) as u64;
    match secs {
        1..=119 => t!(lang, "wait-seconds", count = secs),
        120..=7199 => t!(lang, "wait-minutes", count = secs.div_ceil(60)),
        _ => t!(lang, "wait-hours", count = secs.div_ceil(3600)),
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

/// A Discord timestamp that reads "in 5 minutes" in each reader's own language.
pub(super) fn timestamp(at: i64) -> String {
    format!("<t:{at}:R>")
}
