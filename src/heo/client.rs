use std::time::{Duration, Instant, SystemTime};

use reqwest::header::RETRY_AFTER;
use secrecy::{ExposeSecret, SecretString};
use url::Url;

use super::classify::classify_error;
use super::{Accepted, HeoError, classify};
use crate::domain::{PowerAction, ServerId};
use crate::health::Metrics;

/// The most of a response body we read: the documented bodies are tiny, and a misbehaving
/// proxy must not make us buffer megabytes.
const MAX_BODY_BYTES: usize = 64 * 1024;

/// Sends power actions to the HEO API. Cheap to clone; clones share one connection pool.
#[derive(Clone, Debug)]
pub struct HeoClient {
    pub(super) http: reqwest::Client,
    pub(super) base_url: String,
    timeout: Duration,
    metrics: Metrics,
}

impl HeoClient {
    /// A client for the API at `base_url` whose requests give up after `timeout`.
    pub fn new(base_url: &Url, timeout: Duration) -> Result<Self, reqwest::Error> {
        let http = reqwest::Client::builder()
            .timeout(timeout)
            .connect_timeout(timeout)
            // A redirect could carry the request somewhere we did not choose; treat it as
            // an unexpected answer instead of following it.
            .redirect(reqwest::redirect::Policy::none())
            .user_agent(concat!("heo-bot/", env!("CARGO_PKG_VERSION")))
            .build()?;
        Ok(Self {
            http,
            base_url: base_url.as_str().trim_end_matches('/').to_owned(),
            timeout,
            metrics: Metrics::default(),
        })
    }

    /// Counts and times each call in `metrics` from now on.
    pub fn with_metrics(mut self, metrics: Metrics) -> Self {
        self.metrics = metrics;
        self
    }

    pub(super) fn metrics(&self) -> &Metrics {
        &self.metrics
    }

    /// The longest a request can take before it fails with [`HeoError::Timeout`].
    pub fn timeout(&self) -> Duration {
        self.timeout
    }

    /// Asks the provider to perform `action` on `server` with `key`. A kill is always sent
    /// confirmed (`force=true`): the bot asks its user before calling this.
    pub async fn power(
        &self,
        key: &SecretString,
        server: &ServerId,
        action: PowerAction,
    ) -> Result<Accepted, HeoError> {
        let started = Instant::now();
        let result = self.call(key, server, action).await;
        let code = result.as_ref().map_or_else(HeoError::code, |_| "accepted");
        self.metrics.provider_call(action, code, started.elapsed());
        result
    }

    async fn call(
        &self,
        key: &SecretString,
        server: &ServerId,
        action: PowerAction,
    ) -> Result<Accepted, HeoError> {
        let mut url = format!(
            "{}/v1/hosting/game/power/{}/{}",
            self.base_url,
            server.path_segment(),
            action.path_segment()
        );
        if action == PowerAction::Kill {
            url.push_str("?force=true");
        }
        let response = self
            .http
            .post(url)
            .bearer_auth(key.expose_secret())
            .send()
            .await
            .map_err(connection_error)?;

        let answer = Answer::read(response).await;
        tracing::debug!(%server, %action, status = answer.status, "HEO answered");
        answer.classify()
    }
}

/// What a keyed call got back, as the classifier reads it: the status, the raw
/// `Retry-After`, and at most [`MAX_BODY_BYTES`] of the body. One reader for every call made
/// with a key (power actions, console commands, log requests that failed).
pub(super) struct Answer {
    pub(super) status: u16,
    retry_after: Option<String>,
    body: Vec<u8>,
}

impl Answer {
    pub(super) async fn read(response: reqwest::Response) -> Self {
        let status = response.status().as_u16();
        let retry_after = response
            .headers()
            .get(RETRY_AFTER)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned);
        let body = read_capped(response).await;
        Self {
            status,
            retry_after,
            body,
        }
    }

    /// The documented success, or the error this answer means.
    pub(super) fn classify(&self) -> Result<Accepted, HeoError> {
        classify(
            self.status,
            self.retry_after.as_deref(),
            &self.body,
            SystemTime::now(),
        )
    }

    /// The error this answer means, for a call whose success is not the documented JSON
    /// (a log is text); only asked when the status is not a success.
    pub(super) fn error(&self) -> HeoError {
        classify_error(
            self.status,
            self.retry_after.as_deref(),
            &self.body,
            SystemTime::now(),
        )
    }
}

pub(super) fn connection_error(error: reqwest::Error) -> HeoError {
    if error.is_timeout() {
        HeoError::Timeout
    } else {
        HeoError::Unreachable(error)
    }
}

/// Reads at most [`MAX_BODY_BYTES`]. A body cut short (timeout, dropped connection) yields
/// what arrived, which the classifier then judges: the status has already been received.
pub(super) async fn read_capped(mut response: reqwest::Response) -> Vec<u8> {
    let mut body = Vec::new();
    loop {
        match response.chunk().await {
            Ok(Some(chunk)) => {
                let room = MAX_BODY_BYTES - body.len();
                body.extend_from_slice(&chunk[..chunk.len().min(room)]);
                if body.len() == MAX_BODY_BYTES {
                    break;
                }
            }
            Ok(None) => break,
            Err(error) => {
                tracing::warn!(error = %error, "HEO response body was cut short");
                break;
            }
        }
    }
    body
}
