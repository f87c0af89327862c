//! HEO's own word on how it is doing (`GET /v1/status`), asked at most once a minute for the
//! whole bot and shared by every clone of the desk.
//!
//! A power failure that may be HEO's own trouble (a 5xx, a timeout, no connection) tells the
//! channel what HEO's status says, and `/heo status` shows it on demand. Neither may become a
//! way to hammer HEO (its rate limit is per IP, shared by every guild), so an answer, and a
//! failure to get one, is kept for [`KEEP_FOR`]; a question asked while one is on its way
//! waits for that one instead of sending another.

use std::sync::Arc;
use std::time::{Duration, Instant};

use tokio::sync::Mutex;

use crate::heo::{HeoClient, HeoError, ProbeError, ProviderStatus};

use super::{Power, PowerOutcome};

/// How long an answer (or the lack of one) is reused before HEO is asked again.
const KEEP_FOR: Duration = Duration::from_secs(60);

/// What the bot knows of HEO's status.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HeoStatus {
    /// `GET /v1/status` answered as documented (or with a status it does not name).
    Reported(ProviderStatus),
    /// No answer: HEO timed out or could not be reached.
    NoAnswer,
    /// An answer the contract does not describe (another HTTP status, an unreadable body).
    OddAnswer,
}

/// The last answer and when it came, shared by clones. The async lock is held while asking,
/// so that a second question waits for the first answer instead of asking again.
#[derive(Clone, Debug, Default)]
pub(super) struct StatusCache(Arc<Mutex<Option<(Instant, HeoStatus)>>>);

impl StatusCache {
    /// Spawned, so that an answer arriving after its caller gave up (at HEO's timeout) is
    /// still kept for the next question rather than lost with the caller.
    async fn current(&self, heo: &HeoClient) -> HeoStatus {
        let (cache, heo) = (self.clone(), heo.clone());
        tokio::spawn(async move { cache.ask(&heo).await })
            .await
            .unwrap_or(HeoStatus::NoAnswer)
    }

    async fn ask(&self, heo: &HeoClient) -> HeoStatus {
        let mut last = self.0.lock().await;
        if let Some((at, status)) = &*last
            && at.elapsed() < KEEP_FOR
        {
            return status.clone();
        }
        let status = match heo.status().await {
            Ok(status) => HeoStatus::Reported(status),
            Err(error) => {
                tracing::info!(
                    error = &error as &dyn std::error::Error,
                    "HEO's status could not be read"
                );
                match error {
                    ProbeError::Timeout | ProbeError::Unreachable(_) => HeoStatus::NoAnswer,
                    ProbeError::Status { .. }
                    | ProbeError::Unhealthy(_)
                    | ProbeError::Unreadable { .. } => HeoStatus::OddAnswer,
                }
            }
        };
        *last = Some((Instant::now(), status.clone()));
        status
    }
}

impl Power {
    /// HEO's status, from the last minute's answer or asked now. Never takes longer than
    /// HEO's timeout, waiting for another question's answer included.
    pub async fn heo_status(&self) -> HeoStatus {
        let asked = self.heo_status.current(&self.heo);
        tokio::time::timeout(self.heo.timeout(), asked)
            .await
            .unwrap_or(HeoStatus::NoAnswer)
    }

    /// What HEO's status page says, when `outcome` failed in a way HEO's own trouble may
    /// explain and the page reports a disruption or maintenance; `None` otherwise (no
    /// question is asked for other outcomes).
    pub async fn outage_behind(&self, outcome: &PowerOutcome) -> Option<ProviderStatus> {
        let PowerOutcome::Failed(error) = outcome else {
            return None;
        };
        if !may_be_heo_trouble(error) {
            return None;
        }
        match self.heo_status().await {
            HeoStatus::Reported(
                status @ (ProviderStatus::Disrupted(_) | ProviderStatus::Maintenance(_)),
            ) => Some(status),
            HeoStatus::Reported(
                ProviderStatus::Up | ProviderStatus::Unknown | ProviderStatus::Other(_),
            )
            | HeoStatus::NoAnswer
            | HeoStatus::OddAnswer => None,
        }
    }
}

/// Failures HEO's own outage could cause, where its status page may say more: the game server
/// unreachable from HEO (502), HEO's other 5xx, no answer in time, no connection. The others
/// are about the key, the request or the bot.
fn may_be_heo_trouble(error: &HeoError) -> bool {
    match error {
        HeoError::GameServerUnreachable
        | HeoError::ProviderUnavailable { .. }
        | HeoError::Timeout
        | HeoError::Unreachable(_) => true,
        HeoError::ConfirmationRequired
        | HeoError::Unauthorized
        | HeoError::Forbidden
        | HeoError::InsufficientScope
        | HeoError::NotFound
        | HeoError::MethodNotAllowed
        | HeoError::RateLimited { .. }
        | HeoError::UnexpectedStatus { .. }
        | HeoError::UnreadableSuccess { .. } => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_failures_heo_itself_may_cause_look_at_its_status() {
        assert!(may_be_heo_trouble(&HeoError::GameServerUnreachable));
        assert!(may_be_heo_trouble(&HeoError::ProviderUnavailable {
            status: 503
        }));
        assert!(may_be_heo_trouble(&HeoError::Timeout));
        assert!(!may_be_heo_trouble(&HeoError::Unauthorized));
        assert!(!may_be_heo_trouble(&HeoError::InsufficientScope));
        assert!(!may_be_heo_trouble(&HeoError::RateLimited {
            retry_after: None
        }));
    }
}
