//! Log output: `RUST_LOG` if set, else the bot's info lines and library warnings.

use tracing_subscriber::EnvFilter;

use crate::config::ConfigError;

/// serenity's `trace` level prints raw gateway payloads (what users type into the
/// `/link-key` form included), so the default never turns it on.
pub const DEFAULT_LOG_FILTER: &str = "warn,heo_bot=info";

/// Installs the global subscriber. An unreadable `RUST_LOG` is refused, not ignored, so a
/// typo cannot silently hide the logs an operator asked for.
pub fn init(rust_log: Option<&str>) -> Result<(), ConfigError> {
    let filter = match rust_log.map(str::trim).filter(|v| !v.is_empty()) {
        None => EnvFilter::new(DEFAULT_LOG_FILTER),
        Some(value) => EnvFilter::try_new(value).map_err(|_| ConfigError::Invalid {
            var: "RUST_LOG",
            reason: "expected a filter such as info or warn,heo_bot=debug".to_owned(),
        })?,
    };
    tracing_subscriber::fmt().with_env_filter(filter).init();
    Ok(())
}
