//! Every sentence of the report, in one place, as the [`Check`]s that carry them. The checks
//! decide; this module words. Nothing here is handed a secret: the configuration's secrets
//! never reach it, and URLs are shown without a password.

use std::path::Path;

use super::check::{Check, Verdict};
use super::discord::Failure;
use crate::commands::DiscordError;
pub use crate::error_line::with_causes;

mod database;
mod discord;
mod heo;

pub use database::*;
pub use discord::*;
pub use heo::*;

/// The operations guide, for the longer story behind a line.
const OPERATIONS: &str = "docs/operations.md";

/// The last line: how many checks failed, warned and passed.
pub fn summary(verdicts: &[Verdict]) -> String {
    let count = |verdict| verdicts.iter().filter(|v| **v == verdict).count();
    let (failed, warned, passed) = (
        count(Verdict::Fail),
        count(Verdict::Warn),
        count(Verdict::Ok),
    );
    let skipped = count(Verdict::Skipped);
    let mut parts = Vec::new();
    if failed > 0 {
        parts.push(plural(failed, "check failed", "checks failed"));
    }
    if warned > 0 {
        parts.push(plural(warned, "warning", "warnings"));
    }
    parts.push(plural(passed, "check passed", "checks passed"));
    if skipped > 0 {
        parts.push(format!("{skipped} not run"));
    }
    let verdict = if failed > 0 {
        "fix the ✘ lines above, then run `heo-bot doctor` again"
    } else {
        "the installation is ready"
    };
    format!("heo-bot doctor: {}; {verdict}", parts.join(", "))
}

/// The configuration was read and every setting is valid.
pub fn configuration_valid(dotenv: Option<&Path>) -> Check {
    let source = match dotenv {
        Some(path) => format!("read from {} and the environment", path.display()),
        None => "read from the environment; there is no .env here".to_owned(),
    };
    Check::ok("configuration", format!("every setting is valid, {source}"))
}

/// A setting, `.env` or `RUST_LOG` is unusable: `line` is what the bot prints at start,
/// without its `heo-bot: ` prefix.
pub fn configuration_invalid(line: String) -> Check {
    Check::fail_as_at_start("configuration", line)
}

/// The checks after the configuration, which all need it.
pub fn not_run_without_configuration() -> Check {
    Check::skipped(
        "other checks",
        "not run: each of them needs a valid configuration",
    )
}

/// "1 thing" or "3 things".
fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// "a, b and c", with at most `max` named and the rest counted.
fn listed(items: &[String], max: usize) -> String {
    let shown: Vec<&str> = items.iter().take(max).map(String::as_str).collect();
    let rest = items.len().saturating_sub(max);
    match (shown.split_last(), rest) {
        (None, _) => String::new(),
        (Some((last, [])), 0) => (*last).to_owned(),
        (Some((last, init)), 0) => format!("{} and {last}", init.join(", ")),
        (Some(_), rest) => format!("{} and {rest} more", shown.join(", ")),
    }
}

/// What to do when Discord could not be reached.
const CHECK_THE_NETWORK: &str = "Check this machine's network, and DISCORD_API_URL if it is set.";

/// A Discord call that gave no usable answer, for the check `subject` asking `what`.
fn discord_failed(subject: &str, what: &str, failure: &Failure) -> Check {
    let (kind, cause) = match failure {
        Failure::Refused { kind, cause } => (*kind, cause),
        Failure::Timeout => {
            let wait = super::discord::WAIT.as_secs();
            let finding = format!("Discord did not answer {what} within {wait} s");
            return Check::fail(subject, finding, CHECK_THE_NETWORK);
        }
    };
    let (finding, todo) = match kind {
        DiscordError::InvalidToken => (
            "Discord rejected DISCORD_TOKEN".to_owned(),
            "On the Bot page of your application in the Discord Developer Portal, click Reset \
             Token and put the new token in DISCORD_TOKEN.",
        ),
        DiscordError::NoAnswer => (
            format!("could not reach Discord for {what} ({cause})"),
            CHECK_THE_NETWORK,
        ),
        DiscordError::RateLimited => (
            format!("Discord rate-limited {what}"),
            "Run `heo-bot doctor` again in a minute.",
        ),
        DiscordError::Outage { status } => (
            format!("Discord failed {what} ({status})"),
            "Discord may be having an outage (discordstatus.com); run `heo-bot doctor` again later.",
        ),
        DiscordError::NotAllowed
        | DiscordError::UnknownChannel
        | DiscordError::UnknownMessage
        | DiscordError::NotATextChannel
        | DiscordError::Refused { .. }
        | DiscordError::Other => (
            format!("Discord refused {what} ({cause})"),
            "If DISCORD_API_URL is set, check that it points at Discord or a Discord REST proxy.",
        ),
    };
    Check::fail(subject, finding, todo)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_list_names_a_few_and_counts_the_rest() {
        let items: Vec<String> = ["a", "b", "c", "d"].map(String::from).to_vec();
        assert_eq!(listed(&items[..1], 3), "a");
        assert_eq!(listed(&items[..3], 3), "a, b and c");
        assert_eq!(listed(&items, 3), "a, b, c and 1 more");
    }

    #[test]
    fn the_summary_counts_each_verdict_and_says_what_next() {
        let all = [Verdict::Ok, Verdict::Warn, Verdict::Fail, Verdict::Skipped];
        assert_eq!(
            summary(&all),
            "heo-bot doctor: 1 check failed, 1 warning, 1 check passed, 1 not run; fix the ✘ \
             lines above, then run `heo-bot doctor` again"
        );
        assert_eq!(
            summary(&[Verdict::Ok, Verdict::Ok]),
            "heo-bot doctor: 2 checks passed; the installation is ready"
        );
    }
}
