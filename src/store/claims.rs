//! Which bot process runs which shards, when several share one PostgreSQL database.
//!
//! Each process holds, on a connection of its own for as long as it runs, session-level
//! advisory locks: an exclusive one per shard it runs, a shared one naming its shard count,
//! and a shared "a bot is running" one. PostgreSQL drops them when that connection ends,
//! crash included, so a process that died leaves nothing to clean up and its shards can be
//! started elsewhere at once. A rotation of the master key takes the "running" lock
//! exclusively, so it and the bots exclude each other.
//!
//! If the connection holding the locks is lost, another process could take this one's
//! shards while it still runs them; [`ShardClaim::lost`] lets the bot stop first.
//!
//! SQLite needs none of this: its lock file admits one process, which runs every shard.

use std::ops::RangeInclusive;
use std::time::Duration;

use sqlx::postgres::PgConnection;
use sqlx::{Connection, PgPool};
use tokio::sync::{oneshot, watch};
use tokio::task::JoinHandle;

use super::{Pool, Store, StoreError};

/// The first half of each lock's key: which kind of lock (the second half is the shard or
/// the shard count). Chosen so as not to collide with anything else that might use advisory
/// locks in the same database; "HEO" in ASCII, then a number.
const SHARD_LOCK: i32 = 0x4845_4f01;
const SHARD_COUNT_LOCK: i32 = 0x4845_4f02;
const RUNNING_LOCK: i32 = 0x4845_4f03;

/// How often the connection holding the locks is checked, and how long an answer may take.
const CHECK_EVERY: Duration = Duration::from_secs(5);
const CHECK_TIMEOUT: Duration = Duration::from_secs(10);

/// Why this process may not run the shards it was given.
#[derive(Debug, thiserror::Error)]
pub enum ClaimError {
    /// Another process on the same database runs these shards.
    #[error("shards {} are run by another heo-bot process", list(.0))]
    Taken(Vec<u32>),
    /// Another process on the same database runs with another shard count: their guilds
    /// would be split differently, and some served twice or not at all.
    #[error("another heo-bot process on this database runs with SHARD_COUNT={theirs}")]
    OtherShardCount { theirs: u32 },
    /// `heo-bot rotate-master-key` is re-encrypting the keys right now.
    #[error("a master key rotation is under way on this database")]
    Rotating,
    /// Bot processes are connected (for a rotation, which must run alone).
    #[error("heo-bot processes are connected to this database")]
    BotsRunning,
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<sqlx::Error> for ClaimError {
    fn from(error: sqlx::Error) -> Self {
        Self::Store(error.into())
    }
}

fn list(shards: &[u32]) -> String {
    let ids: Vec<String> = shards.iter().map(u32::to_string).collect();
    ids.join(", ")
}

/// This process's claim on its shards; released by [`ShardClaim::release`] or when the
/// process ends.
#[derive(Debug)]
pub struct ShardClaim {
    /// `None` with SQLite, where there is nothing to hold.
    held: Option<Held>,
}

#[derive(Debug)]
struct Held {
    stop: oneshot::Sender<()>,
    lost: watch::Receiver<bool>,
    task: JoinHandle<()>,
}

/// The "running" lock held exclusively for a master key rotation; released by
/// [`RotationHold::release`] (or, a moment after, when dropped).
#[derive(Debug)]
pub struct RotationHold {
    connection: Option<PgConnection>,
}

impl RotationHold {
    /// Gives the lock back before returning, so a bot started right after is not refused.
    pub async fn release(self) {
        if let Some(connection) = self.connection {
            give_back(connection).await;
        }
    }
}

/// Releases every lock `connection` holds, then closes it. Unlocking first: the server
/// drops a closed session's locks only once its backend has noticed, a moment later.
async fn give_back(mut connection: PgConnection) {
    let _ = sqlx::query("SELECT pg_advisory_unlock_all()")
        .execute(&mut connection)
        .await;
    let _ = connection.close().await;
}

impl Store {
    /// Claims `shards` of `total` for this process: refused when another process on the same
    /// database runs any of them, runs with another shard count, or a rotation is under way.
    pub async fn claim_shards(
        &self,
        shards: RangeInclusive<u32>,
        total: u32,
    ) -> Result<ShardClaim, ClaimError> {
        let Pool::Postgres(pool) = self.pool()? else {
            return Ok(ShardClaim { held: None });
        };
        let mut connection = own_connection(pool).await?;
        match claim_on(&mut connection, shards, total).await {
            Ok(()) => Ok(ShardClaim {
                held: Some(Held::keep(connection)),
            }),
            Err(error) => {
                // Whatever was taken before the refusal goes back with the connection.
                give_back(connection).await;
                Err(error)
            }
        }
    }

