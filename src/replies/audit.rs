//! Sentences for `/server history`. Members are mentions (replies never ping), times are
//! Discord's relative timestamps, servers and outcome codes are code spans.

use crate::power::AuditRow;

use super::{code, emoji, mention, named, title};

/// `/server history`: the newest entries first, for the guild or for `server` alone.
pub fn audit_history(rows: &[AuditRow], server: Option<(&str, Option<&str>)>) -> String {
    let scope = match server {
        Some((id, name)) => format!("for {}", named(id, name)),
        None => "in this Discord server".to_owned(),
    };
    if rows.is_empty() {
        return format!(
            "No power actions are recorded {scope} yet (entries are kept for a limited time)."
        );
    }
    let mut text = format!(
        "🗒️ The last {} power actions {scope}, newest first:",
        rows.len()
    );
    for row in rows {
        text.push('\n');
        text.push_str(&audit_line(row));
    }
    text
}

/// One entry: when, who, what, on which server, and what came of it.
pub fn audit_line(row: &AuditRow) -> String {
    format!(
        "<t:{}:R> {} {} {} {}: {}",
        row.at,
        mention(row.member),
        emoji(row.action),
        title(row.action),
        named(&row.server, row.name.as_deref()),
        audit_outcome(&row.outcome, row.http_status),
    )
}

fn audit_outcome(outcome: &str, http_status: Option<u16>) -> String {
    match (outcome, http_status) {
        ("requested", _) => "✅ requested".to_owned(),
        (other, Some(status)) => format!("❌ {} (HTTP {status})", code(other)),
        (other, None) => format!("❌ {}", code(other)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::heo::PowerAction;

    fn row(outcome: &str, http_status: Option<u16>, name: Option<&str>) -> AuditRow {
        AuditRow {
            member: 42,
            server: "srv_1".to_owned(),
            name: name.map(str::to_owned),
            action: PowerAction::Restart,
            outcome: outcome.to_owned(),
            http_status,
            at: 1_700_000_000,
        }
    }

    #[test]
    fn a_line_shows_when_who_what_where_and_the_outcome_with_its_status() {
        assert_eq!(
            audit_line(&row("requested", None, Some("mc"))),
            "<t:1700000000:R> <@42> 🔄 Restart **`mc`** (`srv_1`): ✅ requested"
        );
        assert_eq!(
            audit_line(&row("unauthorized", Some(401), None)),
            "<t:1700000000:R> <@42> 🔄 Restart `srv_1`: ❌ `unauthorized` (HTTP 401)"
        );
        assert!(audit_line(&row("no_key", None, None)).ends_with("❌ `no_key`"));
    }

    #[test]
    fn an_empty_history_says_so_for_the_guild_or_the_server() {
        assert!(audit_history(&[], None).contains("No power actions are recorded in this"));
        let one = audit_history(&[], Some(("srv_1", Some("mc"))));
        assert!(one.contains("for **`mc`** (`srv_1`)"), "{one}");
    }
}
