//! Log output: `RUST_LOG` if set, else the bot's info lines and library warnings; every
//! line passes through [`redact`] on its way out.

mod redact;

use std::io::IsTerminal;

use tracing_subscriber::EnvFilter;
use tracing_subscriber::filter::Directive;
use tracing_subscriber::layer::{Layer, SubscriberExt};
use tracing_subscriber::util::SubscriberInitExt;

use crate::config::ConfigError;

pub use redact::{REDACTED, conceal, redact};

const DEFAULT_LOG_FILTER: &str = "warn,heo_bot=info";

/// serenity targets that print whole gateway payloads, and so what a user typed into the
/// `/link-key` form, when an event does not parse: `client::dispatch` at debug ("An unknown
/// event was received: ..."), `gateway::ws` at warn ("Err deserializing text: ...; text:").
/// They are capped below those levels whatever `RUST_LOG` says.
const PAYLOAD_PRINTING_TARGETS: [&str; 2] = [
    "serenity::client::dispatch=info",
    "serenity::gateway::ws=error",
];

/// Installs the global subscriber. An unreadable `RUST_LOG` is refused, not ignored, so a
/// typo cannot silently hide the logs an operator asked for. Beside the log, it installs the
/// layer that times database queries for `/metrics` (idle unless `METRICS_ADDR` is set).
pub fn init(rust_log: Option<&str>) -> Result<(), ConfigError> {
    let lines = tracing_subscriber::fmt::layer()
        // Colour codes only for a person at a terminal, not in journald or a log file.
        .with_ansi(std::io::stdout().is_terminal())
        .with_writer(redact::Redacting(std::io::stdout));
    tracing_subscriber::registry()
        .with(lines.with_filter(filter(rust_log)?))
        .with(crate::health::query_timing_layer())
        .init();
    Ok(())
}

/// The filter for `rust_log`, with the payload-printing targets capped.
pub fn filter(rust_log: Option<&str>) -> Result<EnvFilter, ConfigError> {
    let mut filter = match rust_log.map(str::trim).filter(|v| !v.is_empty()) {
        None => EnvFilter::new(DEFAULT_LOG_FILTER),
        Some(value) => EnvFilter::try_new(value).map_err(|_| ConfigError::Invalid {
            var: "RUST_LOG",
            reason: "expected a filter such as info or warn,heo_bot=debug".to_owned(),
        })?,
    };
    for cap in PAYLOAD_PRINTING_TARGETS {
        let directive: Directive = cap.parse().expect("a valid built-in directive");
        filter = filter.add_directive(directive);
    }
    Ok(filter)
}