    /// Takes the "running" lock exclusively for a rotation: refused while any bot process is
    /// connected to the same database. Nothing to take with SQLite (the lock file does it).
    pub async fn hold_for_rotation(&self) -> Result<RotationHold, ClaimError> {
        let Pool::Postgres(pool) = self.pool()? else {
            return Ok(RotationHold { connection: None });
        };
        let mut connection = own_connection(pool).await?;
        let alone: bool = sqlx::query_scalar("SELECT pg_try_advisory_lock($1, 0)")
            .bind(RUNNING_LOCK)
            .fetch_one(&mut connection)
            .await?;
        if !alone {
            let _ = connection.close().await;
            return Err(ClaimError::BotsRunning);
        }
        Ok(RotationHold {
            connection: Some(connection),
        })
    }
}

/// A connection taken out of the pool for good: the locks live exactly as long as it does,
/// and the pool must never hand it to a query that could close it.
async fn own_connection(pool: &PgPool) -> Result<PgConnection, ClaimError> {
    Ok(pool.acquire().await.map_err(StoreError::from)?.detach())
}

async fn claim_on(
    connection: &mut PgConnection,
    shards: RangeInclusive<u32>,
    total: u32,
) -> Result<(), ClaimError> {
    let not_rotating: bool = sqlx::query_scalar("SELECT pg_try_advisory_lock_shared($1, 0)")
        .bind(RUNNING_LOCK)
        .fetch_one(&mut *connection)
        .await?;
    if !not_rotating {
        return Err(ClaimError::Rotating);
    }
    // Shared locks never refuse each other; the count is taken first, then the others
    // looked for, so of two processes starting together with different counts, at least
    // one sees the other.
    let total_key = to_key(total);
    sqlx::query("SELECT pg_advisory_lock_shared($1, $2)")
        .bind(SHARD_COUNT_LOCK)
        .bind(total_key)
        .execute(&mut *connection)
        .await?;
    let other: Option<i64> = sqlx::query_scalar(
        "SELECT objid::int8 FROM pg_locks
         WHERE locktype = 'advisory' AND granted AND objsubid = 2
           AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
           AND classid = $1::oid AND objid <> $2::oid
         LIMIT 1",
    )
    .bind(SHARD_COUNT_LOCK)
    .bind(total_key)
    .fetch_optional(&mut *connection)
    .await?;
    if let Some(theirs) = other {
        return Err(ClaimError::OtherShardCount {
            theirs: u32::try_from(theirs).unwrap_or(u32::MAX),
        });
    }
    let mut taken = Vec::new();
    for shard in shards {
        let ours: bool = sqlx::query_scalar("SELECT pg_try_advisory_lock($1, $2)")
            .bind(SHARD_LOCK)
            .bind(to_key(shard))
            .fetch_one(&mut *connection)
            .await?;
        if !ours {
            taken.push(shard);
        }
    }
    if !taken.is_empty() {
        return Err(ClaimError::Taken(taken));
    }
    Ok(())
}

/// Shard ids and counts stay far below 2^31 (at most 10,000 shards).
fn to_key(value: u32) -> i32 {
    i32::try_from(value).unwrap_or(i32::MAX)
}

impl Held {
    /// Keeps `connection` open, checking it every [`CHECK_EVERY`], until stopped or lost.
    fn keep(mut connection: PgConnection) -> Self {
        let (stop, mut stopped) = oneshot::channel();
        let (lost_tx, lost) = watch::channel(false);
        let task = tokio::spawn(async move {
            loop {
                tokio::select! {
                    _ = &mut stopped => break,
                    () = tokio::time::sleep(CHECK_EVERY) => {}
                }
                // A server that stopped answering (a dropped network) counts as lost too.
                let failed = match tokio::time::timeout(CHECK_TIMEOUT, connection.ping()).await {
                    Ok(Ok(())) => continue,
                    Ok(Err(error)) => error.to_string(),
                    Err(_) => format!("no answer within {} s", CHECK_TIMEOUT.as_secs()),
                };
                tracing::error!(
                    error = %failed,
                    "lost the database connection that holds this process's shards"
                );
                lost_tx.send_replace(true);
                return;
            }
            give_back(connection).await;
        });
        Self { stop, lost, task }
    }
}

impl ShardClaim {
    /// Completes if the claim is lost (the connection holding it failed); never with SQLite.
    pub async fn lost(&self) {
        match &self.held {
            Some(held) => {
                let mut lost = held.lost.clone();
                if lost.wait_for(|lost| *lost).await.is_err() {
                    // Released: nothing was lost.
                    std::future::pending::<()>().await;
                }
            }
            None => std::future::pending().await,
        }
    }

    /// Gives the shards back (closes the connection holding them).
    pub async fn release(self) {
        if let Some(held) = self.held {
            let _ = held.stop.send(());
            let _ = held.task.await;
        }
    }
}
