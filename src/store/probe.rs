//! What the health listener asks the database: whether it answers, and how many keys are
//! linked.

use super::{Store, StoreError};

impl Store {
    /// Runs the cheapest query there is; fails as a command's query would (the file deleted,
    /// the server gone, every connection busy past the pool's wait).
    pub async fn ping(&self) -> Result<(), StoreError> {
        with_pool!(self.pool()?, |pool| sqlx::query("SELECT 1")
            .execute(pool)
            .await
            .map(drop)?);
        Ok(())
    }

    /// How many guilds have a key linked, in the whole database (every process's guilds,
    /// with PostgreSQL).
    pub async fn linked_key_count(&self) -> Result<u64, StoreError> {
        let count: i64 = with_pool!(self.pool()?, |pool| sqlx::query_scalar(
            "SELECT COUNT(*) FROM guild_keys"
        )
        .fetch_one(pool)
        .await?);
        Ok(u64::try_from(count).unwrap_or(0))
    }
}
