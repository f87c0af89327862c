//! In-game warnings: a line sent to a game server's console with the guild's key, through
//! the guards that protect HEO's shared budget (the 429 pause, the guild's share of calls,
//! the cap on calls under way). The member cooldown and the one-action-per-server lock are
//! for power actions; a warning is part of one that already holds its server.

use std::time::Instant;

use crate::domain::ServerId;
use crate::heo::HeoError;
use crate::store::StoreError;

use super::{Power, PowerOutcome, Refusal};

impl Power {
    /// Sends `command` to the console of `server` with `guild`'s key. `Requested` means HEO
    /// took it; anything else says why the players were not warned.
    pub async fn console(&self, guild: u64, server: &ServerId, command: &str) -> PowerOutcome {
        let now = Instant::now();
        if let Some(wait) = self.backoff.remaining(now) {
            return PowerOutcome::Refused(Refusal::BackingOff { wait });
        }
        let spent = match self.budget.spend(guild, now) {
            Ok(spent) => spent,
            Err(wait) => return PowerOutcome::Refused(Refusal::GuildBudget { wait }),
        };
        let Some(place) = self.calls.take() else {
            return PowerOutcome::Refused(self.busy());
        };
        let api_key = match self.store.api_key(guild).await {
            Ok(Some(api_key)) => api_key,
            Ok(None) => return PowerOutcome::NoKey,
            Err(StoreError::Undecryptable { .. }) => return PowerOutcome::KeyUnreadable,
            Err(error) => {
                let error = &error as &dyn std::error::Error;
                tracing::error!(guild, error, "could not read the guild's key for a warning");
                return PowerOutcome::StoreFailed;
            }
        };
        if let Some(wait) = self.backoff_wait().await {
            return PowerOutcome::Refused(Refusal::BackingOff { wait });
        }
        spent.keep();
        let result = self.heo.console(&api_key, server, command).await;
        drop(place);
        let outcome = match result {
            Ok(()) => {
                self.backoff.answered();
                return PowerOutcome::Requested;
            }
            Err(HeoError::RateLimited { retry_after }) => {
                let wait = self.backoff.rate_limited(retry_after, Instant::now());
                tracing::warn!(
                    ?retry_after,
                    ?wait,
                    "HEO rate-limited a console command; backing off"
                );
                PowerOutcome::Failed(HeoError::RateLimited {
                    retry_after: Some(wait),
                })
            }
            Err(error) => {
                if error.http_status().is_some() {
                    self.backoff.answered();
                }
                PowerOutcome::Failed(error)
            }
        };
        if let PowerOutcome::Failed(error) = &outcome {
            tracing::warn!(
                guild,
                %server,
                error = error as &dyn std::error::Error,
                "in-game warning not sent"
            );
            self.share_backoff(error).await;
        }
        outcome
    }
}
