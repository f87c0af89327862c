//! The types every layer shares, and that need nothing else: the power actions, checked
//! server IDs and names, the per-action role rule, the audit trail's entry, and the limits
//! that keep one guild from using up what every guild shares.
//!
//! `heo`, `store`, `power`, `audit` and `commands` all import this; it imports none of them.

mod action;
mod audit;
mod grantable;
mod grants;
mod limits;
mod panel;
mod schedule;
mod server_id;
mod servers;
mod typed_text;
mod warning;

pub use action::{PowerAction, UnknownAction};
pub use audit::{AuditEntry, HistoryKind, Outcome, UnknownOutcome};
pub use grantable::{Grantable, UnknownGrantable};
pub use grants::{Grants, Lost, Standing, Verdict, Via, decide, decide_click, decide_via, recheck};
pub use limits::{AllowedGuilds, CallBudget};
pub use panel::{PANEL_ID_LEN, Panel, PanelId, PanelWarning};
pub use schedule::{
    At, InvalidAt, InvalidTiming, InvalidZone, NewSchedule, Recurrence, Schedule, Timing, Zone,
    next_after, next_run, timing,
};
pub use server_id::{InvalidServerId, MAX_SERVER_ID_LEN, ServerId};
pub use servers::{AddServer, InvalidServerName, MAX_SERVER_NAME_LEN, NamedServer, ServerName};
pub use typed_text::is_hidden;
pub use warning::{
    ConsoleTemplate, InvalidConsoleTemplate, InvalidWarnMessage, InvalidWarnPeriod,
    MAX_MESSAGE_CHARS, MAX_TEMPLATE_CHARS, MAX_WARN, MAX_WARN_TEXT_LEN, MIN_WARN, WarnMessage,
    WarnPeriod,
};
