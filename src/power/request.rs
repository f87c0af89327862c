//! What a member asks the power desk for, and what became of it.

use std::time::Duration;

use crate::domain::{PanelId, PowerAction, ServerId};
use crate::heo::HeoError;

use super::Hold;

/// Who asked for what, on which server.
#[derive(Debug, Clone)]
pub struct PowerRequest {
    pub guild: u64,
    pub member: u64,
    pub server: ServerId,
    /// The server's name in this guild, if it has one (for replies).
    pub name: Option<String>,
    pub action: PowerAction,
    /// The schedule that asked, when one did (`member` made it): the audit trail says so.
    pub schedule: Option<i64>,
    /// The panel whose button asked, when one did (`member` clicked it): the audit trail
    /// says so.
    pub panel: Option<PanelId>,
}

/// What became of a power request.
#[derive(Debug)]
pub enum PowerOutcome {
    /// The provider accepted the action; the game server may take a while to get there.
    Requested,
    /// The guild has no key linked, so nothing was sent.
    NoKey,
    /// The provider refused or could not be reached.
    Failed(HeoError),
    /// The key could not be read from the database, so nothing was sent.
    StoreFailed,
    /// The stored key does not decrypt under this guild (a row copied from another guild or
    /// altered, or sealed under another master key), so nothing was sent. An admin links
    /// the key again.
    KeyUnreadable,
    /// A guard refused the request at once, so nothing was sent.
    Refused(Refusal),
}

/// Why a request was refused before anything was sent. Each says how long to wait, or
/// within how long the wait ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// Another action on the same game server is still on its way to HEO. Its reply comes
    /// within `within` (HEO's timeout); try again after it if still needed.
    InProgress { within: Duration },
    /// This member had an action sent less than the cooldown ago. Try again after `wait`.
    CoolingDown { wait: Duration },
    /// HEO rate-limited the bot, and HEO's budget is shared by every Discord server the bot
    /// serves: nobody's action is sent for `wait`. Try again after it.
    BackingOff { wait: Duration },
    /// This guild has used its share of provider calls (`HEO_GUILD_BUDGET`): HEO's budget is
    /// shared by every Discord server the bot serves, so no one server may spend it all. Try
    /// again after `wait`, when one call has come back.
    GuildBudget { wait: Duration },
    /// The bot is already waiting on HEO for as many calls as it allows at once
    /// (`HEO_MAX_CONCURRENT_CALLS`), as when HEO hangs. Each ends within `within` (HEO's
    /// timeout); try again then.
    Busy { within: Duration },
    /// A countdown (a warned action) holds the server until its action is sent: abort it
    /// with its button first, or wait for it.
    CountingDown(Hold),
}
