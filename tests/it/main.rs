//! The integration suite: one binary, real servers on loopback, real SQLite files.

mod config;
mod heo_client;
mod power;
mod replies;
mod store;
