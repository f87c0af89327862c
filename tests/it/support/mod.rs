//! Test servers, the bot harness for the end-to-end tests, and the store the others share.

// Not every test uses every helper: the harness is also meant for the next feature's tests.
#![allow(dead_code, unused_imports)]

pub mod bot;
pub mod databases;
pub mod discord;
pub mod image;
pub mod postgres;
pub mod process;
pub mod pseudo;
pub mod scrape;

use std::time::Duration;

use heo_bot::heo::HeoClient;
use heo_bot::master_key::MasterKey;
use heo_bot::power::Power;
use heo_bot::store::Store;
use sqlx::SqlitePool;

/// The store on a fresh, migrated `#[sqlx::test]` database, under a new master key.
pub async fn store(pool: SqlitePool) -> Store {
    Store::from_pool(pool, MasterKey::generate())
        .await
        .expect("a store on the test database")
}

/// A power desk on `store` whose HEO is never called (nothing listens on port 9): for what
/// the desk does without HEO, such as recording, names and panels.
pub fn offline_power(store: &Store) -> Power {
    let heo = HeoClient::new(
        &"http://127.0.0.1:9".parse().unwrap(),
        Duration::from_secs(1),
    );
    Power::new(store.clone(), heo.expect("a client for a loopback URL"))
}
