//! The HEO Systems API client (power actions, logs, status): no Discord and no SQL in here.
//!
//! [`classify`] is the one place that reads the provider's status codes for power actions;
//! `status` reads those of its health and status endpoints.

mod classify;
mod client;
mod console;
mod error;
mod logs;
mod status;

pub use classify::{Accepted, classify};
pub use client::HeoClient;
pub use error::HeoError;
pub use logs::{LogTail, MAX_LOG_TAIL_BYTES};
pub use status::{Healthy, ProbeError, ProviderStatus, classify_health, classify_status};
