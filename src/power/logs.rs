//! Reading a game server's latest log (`/server logs`) with the guild's key, through the
//! guards that protect HEO's budget shared by every guild.
//!
//! Not recorded in the audit trail: its entry is a power action (`domain::AuditEntry`), and
//! a read changes nothing on the server.

use crate::domain::ServerId;
use crate::heo::{HeoError, LogTail};

use super::guards::CallAdmitted;
use super::keys::NoUsableKey;
use super::{Power, Refusal};

/// What became of a log request.
#[derive(Debug)]
pub enum LogOutcome {
    /// HEO sent the log; its end is here.
    Read(LogTail),
    /// The guild has no key linked, so nothing was asked.
    NoKey,
    /// The key could not be read from the database, so nothing was asked.
    StoreFailed,
    /// The stored key does not decrypt under this guild, so nothing was asked.
    KeyUnreadable,
    /// HEO refused or could not be reached.
    Failed(HeoError),
    /// A guard refused it (a 429 pause met after the key was read).
    Refused(Refusal),
}

impl Power {
    /// The end of `server`'s latest log, read with the admitted guild's own key.
    pub async fn latest_log(&self, admitted: CallAdmitted, server: &ServerId) -> LogOutcome {
        let CallAdmitted {
            guild,
            spent,
            place,
        } = admitted;
        let api_key = match self.key_for_call(guild).await {
            Ok(api_key) => api_key,
            Err(NoUsableKey::NotLinked) => return LogOutcome::NoKey,
            Err(NoUsableKey::Unreadable) => return LogOutcome::KeyUnreadable,
            Err(NoUsableKey::StoreFailed) => return LogOutcome::StoreFailed,
        };
        // As for a power action: another request may have met a 429 meanwhile.
        if let Some(wait) = self.backoff_wait().await {
            return LogOutcome::Refused(Refusal::BackingOff { wait });
        }
        spent.keep();
        let result = self.answered(self.heo.latest_log(&api_key, server).await);
        drop(place);
        match result {
            Ok(tail) => {
                tracing::info!(guild, %server, cut = tail.cut, "log read");
                LogOutcome::Read(tail)
            }
            Err(error) => {
                self.share_backoff(&error).await;
                let error_ref = &error as &dyn std::error::Error;
                tracing::warn!(guild, %server, error = error_ref, "log request failed");
                LogOutcome::Failed(error)
            }
        }
    }
}
