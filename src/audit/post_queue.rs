//! The queue to the guilds' audit channels: one posting task, fed in the order the entries
//! were written, so each channel shows its lines in the order they happened.
//!
//! One task rather than one per batch: per-batch tasks raced (two actions close together
//! could show swapped) and, while Discord rate-limits a channel (about 5 messages per 5 s),
//! piled up without bound. A slow channel now delays the others' lines instead; the queue
//! is bounded, and what does not fit is dropped with a warning.

use std::collections::BTreeMap;

use tokio::sync::mpsc::{self, error::TrySendError};
use tokio::sync::oneshot;

use crate::domain::AuditEntry;

use super::AuditTrail;

/// Batches waiting to be posted.
const QUEUE_LEN: usize = 256;

enum Job {
    Post(Vec<AuditEntry>),
    /// Answered once everything queued before it is posted.
    Flush(oneshot::Sender<()>),
}

/// The queue to the posting task.
pub(super) struct PostQueue {
    jobs: mpsc::Sender<Job>,
}

impl PostQueue {
    /// Starts the posting task on the current runtime.
    pub(super) fn start(trail: AuditTrail) -> Self {
        let (jobs, queue) = mpsc::channel(QUEUE_LEN);
        tokio::spawn(run(trail, queue));
        Self { jobs }
    }

    /// Queues `batch` for posting; never waits.
    pub(super) fn post(&self, batch: Vec<AuditEntry>) {
        if let Err(TrySendError::Full(Job::Post(batch)) | TrySendError::Closed(Job::Post(batch))) =
            self.jobs.try_send(Job::Post(batch))
        {
            tracing::warn!(
                lines = batch.len(),
                "audit channel posting is behind; these lines are not posted (they are in \
                 /server history)"
            );
        }
    }

    /// Hands `done` to the posting task, to be answered after what is queued before it.
    pub(super) async fn flush(&self, done: oneshot::Sender<()>) {
        if let Err(mpsc::error::SendError(Job::Flush(done))) =
            self.jobs.send(Job::Flush(done)).await
        {
            let _ = done.send(());
        }
    }
}

async fn run(trail: AuditTrail, mut queue: mpsc::Receiver<Job>) {
    while let Some(job) = queue.recv().await {
        match job {
            Job::Post(batch) => {
                let mut by_guild: BTreeMap<u64, Vec<AuditEntry>> = BTreeMap::new();
                for entry in batch {
                    by_guild.entry(entry.guild).or_default().push(entry);
                }
                for (guild, entries) in by_guild {
                    trail.post_to_channel(guild, &entries).await;
                }
            }
            Job::Flush(done) => {
                let _ = done.send(());
            }
        }
    }
}
