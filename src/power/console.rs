//! In-game warnings: a line sent to a game server's console with the guild's key, through
//! the guards that protect HEO's shared budget (the 429 pause, the guild's share of calls,
//! the cap on calls under way). The member cooldown and the one-action-per-server lock are
//! for power actions; a warning is part of one that already holds its server.

use crate::domain::ServerId;

use super::guards::CallAdmitted;
use super::{Power, PowerOutcome, Refusal};

impl Power {
    /// Sends `command` to the console of `server` with `guild`'s key. `Requested` means HEO
    /// took it; anything else says why the players were not warned.
    pub async fn console(&self, guild: u64, server: &ServerId, command: &str) -> PowerOutcome {
        let CallAdmitted { spent, place, .. } = match self.admit_call(guild) {
            Ok(admitted) => admitted,
            Err(refusal) => return PowerOutcome::Refused(refusal),
        };
        let api_key = match self.key_for_call(guild).await {
            Ok(api_key) => api_key,
            Err(why) => return why.into(),
        };
        // Another request may have met a 429 while the key was read.
        if let Some(wait) = self.backoff_wait().await {
            return PowerOutcome::Refused(Refusal::BackingOff { wait });
        }
        spent.keep();
        let result = self.answered(self.heo.console(&api_key, server, command).await);
        drop(place);
        match result {
            Ok(()) => PowerOutcome::Requested,
            Err(error) => {
                self.share_backoff(&error).await;
                let error_ref = &error as &dyn std::error::Error;
                tracing::warn!(guild, %server, error = error_ref, "in-game warning not sent");
                PowerOutcome::Failed(error)
            }
        }
    }
}
