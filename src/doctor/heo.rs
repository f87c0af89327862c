//! HEO: whether it answers (`GET /health`) and how it says it is doing (`GET /v1/status`).
//! Neither call carries a key. A provider that is down fails the check; a provider that is
//! up but reports a disruption or maintenance is a warning, as nothing in the installation
//! can fix it.

use std::io::Write;

use url::Url;

use super::check::Report;
use super::sentences;
use crate::config::Config;
use crate::heo::{HeoClient, ProbeError};

pub async fn check<W: Write>(config: &Config, report: &mut Report<W>) {
    let heo = match HeoClient::new(&config.heo_api_url, config.heo_timeout) {
        Ok(heo) => heo,
        Err(error) => {
            report.add(sentences::heo_client_failed(&error));
            return;
        }
    };
    let shown = shown(&config.heo_api_url);
    match heo.health().await {
        Ok(healthy) => report.add(sentences::heo_answers(&shown, &healthy)),
        Err(error @ (ProbeError::Timeout | ProbeError::Unreachable(_))) => {
            report.add(sentences::heo_unhealthy(&shown, &error));
            report.add(sentences::heo_status_not_checked());
            return;
        }
        // Asked on: HEO answered, and its status may say why it is not healthy.
        Err(error) => report.add(sentences::heo_unhealthy(&shown, &error)),
    }
    match heo.status().await {
        Ok(status) => report.add(sentences::heo_status(&status)),
        Err(error) => report.add(sentences::heo_status_unreadable(&error)),
    }
}

/// `url` for the report: without a user name or password, should the operator's URL carry
/// them, and without a trailing slash.
pub fn shown(url: &Url) -> String {
    let mut shown = url.clone();
    // Only fails for URLs that cannot have credentials, which then have none to hide.
    let _ = shown.set_username("");
    let _ = shown.set_password(None);
    shown.as_str().trim_end_matches('/').to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_url_is_shown_without_its_credentials() {
        let url = Url::parse("https://heo:s3cret@api.example/").unwrap();
        assert_eq!(shown(&url), "https://api.example");
    }
}
