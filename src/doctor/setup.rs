//! The configuration, read as the bot reads it at start: `.env` (never over the real
//! environment), `RUST_LOG`, then every variable. A bad one gives the line the bot prints at
//! start and ends the checks, which all need it.

use std::io::Write;

use secrecy::ExposeSecret;

use super::check::Report;
use super::sentences;
use crate::config::Config;
use crate::logging;

/// The configuration, or `None` after reporting why it cannot be used.
pub fn configuration<W: Write>(report: &mut Report<W>) -> Option<Config> {
    let dotenv = dotenvy::dotenv();
    // As at start: library warnings (there should be none) go through the redacting writer.
    let var = |name| std::env::var(name).ok();
    if let Err(error) = logging::init(var("RUST_LOG").as_deref(), var("LOG_FORMAT").as_deref()) {
        report.add(sentences::configuration_invalid(error.to_string()));
        return None;
    }
    let dotenv = match dotenv {
        Ok(path) => Some(path),
        Err(error) if error.not_found() => None,
        Err(error) => {
            let line = format!("could not read .env: {error}");
            report.add(sentences::configuration_invalid(line));
            return None;
        }
    };
    match Config::from_env() {
        Ok(config) => {
            logging::conceal(config.discord_token.expose_secret());
            report.add(sentences::configuration_valid(dotenv.as_deref()));
            Some(config)
        }
        Err(error) => {
            report.add(sentences::configuration_invalid(error.to_string()));
            None
        }
    }
}
