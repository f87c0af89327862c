//! HEO's health and status.

use crate::doctor::check::Check;
use crate::heo::{Healthy, ProbeError, ProviderStatus};

use super::{listed, with_causes};

const HEO: &str = "HEO";
const STATUS: &str = "HEO status";
const NOTHING_TO_CHANGE: &str = "Power actions may fail until HEO has fixed it; nothing needs \
                                 changing on the bot's side.";

/// `GET /health` said healthy.
pub fn heo_answers(shown_url: &str, healthy: &Healthy) -> Check {
    let version = healthy
        .version
        .as_ref()
        .map_or_else(String::new, |version| format!(", version {version}"));
    Check::ok(HEO, format!("answers at {shown_url} (healthy{version})"))
}

/// `GET /health` gave no healthy answer.
pub fn heo_unhealthy(shown_url: &str, error: &ProbeError) -> Check {
    let todo = match error {
        ProbeError::Timeout | ProbeError::Unreachable(_) => {
            "Check HEO_API_URL, and that this machine can reach it (firewall, DNS, proxy)."
        }
        ProbeError::Status { status: 404 | 405 } | ProbeError::Unreadable { .. } => {
            "Check HEO_API_URL: it should be HEO's API, https://api.heo-systems.net unless HEO \
             told you otherwise."
        }
        ProbeError::Status { .. } | ProbeError::Unhealthy(_) => {
            "HEO is having trouble; power actions fail until it is fixed. Run `heo-bot doctor` \
             again later."
        }
    };
    Check::fail(
        HEO,
        format!(
            "no healthy answer from {shown_url}/health ({})",
            with_causes(error)
        ),
        todo,
    )
}

/// The HTTP client for HEO could not be built.
pub fn heo_client_failed(error: &reqwest::Error) -> Check {
    Check::fail(
        HEO,
        format!("could not set up the HTTP client ({})", with_causes(error)),
        "Check that this machine has usable TLS root certificates.",
    )
}

/// What `GET /v1/status` said.
pub fn heo_status(status: &ProviderStatus) -> Check {
    let named = |names: &[String]| match names {
        [] => String::new(),
        names => format!(": {}", listed(names, 5)),
    };
    match status {
        ProviderStatus::Up => Check::ok(STATUS, "up"),
        ProviderStatus::Disrupted(names) => Check::warn(
            STATUS,
            format!("HEO reports a disruption{}", named(names)),
            NOTHING_TO_CHANGE,
        ),
        ProviderStatus::Maintenance(names) => Check::warn(
            STATUS,
            format!("HEO reports maintenance{}", named(names)),
            NOTHING_TO_CHANGE,
        ),
        ProviderStatus::Unknown => Check::warn(
            STATUS,
            "HEO does not know its own status right now (503)",
            "Run `heo-bot doctor` again later.",
        ),
        ProviderStatus::Other(other) => Check::warn(
            STATUS,
            format!("HEO reports the status \"{other}\""),
            NOTHING_TO_CHANGE,
        ),
    }
}

/// `GET /v1/status` gave no usable answer, though `/health` may have.
pub fn heo_status_unreadable(error: &ProbeError) -> Check {
    Check::warn(
        STATUS,
        format!("could not read HEO's status ({})", with_causes(error)),
        "Run `heo-bot doctor` again later; if it persists, check HEO_API_URL.",
    )
}

/// `/health` got no answer at all, so `/v1/status` was not asked.
pub fn heo_status_not_checked() -> Check {
    Check::skipped(STATUS, "not checked: HEO does not answer")
}
