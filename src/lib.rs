//! heo-bot: HEO Systems game-server power actions behind Discord slash commands.

pub mod audit;
pub mod clock;
pub mod commands;
pub mod config;
pub mod countdown;
pub mod doctor;
pub mod domain;
pub mod error_line;
pub mod health;
pub mod heo;
pub mod i18n;
pub mod logging;
pub mod master_key;
pub mod migrate;
pub mod power;
pub mod probe;
pub mod replies;
pub mod schedule;
pub mod sharding;
pub mod shutdown;
pub mod signals;
mod startup;
pub mod store;

pub use startup::{StartError, run, run_with_clock};
