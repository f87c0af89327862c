//! Sentences for `/server history`: the actions sent to HEO, or with `refusals:true` the
//! requests that sent nothing, newest first. Times are Discord's relative timestamps.

use crate::domain::{AuditEntry, HistoryKind};
use crate::i18n::Lang;
use crate::t;

use super::audit::audit_event;
use super::{DISCORD_MESSAGE_LIMIT, length, named, timestamp};

/// `/server history`: the newest entries of `kind` first, for the guild or for `server`
/// alone.
pub fn audit_history(
    lang: Lang,
    entries: &[AuditEntry],
    server: Option<(&str, Option<&str>)>,
    kind: HistoryKind,
) -> String {
    let server = server.map(|(id, name)| named(id, name));
    // Under the actions sent to HEO: where the refusals went, which are listed apart so that
    // a flood of them cannot push the real actions out.
    let footer = match kind {
        HistoryKind::Sent => Some(t!(lang, "history-refusals-hint")),
        HistoryKind::NotSent => None,
    };
    let mut text = match entries {
        [] => nothing_recorded(lang, kind, server),
        entries => {
            let reserved = footer.as_deref().map_or(0, |f| length(f) + 1);
            let head = |shown: usize| header(lang, kind, server.clone(), shown);
            listed(lang, entries, head, reserved)
        }
    };
    if let Some(footer) = footer {
        text.push('\n');
        text.push_str(&footer);
    }
    text
}

fn nothing_recorded(lang: Lang, kind: HistoryKind, server: Option<String>) -> String {
    match (kind, server) {
        (HistoryKind::Sent, None) => t!(lang, "history-empty-sent-guild"),
        (HistoryKind::Sent, Some(server)) => {
            t!(lang, "history-empty-sent-server", server = server)
        }
        (HistoryKind::NotSent, None) => t!(lang, "history-empty-refused-guild"),
        (HistoryKind::NotSent, Some(server)) => {
            t!(lang, "history-empty-refused-server", server = server)
        }
    }
}

/// The first line, above `shown` entries.
fn header(lang: Lang, kind: HistoryKind, server: Option<String>, shown: usize) -> String {
    match (kind, server) {
        (HistoryKind::Sent, None) => t!(lang, "history-header-sent-guild", count = shown),
        (HistoryKind::Sent, Some(server)) => t!(
            lang,
            "history-header-sent-server",
            count = shown,
            server = server
        ),
        (HistoryKind::NotSent, None) => t!(lang, "history-header-refused-guild", count = shown),
        (HistoryKind::NotSent, Some(server)) => t!(
            lang,
            "history-header-refused-server",
            count = shown,
            server = server
        ),
    }
}

/// The header and the newest entries that fit in one message with `reserved` characters
/// left over: long server IDs and names make long lines, and so does a language with long
/// words. Everything is counted as written in `lang`.
fn listed(
    lang: Lang,
    entries: &[AuditEntry],
    header: impl Fn(usize) -> String,
    reserved: usize,
) -> String {
    let room = DISCORD_MESSAGE_LIMIT.saturating_sub(reserved);
    let mut budget = room.saturating_sub(length(&header(entries.len())));
    let mut lines = Vec::with_capacity(entries.len());
    for line in entries.iter().map(|entry| audit_line(lang, entry)) {
        let cost = length(&line) + 1;
        if cost > budget {
            break;
        }
        budget -= cost;
        lines.push(line);
    }
    // The header counts the lines shown; a language whose word for fewer is longer could
    // make it outgrow the room it was measured in.
    let used = |lines: &[String]| lines.iter().map(|line| length(line) + 1).sum::<usize>();
    while !lines.is_empty() && length(&header(lines.len())) + used(&lines) > room {
        lines.pop();
    }
    let mut text = header(lines.len());
    for line in lines {
        text.push('\n');
        text.push_str(&line);
    }
    text
}

