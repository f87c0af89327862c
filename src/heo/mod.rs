//! The HEO Systems power API client: no Discord and no SQL in here.
//!
//! [`classify`] is the one place that reads the provider's status codes.

mod classify;
mod client;
mod error;

pub use classify::{Accepted, classify};
pub use client::HeoClient;
pub use error::HeoError;
