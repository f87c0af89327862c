//! Sentences for `/server history`: the actions sent to HEO, or with `refusals:true` the
//! requests that sent nothing, newest first. Times are Discord's relative timestamps.

use crate::domain::{AuditEntry, HistoryKind};

use super::audit::audit_event;
use super::{DISCORD_MESSAGE_LIMIT, length, named};

/// Under the actions sent to HEO: where the refusals went, which are listed apart so that a
/// flood of them cannot push the real actions out.
const REFUSALS_HINT: &str =
    "-# Requests refused or cancelled before reaching HEO are listed with `refusals:true`.";

/// `/server history`: the newest entries of `kind` first, for the guild or for `server`
/// alone.
pub fn audit_history(
    entries: &[AuditEntry],
    server: Option<(&str, Option<&str>)>,
    kind: HistoryKind,
) -> String {
    let scope = match server {
        Some((id, name)) => format!("for {}", named(id, name)),
        None => "in this Discord server".to_owned(),
    };
    let footer = match kind {
        HistoryKind::Sent => Some(REFUSALS_HINT),
        HistoryKind::NotSent => None,
    };
    let mut text = match entries {
        [] => nothing_recorded(kind, &scope),
        entries => listed(entries, kind, &scope, footer.map_or(0, |f| length(f) + 1)),
    };
    if let Some(footer) = footer {
        text.push('\n');
        text.push_str(footer);
    }
    text
}

fn nothing_recorded(kind: HistoryKind, scope: &str) -> String {
    let what = match kind {
        HistoryKind::Sent => "No power actions were sent to HEO",
        HistoryKind::NotSent => "No refused or cancelled requests are recorded",
    };
    format!("{what} {scope} yet (entries are kept for a limited time).")
}

/// The header and the newest entries that fit in one message with `reserved` characters
/// left over: long server IDs and names make long lines.
fn listed(entries: &[AuditEntry], kind: HistoryKind, scope: &str, reserved: usize) -> String {
    let header = |shown: usize| match kind {
        HistoryKind::Sent => {
            format!("🗒️ The last {shown} power actions sent to HEO {scope}, newest first:")
        }
        HistoryKind::NotSent => format!(
            "🚫 The last {shown} requests refused or cancelled {scope}, newest first (nothing \
             was sent to HEO):"
        ),
    };
    let mut budget = DISCORD_MESSAGE_LIMIT - reserved - length(&header(entries.len()));
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Outcome, PanelId, PowerAction};

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
    fn a_line_marks_an_action_a_panels_button_asked_for() {
        // A refusal too: `refusals:true` lists the clicks a guard turned away.
        let from_panel = AuditEntry {
            panel: PanelId::parse("abcdefgh2345"),
            ..entry(Outcome::Cooldown, None, Some("mc"))
        };
        assert_eq!(
            audit_line(&from_panel),
            "<t:1700000000:R> <@42> (panel) 🔄 Restart **`mc`** (`srv_1`): ❌ `cooldown`"
        );
    }

    #[test]
    fn a_history_of_long_ids_shows_the_newest_entries_that_fit_in_one_message() {
        let mut long = entry(Outcome::InsufficientScope, Some(403), Some(&"n".repeat(32)));
        long.server = "é".repeat(100);
        // Marked as a panel's too: the marker counts against the message like the rest.
        long.panel = PanelId::parse("abcdefgh2345");
        for kind in [HistoryKind::Sent, HistoryKind::NotSent] {
            let text = audit_history(&vec![long.clone(); 10], None, kind);
            assert!(length(&text) <= DISCORD_MESSAGE_LIMIT, "{kind:?}");
            let shown = text.lines().filter(|l| l.starts_with("<t:")).count();
            assert!((5..10).contains(&shown), "{shown} lines");
            assert!(
                text.lines()
                    .next()
                    .unwrap()
                    .contains(&format!("last {shown} "))
            );
        }
    }

    #[test]
    fn the_actions_sent_to_heo_point_to_the_refusals_which_are_listed_apart() {
        let sent = audit_history(
            &[entry(Outcome::Requested, None, None)],
            None,
            HistoryKind::Sent,
        );
        assert!(
            sent.starts_with("🗒️ The last 1 power actions sent to HEO"),
            "{sent}"
        );
        assert!(sent.ends_with(REFUSALS_HINT), "{sent}");
        let refused = [entry(Outcome::Cooldown, None, None)];
        let refused = audit_history(&refused, None, HistoryKind::NotSent);
        assert!(refused.contains("refused or cancelled") && refused.contains("nothing was sent"));
        assert!(!refused.contains("refusals:true"), "{refused}");
    }

    #[test]
    fn an_empty_history_says_so_for_the_guild_or_the_server() {
        let none = audit_history(&[], None, HistoryKind::Sent);
        assert!(
            none.contains("No power actions were sent to HEO in this"),
            "{none}"
        );
        assert!(none.ends_with(REFUSALS_HINT), "{none}");
        let one = audit_history(&[], Some(("srv_1", Some("mc"))), HistoryKind::NotSent);
        assert!(
            one.contains("No refused or cancelled requests are recorded for **`mc`** (`srv_1`)")
        );
    }
}
