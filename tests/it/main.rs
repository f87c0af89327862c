//! The integration suite: one binary, real servers on loopback, real SQLite files.

mod at_rest;
mod audit;
mod audit_channels;
mod audit_queues;
mod config;
mod config_health;
mod config_limits;
mod countdowns;
mod discord_schema;
mod discord_server;
mod doctor;
mod e2e;
mod guild_languages;
mod heo_client;
mod master_key;
mod migrate;
mod named_servers;
mod panels;
mod power;
mod properties;
mod replies;
mod roles;
mod schedules;
mod shared_backoff;
mod store;
mod support;
