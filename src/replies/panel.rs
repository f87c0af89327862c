//! The sentences of a control panel: the public panel itself and its last-action line, what
//! a retired panel says, and the private answers to `/server panel` and to clicks the bot
//! turns away. The outcome of a click reads as the slash command's does (`power_outcome`).

use crate::domain::{Grants, Outcome, PanelWarning, PowerAction};
use crate::power::PowerRequest;

use super::roles::{role_names, who_may};
use super::{code, emoji, mention, named, title, wait_time};

/// A panel as everyone in the channel sees it: the server, what its buttons do, who may click
/// them, and the last action asked from it (`last`, from [`panel_last_action`]). It never
/// says whether the server is up or down: the bot does not know.
pub fn panel(
    server: &str,
    name: Option<&str>,
    warning: Option<&PanelWarning>,
    last: Option<&str>,
) -> String {
    let warning = warning.map_or_else(String::new, |warning| {
        format!(
            "\n⏳ **Stop** and **Restart** warn the players {} first, with a countdown here \
             that anyone allowed may abort.",
            wait_time(crate::i18n::Lang::ENGLISH, Some(warning.period.duration()))
        )
    });
    let last = last.map_or_else(String::new, |last| format!("\nLast action: {last}"));
    format!(
        "🎮 **Control panel** for {}\nThe buttons ask HEO to start, stop, restart or kill \
         this game server. Members with **Manage Server**, or with a role granted the action \
         with `/power-role`, may use them; each click is checked again and answered \
         privately.{warning}{last}",
        named(server, name)
    )
}

/// The panel's last-action line: who asked for what, when, and the outcome's code when it
/// was not sent or not accepted (the clicker got the full sentence privately).
pub fn panel_last_action(request: &PowerRequest, recorded: Outcome, at: i64) -> String {
    let action = request.action;
    let asker = mention(request.member);
    if recorded == Outcome::Requested {
        return format!(
            "{} {} requested by {asker} <t:{at}:R>",
            emoji(action),
            title(crate::i18n::Lang::ENGLISH, action)
        );
    }
    format!(
        "⚠️ {} by {asker} not done ({}) <t:{at}:R>",
        title(crate::i18n::Lang::ENGLISH, action),
        code(recorded.code())
    )
}

/// The last-action line of a click that began a countdown: the action is due at
/// `action_at`, unless someone aborts it.
pub fn panel_countdown_begun(request: &PowerRequest, at: i64, action_at: i64) -> String {
    format!(
        "⏳ {} countdown begun by {} <t:{at}:R>, due <t:{action_at}:R>",
        title(crate::i18n::Lang::ENGLISH, request.action),
        mention(request.member)
    )
}

/// A button's label.
pub fn panel_button_label(action: PowerAction) -> String {
    title(crate::i18n::Lang::ENGLISH, action)
}

/// A panel a newer one replaced: `link` leads to the new one.
pub fn panel_replaced(server: &str, name: Option<&str>, link: &str) -> String {
    format!(
        "🎮 This panel for {} was replaced by a newer one: {link}",
        named(server, name)
    )
}

/// A panel removed with `/server panel remove:true`.
pub fn panel_removed(server: &str, name: Option<&str>, by: u64) -> String {
    format!(
        "🎮 This panel for {} was removed by {}.",
        named(server, name),
        mention(by)
    )
}

/// `/server panel` posted one: where, and who will be able to use it.
pub fn panel_posted(
    guild: u64,
    server: &str,
    name: Option<&str>,
    link: &str,
    grants: &Grants,
    replaced: usize,
) -> String {
    let replaced = match replaced {
        0 => String::new(),
        1 => " The earlier panel for it in this channel no longer works.".to_owned(),
        n => format!(" The {n} earlier panels for it in this channel no longer work."),
    };
    format!(
        "✅ Panel posted for {}: {link}.{replaced}\n{}",
        named(server, name),
        who_may_click(guild, grants)
    )
}

/// Who may use a panel's buttons in `guild` under its `grants`: Discord's command
/// permissions do not apply to buttons, so `/server` being open to someone does not count.
fn who_may_click(guild: u64, grants: &Grants) -> String {
    let granted: Vec<String> = PowerAction::ALL
        .into_iter()
        .filter_map(|action| {
            let roles = grants.roles_for(action);
            (!roles.is_empty()).then(|| {
                format!(
                    "{} ({})",
                    title(crate::i18n::Lang::ENGLISH, action),
                    role_names(crate::i18n::Lang::ENGLISH, guild, &roles)
                )
            })
        })
        .collect();
    let base = "Its buttons work for members with **Manage Server**";
    let roles = if granted.is_empty() {
        " only: no role has been granted a power action (grant one with \
         `/power-role grant`)."
            .to_owned()
    } else {
        format!(", and for these roles: {}.", granted.join("; "))
    };
    format!(
        "{base}{roles} Who may run `/server` in Server Settings → Integrations does not apply \
         to buttons."
    )
}

/// `/server panel remove:true` found none for the server in this channel.
pub fn panel_none_to_remove(server: &str, name: Option<&str>) -> String {
    format!(
        "There is no panel for {} in this channel, so nothing was removed.",
        named(server, name)
    )
}

/// `/server panel remove:true` retired `count` panels.
pub fn panel_removed_reply(server: &str, name: Option<&str>, count: usize) -> String {
    let what = if count == 1 {
        "Its panel".to_owned()
    } else {
        format!("Its {count} panels")
    };
    format!(
        "✅ {what} for {} in this channel no longer work; the messages stay, with their \
         buttons disabled. Delete them if you like.",
        named(server, name)
    )
}

/// The guild already has `cap` panels.
pub fn panel_limit(cap: u64) -> String {
    format!(
        "This Discord server already has {cap} panels, the most the bot keeps, so none was \
         posted. Remove one with `/server panel server:<server> remove:true` in its channel \
         first."
    )
}

/// The bot could not post the panel in the channel.
pub fn panel_cannot_post() -> String {
    "I could not post the panel in this channel, so nothing was posted. Give the bot **View \
     Channel** and **Send Messages** here, or run the command in another channel."
        .to_owned()
}

/// A click on a panel the bot does not know (any more), or whose buttons name another
/// panel than the message they are on: nothing was sent.
pub fn panel_gone() -> String {
    "This panel no longer works (it was replaced or removed), so nothing was sent. Ask an \
     admin for a new one with `/server panel`."
        .to_owned()
}

/// A click by a member the panel's rule does not allow.
pub fn panel_not_permitted(guild: u64, action: PowerAction, roles: &[u64]) -> String {
    format!(
        "🔒 {} Panel buttons ignore who may run `/server`. Nothing was sent.",
        who_may(crate::i18n::Lang::ENGLISH, guild, action.into(), roles)
    )
}

/// A click on a panel whose named server was removed with `/server remove`.
pub fn panel_server_removed(name: &str) -> String {
    format!(
        "This panel's server {} is no longer named in this Discord server (removed with \
         `/server remove`), so nothing was sent. Add it again with `/server add`, or post a \
         panel for another server with `/server panel`.",
        code(name)
    )
}

/// A link to message `message` in `channel` of `guild`.
pub fn message_url(guild: u64, channel: u64, message: u64) -> String {
    format!("https://discord.com/channels/{guild}/{channel}/{message}")
}
