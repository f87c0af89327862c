//! The HEO Systems power API client: no Discord and no SQL in here.
//!
//! [`classify`] is the one place that reads the provider's status codes.

mod action;
mod classify;
mod client;
mod error;
mod server_id;

pub use action::PowerAction;
pub use classify::{Accepted, classify};
pub use client::HeoClient;
pub use error::HeoError;
pub use server_id::{InvalidServerId, MAX_SERVER_ID_LEN, ServerId};