/// One entry: when, who, what, on which server, and what came of it.
fn audit_line(lang: Lang, entry: &AuditEntry) -> String {
    format!("{} {}", timestamp(entry.at), audit_event(lang, entry))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Outcome, PanelId, PowerAction};

    const EN: Lang = Lang::ENGLISH;
    const REFUSALS_HINT: &str =
        "-# Requests refused or cancelled before reaching HEO are listed with `refusals:true`.";

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
            audit_line(EN, &entry(Outcome::Requested, None, Some("mc"))),
            "<t:1700000000:R> <@42> 🔄 Restart **`mc`** (`srv_1`): ✅ `requested` (HEO accepted it)"
        );
        assert_eq!(
            audit_line(EN, &entry(Outcome::Unauthorized, Some(401), None)),
            "<t:1700000000:R> <@42> 🔄 Restart `srv_1`: ❌ `unauthorized` (HTTP 401: HEO rejected \
             the API key)"
        );
        assert!(
            audit_line(EN, &entry(Outcome::NoKey, None, None))
                .ends_with("❌ `no_key` (no HEO API key was linked)")
        );
    }

    #[test]
    fn a_line_marks_an_action_a_panels_button_asked_for() {
        // A refusal too: `refusals:true` lists the clicks a guard turned away.
        let from_panel = AuditEntry {
            panel: PanelId::parse("abcdefgh2345"),
            ..entry(Outcome::Cooldown, None, Some("mc"))
        };
        assert_eq!(
            audit_line(EN, &from_panel),
            "<t:1700000000:R> <@42> (panel) 🔄 Restart **`mc`** (`srv_1`): ❌ `cooldown` (the \
             member's cooldown was running)"
        );
    }

    #[test]
    fn a_history_of_long_ids_shows_the_newest_entries_that_fit_in_one_message() {
        let mut long = entry(Outcome::InsufficientScope, Some(403), Some(&"n".repeat(32)));
        long.server = "é".repeat(100);
        // Marked as a panel's too: the marker counts against the message like the rest.
        long.panel = PanelId::parse("abcdefgh2345");
        for kind in [HistoryKind::Sent, HistoryKind::NotSent] {
            let text = audit_history(EN, &vec![long.clone(); 10], None, kind);
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
    fn a_history_fits_one_message_as_written_in_each_language() {
        let mut long = entry(
            Outcome::ProviderUnavailable,
            Some(503),
            Some(&"n".repeat(32)),
        );
        long.server = "é".repeat(100);
        long.schedule = Some(i64::MAX);
        for lang in Lang::all().chain([Lang::pseudo()]) {
            for kind in [HistoryKind::Sent, HistoryKind::NotSent] {
                let text = audit_history(lang, &vec![long.clone(); 10], Some(("x", None)), kind);
                assert!(length(&text) <= DISCORD_MESSAGE_LIMIT, "{lang} {kind:?}");
                assert!(
                    text.lines().any(|l| l.starts_with("<t:")),
                    "{lang} {kind:?}"
                );
            }
        }
    }

    #[test]
    fn the_actions_sent_to_heo_point_to_the_refusals_which_are_listed_apart() {
        let sent = audit_history(
            EN,
            &[entry(Outcome::Requested, None, None)],
            None,
            HistoryKind::Sent,
        );
        assert!(
            sent.starts_with("🗒️ The last power action sent to HEO in this Discord server:"),
            "{sent}"
        );
        assert!(sent.ends_with(REFUSALS_HINT), "{sent}");
        let refused = [entry(Outcome::Cooldown, None, None)];
        let refused = audit_history(EN, &refused, None, HistoryKind::NotSent);
        assert!(refused.contains("refused or cancelled") && refused.contains("nothing was sent"));
        assert!(!refused.contains("refusals:true"), "{refused}");
    }

    #[test]
    fn an_empty_history_says_so_for_the_guild_or_the_server() {
        let none = audit_history(EN, &[], None, HistoryKind::Sent);
        assert!(
            none.contains("No power actions were sent to HEO in this"),
            "{none}"
        );
        assert!(none.ends_with(REFUSALS_HINT), "{none}");
        let one = audit_history(EN, &[], Some(("srv_1", Some("mc"))), HistoryKind::NotSent);
        assert!(
            one.contains("No refused or cancelled requests are recorded for **`mc`** (`srv_1`)")
        );
    }
}
