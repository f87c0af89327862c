//! The pause after HEO answers 429, shared by every bot process on this database. The store
//! keeps an instant (Unix milliseconds, wall clock: `Instant`s mean nothing in another
//! process); what it means for sending is `power`'s business.

use super::{Store, StoreError};

impl Store {
    /// Makes sure nothing is sent before `until_ms`: the pause is extended to it, never
    /// shortened (a process that met a shorter 429 must not cut another's longer wait).
    pub async fn extend_heo_pause(&self, until_ms: i64) -> Result<(), StoreError> {
        with_pool!(self.pool()?, |pool| {
            sqlx::query(
                "INSERT INTO heo_pause (id, until_ms) VALUES (1, $1)
                 ON CONFLICT (id) DO UPDATE SET until_ms = excluded.until_ms
                 WHERE heo_pause.until_ms < excluded.until_ms",
            )
            .bind(until_ms)
            .execute(pool)
            .await
            .map(drop)?
        });
        Ok(())
    }

    /// The instant (Unix milliseconds) before which nothing is sent, or `None` if no process
    /// has ever met a 429 here. It may be in the past.
    pub async fn heo_pause(&self) -> Result<Option<i64>, StoreError> {
        let until_ms = with_pool!(self.pool()?, |pool| {
            sqlx::query_scalar("SELECT until_ms FROM heo_pause WHERE id = 1")
                .fetch_optional(pool)
                .await?
        });
        Ok(until_ms)
    }
}
