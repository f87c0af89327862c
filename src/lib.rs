//! heo-bot: HEO Systems game-server power actions behind Discord slash commands.

pub mod commands;
pub mod config;
pub mod heo;
pub mod in_flight;
pub mod logging;
pub mod power;
pub mod replies;
mod startup;
pub mod store;

pub use startup::{StartError, run};
