//! Sentences for `/server history`. Members are mentions (replies never ping), times are
//! Discord's relative timestamps, servers and outcome codes are code spans.

use crate::audit::CannotPost;
use crate::domain::{AuditEntry, Outcome};

use super::{DISCORD_MESSAGE_LIMIT, code, emoji, length, mention, named, title};

/// `/server history`: the newest entries first, for the guild or for `server` alone.
pub fn audit_history(entries: &[AuditEntry], server: Option<(&str, Option<&str>)>) -> String {
    let scope = match server {
        Some((id, name)) => format!("for {}", named(id, name)),
        None => "in this Discord server".to_owned(),
    };
    if entries.is_empty() {
        return format!(
            "No power actions are recorded {scope} yet (entries are kept for a limited time)."
        );
    }
    let header = |shown: usize| format!("🗒️ The last {shown} power actions {scope}, newest first:");
    // Long server IDs and names make long lines: show the newest that fit in one message.
    let mut budget = DISCORD_MESSAGE_LIMIT - length(&header(entries.len()));
    let mut lines = Vec::with_capacity(entries.len());
    for line in entries.iter().map(audit_line) {
        let cost = length(&line) + 1;
        if cost > budget {
            break;
        }
        budget -= cost;
        lines.push(line);
    }
    let mut text = header(lines.len());
    for line in lines {
        text.push('\n');
        text.push_str(&line);
    }
    text
}

/// One entry: when, who, what, on which server, and what came of it.
fn audit_line(entry: &AuditEntry) -> String {
    format!("<t:{}:R> {}", entry.at, audit_event(entry))
}

/// One entry as posted to the audit channel: the message's own time says when.
pub fn audit_channel_line(entry: &AuditEntry) -> String {
    audit_event(entry)
}

fn audit_event(entry: &AuditEntry) -> String {
    format!(
        "{} {} {} {}: {}",
        mention(entry.member),
        emoji(entry.action),
        title(entry.action),
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
    use crate::domain::PowerAction;

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
        }
    }

    #[test]
    fn a_line_shows_when_who_what_where_and_the_outcome_with_its_status() {
        assert_eq!(
            audit_line(&entry(Outcome::Requested, None, Some("mc"))),
            "<t:1700000000:R> <@42> 🔄 Restart **`mc`** (`srv_1`): ✅ requested"
        );
        assert_eq!(
            audit_line(&entry(Outcome::Unauthorized, Some(401), None)),
            "<t:1700000000:R> <@42> 🔄 Restart `srv_1`: ❌ `unauthorized` (HTTP 401)"
        );
        assert!(audit_line(&entry(Outcome::NoKey, None, None)).ends_with("❌ `no_key`"));
    }

    #[test]
    fn a_history_of_long_ids_shows_the_newest_entries_that_fit_in_one_message() {
        let mut long = entry(Outcome::InsufficientScope, Some(403), Some(&"n".repeat(32)));
        long.server = "é".repeat(100);
        let text = audit_history(&vec![long; 10], None);
        assert!(text.chars().count() <= DISCORD_MESSAGE_LIMIT);
        let shown = text.lines().count() - 1;
        assert!((5..10).contains(&shown), "{shown} lines");
        assert!(text.starts_with(&format!("🗒️ The last {shown} power actions")));
    }

    #[test]
    fn the_audit_channel_answers_name_the_channel_and_say_what_to_do() {
        assert_eq!(
            audit_channel_line(&entry(Outcome::Requested, None, None)),
            "<@42> 🔄 Restart `srv_1`: ✅ requested"
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
    fn a_member_who_cannot_post_in_the_channel_is_told_so_and_nothing_changed() {
        let text = audit_channel_member_cannot_post(7);
        assert!(
            text.contains("You cannot post in <#7>")
                && text.contains("**Send Messages**")
                && text.contains("not changed"),
            "{text}"
        );
    }

    #[test]
    fn an_empty_history_says_so_for_the_guild_or_the_server() {
        assert!(audit_history(&[], None).contains("No power actions are recorded in this"));
        let one = audit_history(&[], Some(("srv_1", Some("mc"))));
        assert!(one.contains("for **`mc`** (`srv_1`)"), "{one}");
    }
}
