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
mod server_id;
mod servers;
mod typed_text;

pub use action::{PowerAction, UnknownAction};
pub use audit::{AuditEntry, HistoryKind, Outcome, UnknownOutcome};
pub use grantable::{Grantable, UnknownGrantable};
pub use grants::{Grants, Lost, Standing, Verdict, decide, recheck};
pub use limits::{AllowedGuilds, CallBudget};
pub use server_id::{InvalidServerId, MAX_SERVER_ID_LEN, ServerId};
pub use servers::{AddServer, InvalidServerName, MAX_SERVER_NAME_LEN, NamedServer, ServerName};
pub use typed_text::is_hidden;
