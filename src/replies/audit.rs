//! Sentences for the audit channel, and the one line an entry makes there and in `/server
//! history`. Members are mentions (replies never ping), servers and outcome codes are code
//! spans.

use crate::audit::CannotPost;
use crate::domain::{AuditEntry, Outcome};

use super::{code, emoji, mention, named, title};

/// One entry as posted to the audit channel: the message's own time says when.
pub fn audit_channel_line(entry: &AuditEntry) -> String {
    audit_event(entry)
}

pub(super) fn audit_event(entry: &AuditEntry) -> String {
    // A scheduled action names its schedule: its member made the schedule, and is not
    // necessarily around when it runs.
    let schedule = entry.schedule.map_or_else(String::new, |schedule| {
        format!(" (schedule {})", code(&format!("#{schedule}")))
    });
    // A click on a panel says so: anyone who sees the channel can press its public buttons,
    // so an admin reading the trail knows where to look.
    let panel = if entry.panel.is_some() {
        " (panel)"
    } else {
        ""
    };
    format!(
        "{}{schedule}{panel} {} {} {}: {}",
        mention(entry.member),
        emoji(entry.action),
        title(crate::i18n::Lang::ENGLISH, entry.action),
        named(&entry.server, entry.name.as_deref()),
        audit_outcome(entry.outcome, entry.http_status),
    )
}

/// The first line posted to a new audit channel; posting it is the check that the bot can.
pub fn audit_channel_greeting(member: u64) -> String {
    format!(
        "🗒️ heo-bot will post every power action asked for in this Discord server here, one \
         line each (set by {}).",
        mention(member)
    )
}

/// `/audit-channel channel:…` worked: the greeting is posted there.
pub fn audit_channel_set(channel: u64) -> String {
    format!(
        "✅ Every power action will now be posted in {}, one line each. Run `/audit-channel` \
         with no channel to stop.",
        channel_mention(channel)
    )
}

/// `/audit-channel` with no channel: `previous` is where the lines went, if anywhere.
pub fn audit_channel_off(previous: Option<u64>) -> String {
    match previous {
        Some(channel) => format!(
            "✅ Power actions are no longer posted in {}. `/server history` still lists them.",
            channel_mention(channel)
        ),
        None => "No audit channel was set, so nothing changed. Pick one with \
                 `/audit-channel channel:`."
            .to_owned(),
    }
}

/// The bot could not post its greeting in `channel`, so nothing was changed.
pub fn audit_channel_unpostable(channel: u64, why: CannotPost) -> String {
    let channel = channel_mention(channel);
    let detail = match why {
        CannotPost::NotAllowed => format!(
            "it is not allowed to. Give heo-bot **View Channel** and **Send Messages** in \
             {channel} (Edit Channel → Permissions), then run `/audit-channel` again."
        ),
        CannotPost::Deleted | CannotPost::TakesNoMessages => {
            "Discord says that channel does not exist or takes no messages. Pick a text channel."
                .to_owned()
        }
        CannotPost::DiscordFailed => {
            "Discord did not answer properly. Try again in a moment.".to_owned()
        }
    };
    format!(
        "⚠️ The bot could not post in {channel}, so the audit channel was not changed: {detail}"
    )
}

/// The invoking member may not post in `channel` themselves, so the bot did not try.
pub fn audit_channel_member_cannot_post(channel: u64) -> String {
    format!(
        "⚠️ You cannot post in {} yourself (that takes **View Channel** and **Send Messages** \
         there), so the audit channel was not changed. Pick a channel you can post in.",
        channel_mention(channel)
    )
}

fn channel_mention(channel: u64) -> String {
    format!("<#{channel}>")
}

fn audit_outcome(outcome: Outcome, http_status: Option<u16>) -> String {
    match (outcome, http_status) {
        (Outcome::Requested, _) => "✅ requested".to_owned(),
        (other, Some(status)) => format!("❌ {} (HTTP {status})", code(other.code())),
        (other, None) => format!("❌ {}", code(other.code())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{PanelId, PowerAction};

    fn entry(outcome: Outcome, http_status: Option<u16>, name: Option<&str>) -> AuditEntry {
        AuditEntry {
            guild: 1,
            member: 42,
            server: "srv_1".to_owned(),
            name: name.map(str::to_owned),
            action: PowerAction::Restart,
            outcome,
            http_status,
            at: 1_700_000_000,
            schedule: None,
            panel: None,
        }
    }

    #[test]
    fn the_audit_channel_answers_name_the_channel_and_say_what_to_do() {
        assert_eq!(
            audit_channel_line(&entry(Outcome::Requested, None, None)),
            "<@42> 🔄 Restart `srv_1`: ✅ requested"
        );
        let scheduled = AuditEntry {
            schedule: Some(3),
            ..entry(Outcome::Requested, None, None)
        };
        assert_eq!(
            audit_channel_line(&scheduled),
            "<@42> (schedule `#3`) 🔄 Restart `srv_1`: ✅ requested"
        );
        assert!(audit_channel_set(7).contains("<#7>"));
        assert!(audit_channel_off(Some(7)).contains("no longer posted in <#7>"));
        assert!(audit_channel_off(None).contains("nothing changed"));
        let not_allowed = audit_channel_unpostable(7, CannotPost::NotAllowed);
        assert!(not_allowed.contains("**Send Messages**") && not_allowed.contains("<#7>"));
        let gone = audit_channel_unpostable(7, CannotPost::Deleted);
        assert!(gone.contains("does not exist"));
        let voice = audit_channel_unpostable(7, CannotPost::TakesNoMessages);
        assert!(voice.contains("takes no messages"));
        let failed = audit_channel_unpostable(7, CannotPost::DiscordFailed);
        assert!(failed.contains("Try again"));
    }

    #[test]
    fn an_action_a_panels_button_asked_for_is_marked_as_from_the_panel() {
        let from_panel = AuditEntry {
            panel: PanelId::parse("abcdefgh2345"),
            ..entry(Outcome::Requested, None, Some("mc"))
        };
        assert_eq!(
            audit_channel_line(&from_panel),
            "<@42> (panel) 🔄 Restart **`mc`** (`srv_1`): ✅ requested"
        );
    }

    #[test]
    fn a_member_who_cannot_post_in_the_channel_is_told_so_and_nothing_changed() {
        let text = audit_channel_member_cannot_post(7);
        assert!(
            text.contains("You cannot post in <#7>")
                && text.contains("**Send Messages**")
                && text.contains("not changed"),
            "{text}"
        );
    }
}
