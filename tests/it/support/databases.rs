//! The store's test suite runs on both databases: [`on_both_databases!`] turns one test body
//! into a `sqlite` test (a fresh SQLite file) and a `postgres` test (a fresh database on the
//! real PostgreSQL cluster of [`super::postgres`]).

use heo_bot::master_key::MasterKey;
use heo_bot::store::Store;
use sqlx::postgres::PgPoolOptions;
use tempfile::TempDir;

/// A store on a fresh database, and what must live as long as it.
pub struct TestDatabase {
    pub store: Store,
    _dir: Option<TempDir>,
}

/// A store on a new SQLite file in a temporary directory.
pub async fn sqlite() -> TestDatabase {
    let dir = TempDir::new().expect("a temporary directory");
    let url = format!("sqlite://{}", dir.path().join("test.db").display());
    let store = Store::open(&url, MasterKey::generate())
        .await
        .expect("a store on a new SQLite file");
    TestDatabase {
        store,
        _dir: Some(dir),
    }
}

/// A store on a new PostgreSQL database, or `None` where PostgreSQL is not available and not
/// required (a line saying so is printed).
pub async fn postgres(test: &str) -> Option<TestDatabase> {
    let url = super::postgres::fresh_database(test).await?;
    // A few connections per test: the suite runs many tests at once on one cluster.
    let pool = PgPoolOptions::new()
        .max_connections(4)
        .connect(&url)
        .await
        .expect("a pool on the fresh PostgreSQL database");
    let store = Store::from_pool(pool, MasterKey::generate())
        .await
        .expect("a store on the fresh PostgreSQL database");
    Some(TestDatabase { store, _dir: None })
}

/// `async fn name(store) { … }` becomes `name::sqlite` and `name::postgres`, each running
/// the body with `store` on a fresh database of its kind.
#[macro_export]
macro_rules! on_both_databases {
    ($(#[$meta:meta])* async fn $name:ident($store:ident) $body:block) => {
        $(#[$meta])*
        mod $name {
            #[allow(unused_imports)]
            use super::*;

            async fn body($store: heo_bot::store::Store) $body

            #[tokio::test]
            async fn sqlite() {
                let database = $crate::support::databases::sqlite().await;
                body(database.store.clone()).await;
                database.store.close().await;
            }

            #[tokio::test]
            async fn postgres() {
                let test = concat!(module_path!(), "::postgres");
                let Some(database) = $crate::support::databases::postgres(test).await else {
                    return;
                };
                body(database.store.clone()).await;
                database.store.close().await;
            }
        }
    };
}
