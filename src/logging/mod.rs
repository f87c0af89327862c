//! Log output: `RUST_LOG` if set, else the bot's info lines and library warnings, as text or,
//! with `LOG_FORMAT=json`, one JSON object a line; every line passes through [`redact`] on its
//! way out.

mod json;
mod redact;

use std::io::IsTerminal;

use tracing_subscriber::EnvFilter;
use tracing_subscriber::filter::Directive;
use tracing_subscriber::layer::{Layer, SubscriberExt};
use tracing_subscriber::util::SubscriberInitExt;

use crate::config::ConfigError;

pub use redact::{REDACTED, conceal, redact};

/// Without `RUST_LOG`: the bot's info lines and libraries' warnings, except serenity's
/// gateway and client warnings. In a Discord outage those repeat on every retry ("Err
/// starting shard", "Failed to resume", every 5 s, forever), and the one about `GET /gateway`
/// names a public host the bot does not use; the bot says once what is going on instead (see
/// `sharding`). `RUST_LOG` shows them again.
const DEFAULT_LOG_FILTER: &str = "warn,heo_bot=info,serenity::gateway=error,serenity::client=error";

/// serenity targets that print whole gateway payloads, and so what a user typed into the
/// `/link-key` form, when an event does not parse: `client::dispatch` at debug ("An unknown
/// event was received: ..."), `gateway::ws` at warn ("Err deserializing text: ...; text:").
/// They are capped below those levels whatever `RUST_LOG` says.
const PAYLOAD_PRINTING_TARGETS: [&str; 2] = [
    "serenity::client::dispatch=info",
    "serenity::gateway::ws=error",
];

/// How each line is written (`LOG_FORMAT`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogFormat {
    /// For people: one readable line per event (the default).
    Text,
    /// For log shippers: one JSON object per line, fields as keys.
    Json,
}

impl LogFormat {
    /// `LOG_FORMAT`: `text` (or unset) or `json`, in any case; anything else is refused, so a
    /// typo cannot leave a shipper parsing lines it cannot read.
    pub fn parse(value: Option<&str>) -> Result<Self, ConfigError> {
        match value.map(str::trim).filter(|v| !v.is_empty()) {
            None => Ok(Self::Text),
            Some(v) if v.eq_ignore_ascii_case("text") => Ok(Self::Text),
            Some(v) if v.eq_ignore_ascii_case("json") => Ok(Self::Json),
            Some(_) => Err(ConfigError::Invalid {
                var: "LOG_FORMAT",
                reason: "expected text or json".to_owned(),
            }),
        }
    }
}

/// Installs the global subscriber, from `RUST_LOG` and `LOG_FORMAT` as read from the
/// environment. An unreadable value is refused, not ignored, so a typo cannot silently hide
/// the logs an operator asked for. Beside the log, it installs the layer that times database
/// queries for `/metrics` (idle unless `METRICS_ADDR` is set).
pub fn init(rust_log: Option<&str>, log_format: Option<&str>) -> Result<(), ConfigError> {
    let filter = filter(rust_log)?;
    let lines = tracing_subscriber::fmt::layer()
        // Colour codes only for a person at a terminal, not in journald or a log file.
        .with_ansi(std::io::stdout().is_terminal())
        .with_writer(redact::Redacting(std::io::stdout));
    let lines = match LogFormat::parse(log_format)? {
        LogFormat::Text => lines.boxed(),
        // Never coloured: escape codes inside JSON strings are noise to a shipper.
        LogFormat::Json => lines
            .with_ansi(false)
            .fmt_fields(tracing_subscriber::fmt::format::JsonFields::new())
            .event_format(json::JsonLines)
            .boxed(),
    };
    tracing_subscriber::registry()
        .with(lines.with_filter(filter))
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
