//! `heo-bot doctor`: checks an installation before anyone types a slash command, and prints
//! one line per check (✔ passed, ! warning, ✘ failed, – not run) with what to do. It exits 1
//! if any check failed, else 0.
//!
//! The groups, in order: the configuration ([`setup`]), the database ([`database`]), Discord
//! ([`discord`]), the audit channels ([`audit_channels`]) and HEO ([`heo`]). Each decides;
//! [`sentences`] holds every word of the report.
//!
//! What it never does:
//! - start the bot, register commands, post anything, or call a power endpoint;
//! - write to the database: it opens it read-only, applies no migration, and takes no lock
//!   (it only asks whether a running bot holds one, and then reads beside it);
//! - print a secret: no token, API key or master key is ever handed to the report's words,
//!   URLs are shown without passwords, and every line passes the log redaction too.

mod audit_channels;
mod check;
mod database;
mod discord;
mod heo;
mod sentences;
mod setup;

use std::io::Write;
use std::process::ExitCode;

pub use check::{Check, Report, Verdict};

use crate::config::Config;

/// Reads the configuration as at start, runs every check and prints the report to stdout.
pub async fn run_from_env() -> ExitCode {
    let mut report = Report::new(std::io::stdout());
    match setup::configuration(&mut report) {
        Some(config) => run(&config, &mut report).await,
        None => report.add(sentences::not_run_without_configuration()),
    }
    report.finish()
}

/// Runs every check after the configuration's, in the report's order.
pub async fn run<W: Write>(config: &Config, report: &mut Report<W>) {
    let channels = database::check(config, report).await;
    let bot = discord::check(config, report).await;
    audit_channels::check(bot.as_ref(), channels, report).await;
    heo::check(config, report).await;
}
