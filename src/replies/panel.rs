//! The sentences of a control panel: the public panel itself and its last-action line, what
//! a retired panel says, and the private answers to `/server panel` and to clicks the bot
//! turns away. The outcome of a click reads as the slash command's does (`power_outcome`).
//! The panel and a retired panel's text are in the guild's language; the answers in the
//! reader's.

use crate::domain::{Grants, Outcome, PanelWarning, PowerAction};
use crate::i18n::Lang;
use crate::power::PowerRequest;
use crate::t;

use super::roles::{role_names, who_may};
use super::{code, emoji, mention, named, timestamp, title, wait_time};

/// A panel as everyone in the channel sees it: the server, what its buttons do, who may click
/// them, and the last action asked from it (`last`, from [`panel_last_action`]). It never
/// says whether the server is up or down: the bot does not know.
pub fn panel(
    lang: Lang,
    server: &str,
    name: Option<&str>,
    warning: Option<&PanelWarning>,
    last: Option<&str>,
) -> String {
    let mut lines = vec![t!(lang, "panel", server = named(server, name))];
    if let Some(warning) = warning {
        let wait = wait_time(lang, Some(warning.period.duration()));
        lines.push(t!(lang, "panel-warning", wait = wait));
    }
    if let Some(last) = last {
        lines.push(t!(lang, "panel-last", last = last));
    }
    lines.join("\n")
}

/// The panel's last-action line: who asked for what, when, and the outcome's code when it
/// was not sent or not accepted (the clicker got the full sentence privately).
pub fn panel_last_action(lang: Lang, request: &PowerRequest, recorded: Outcome, at: i64) -> String {
    let action = request.action;
    let (title, asker, at) = (title(lang, action), mention(request.member), timestamp(at));
    if recorded == Outcome::Requested {
        let emoji = emoji(action);
        return t!(
            lang,
            "panel-last-requested",
            emoji = emoji,
            title = title,
            asker = asker,
            at = at
        );
    }
    let outcome = code(recorded.code());
    t!(
        lang,
        "panel-last-not-done",
        title = title,
        asker = asker,
        outcome = outcome,
        at = at
    )
}

/// The last-action line of a click that began a countdown: the action is due at
/// `action_at`, unless someone aborts it.
pub fn panel_countdown_begun(
    lang: Lang,
    request: &PowerRequest,
    at: i64,
    action_at: i64,
) -> String {
    t!(
        lang,
        "panel-last-countdown-begun",
        title = title(lang, request.action),
        asker = mention(request.member),
        at = timestamp(at),
        due = timestamp(action_at),
    )
}

/// A button's label.
pub fn panel_button_label(lang: Lang, action: PowerAction) -> String {
    title(lang, action)
}

/// A panel a newer one replaced: `link` leads to the new one.
pub fn panel_replaced(lang: Lang, server: &str, name: Option<&str>, link: &str) -> String {
    t!(
        lang,
        "panel-replaced",
        server = named(server, name),
        link = link
    )
}

/// A panel removed with `/server panel remove:true`.
pub fn panel_removed(lang: Lang, server: &str, name: Option<&str>, by: u64) -> String {
    t!(
        lang,
        "panel-removed",
        server = named(server, name),
        remover = mention(by)
    )
}

/// `/server panel` posted one: where, and who will be able to use it.
pub fn panel_posted(
    lang: Lang,
    guild: u64,
    server: &str,
    name: Option<&str>,
    link: &str,
    grants: &Grants,
    replaced: usize,
) -> String {
    let posted = t!(
        lang,
        "panel-posted",
        server = named(server, name),
        link = link,
        replaced = replaced
    );
    format!("{posted}\n{}", who_may_click(lang, guild, grants))
}

/// Who may use a panel's buttons in `guild` under its `grants`: Discord's command
/// permissions do not apply to buttons, so `/server` being open to someone does not count.
fn who_may_click(lang: Lang, guild: u64, grants: &Grants) -> String {
    let granted: Vec<String> = PowerAction::ALL
        .into_iter()
        .filter_map(|action| {
            let roles = grants.roles_for(action);
            (!roles.is_empty()).then(|| {
                let (title, roles) = (title(lang, action), role_names(lang, guild, &roles));
                t!(lang, "panel-clickers-grant", title = title, roles = roles)
            })
        })
        .collect();
    if granted.is_empty() {
        return t!(lang, "panel-clickers-only-manage-server");
    }
    t!(lang, "panel-clickers-roles", grants = granted.join("; "))
}

/// `/server panel remove:true` found none for the server in this channel.
pub fn panel_none_to_remove(lang: Lang, server: &str, name: Option<&str>) -> String {
    t!(lang, "panel-none-to-remove", server = named(server, name))
}

/// `/server panel remove:true` retired `count` panels.
pub fn panel_removed_reply(lang: Lang, server: &str, name: Option<&str>, count: usize) -> String {
    t!(
        lang,
        "panel-removed-reply",
        server = named(server, name),
        count = count
    )
}

/// The guild already has `cap` panels.
pub fn panel_limit(lang: Lang, cap: u64) -> String {
    t!(lang, "panel-limit", cap = cap)
}

/// The bot could not post the panel in the channel.
pub fn panel_cannot_post(lang: Lang) -> String {
    t!(lang, "panel-cannot-post")
}

/// A click on a panel the bot does not know (any more), or whose buttons name another
/// panel than the message they are on: nothing was sent.
pub fn panel_gone(lang: Lang) -> String {
    t!(lang, "panel-gone")
}

/// A click by a member the panel's rule does not allow.
pub fn panel_not_permitted(lang: Lang, guild: u64, action: PowerAction, roles: &[u64]) -> String {
    let who_may = who_may(lang, guild, action.into(), roles);
    t!(lang, "panel-not-permitted", who_may = who_may)
}

/// A click on a panel whose named server was removed with `/server remove`.
pub fn panel_server_removed(lang: Lang, name: &str) -> String {
    t!(lang, "panel-server-removed", name = code(name))
}

/// A link to message `message` in `channel` of `guild`.
pub fn message_url(guild: u64, channel: u64, message: u64) -> String {
    format!("https://discord.com/channels/{guild}/{channel}/{message}")
}

#[cfg(test)]
#[path = "panel_tests.rs"]
mod tests;
