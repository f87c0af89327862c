//! The integration suite: one binary, real servers on loopback, real SQLite files.

mod config;
mod e2e;
mod heo_client;
mod power;
mod properties;
mod replies;
mod store;
mod support;
