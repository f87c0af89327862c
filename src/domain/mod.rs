//! The types every layer shares, and that need nothing else: the power actions, checked
//! server IDs and names, the per-action role rule, and the audit trail's entry.
//!
//! `heo`, `store`, `power`, `audit` and `commands` all import this; it imports none of them.

mod action;
mod audit;
mod grants;
mod server_id;
mod servers;

pub use action::{PowerAction, UnknownAction};
pub use audit::{AuditEntry, HistoryKind, Outcome, UnknownOutcome};
pub use grants::{Grants, Lost, Standing, Verdict, decide, recheck};
pub use server_id::{InvalidServerId, MAX_SERVER_ID_LEN, ServerId};
pub use servers::{AddServer, InvalidServerName, MAX_SERVER_NAME_LEN, NamedServer, ServerName};
