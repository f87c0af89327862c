//! One writer for the audit trail. Entries queue up and are written in batches, one
//! transaction each, by a single task.
//!
//! Why not a task and a transaction per entry: measured, those writes took the database's
//! connections (and its write lock, and a sync to disk each) away from the key reads on the
//! command path, and cut `/server restart` throughput at concurrency 64 by half
//! (BENCHMARKS.md). Batched, the trail costs one connection at a time and one sync per batch.

use std::fmt;
use std::sync::{Arc, OnceLock};

use tokio::sync::mpsc::{self, error::TrySendError};
use tokio::sync::oneshot;

use super::audit_poster::AuditPoster;
use super::{AuditEntry, Power};
use crate::store::StoreError;

/// Entries waiting to be written. Far more than a burst of commands fills; a database stuck
/// for longer than that loses entries, each with a warning.
const QUEUE_LEN: usize = 10_000;
/// Entries written in one transaction at most.
const MAX_BATCH: usize = 256;

enum Message {
    Entry(AuditEntry),
    /// Answered once everything queued before it is written.
    Flush(oneshot::Sender<()>),
}

/// The queue to the writer task, started with the first entry (on the runtime at hand).
#[derive(Clone, Default)]
pub(super) struct AuditQueue(Arc<OnceLock<mpsc::Sender<Message>>>);

impl fmt::Debug for AuditQueue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let queued = self.0.get().map(|tx| QUEUE_LEN - tx.capacity());
        f.debug_struct("AuditQueue")
            .field("queued", &queued)
            .finish()
    }
}

impl Power {
    /// Queues `entry` for the writer; never waits. A full queue or a stopped writer loses the
    /// entry with a warning.
    pub(super) fn write_audit(&self, entry: AuditEntry) {
        let Some(queue) = self.audit_queue() else {
            tracing::warn!(?entry, "no runtime to record an audit entry on");
            return;
        };
        match queue.try_send(Message::Entry(entry)) {
            Ok(()) => {}
            Err(TrySendError::Full(message) | TrySendError::Closed(message)) => {
                if let Message::Entry(entry) = message {
                    tracing::warn!(
                        guild = entry.guild,
                        server = entry.server,
                        outcome = entry.outcome,
                        "the audit writer is behind or stopped; this entry is not recorded"
                    );
                }
            }
        }
    }

    /// Waits until every entry queued so far is written (or failed) and, where the guild has
    /// an audit channel, posted (or failed): called at shutdown, before the database closes.
    pub async fn flush_audit(&self) {
        let Some(queue) = self.audit.0.get() else {
            return;
        };
        let (done, written) = oneshot::channel();
        if queue.send(Message::Flush(done)).await.is_ok() {
            let _ = written.await;
        }
    }

    fn audit_queue(&self) -> Option<&mpsc::Sender<Message>> {
        if let Some(queue) = self.audit.0.get() {
            return Some(queue);
        }
        let runtime = tokio::runtime::Handle::try_current().ok()?;
        Some(self.audit.0.get_or_init(|| {
            let (queue, entries) = mpsc::channel(QUEUE_LEN);
            runtime.spawn(self.clone().write_batches(entries));
            queue
        }))
    }

    /// The writer: takes what is queued (up to [`MAX_BATCH`]), writes it in one transaction,
    /// hands it to the audit channels' poster, and answers flushes once both are done.
    async fn write_batches(self, mut queue: mpsc::Receiver<Message>) {
        let mut poster = None;
        let mut batch = Vec::new();
        let mut flushes = Vec::new();
        while let Some(first) = queue.recv().await {
            let mut next = Some(first);
            while let Some(message) = next {
                match message {
                    Message::Entry(entry) => batch.push(entry),
                    Message::Flush(done) => flushes.push(done),
                }
                next = (batch.len() < MAX_BATCH)
                    .then(|| queue.try_recv().ok())
                    .flatten();
            }
            if !batch.is_empty() {
                self.write_batch(&batch).await;
                // Started with the first batch after the Discord side is plugged in.
                if poster.is_none() && self.has_audit_feed() {
                    poster = Some(AuditPoster::start(self.clone()));
                }
                let written = std::mem::take(&mut batch);
                if let Some(poster) = &poster {
                    poster.post(written);
                }
            }
            for done in flushes.drain(..) {
                match &poster {
                    Some(poster) => poster.flush(done).await,
                    None => {
                        let _ = done.send(());
                    }
                }
            }
        }
    }

    /// Writes `batch` in one transaction; if that fails, entry by entry, so that one bad
    /// entry or a moment of contention loses as little as possible.
    async fn write_batch(&self, batch: &[AuditEntry]) {
        let Err(error) = self.store.record_audits(batch).await else {
            return;
        };
        // For one entry, entry by entry would be the same write again.
        let (lost, error) = if batch.len() == 1 {
            (1, error)
        } else {
            tracing::info!(
                entries = batch.len(),
                error = &error as &dyn std::error::Error,
                "an audit batch failed; writing its entries one by one"
            );
            self.write_one_by_one(batch, error).await
        };
        if lost > 0 {
            tracing::warn!(
                lost,
                error = &error as &dyn std::error::Error,
                "could not record audit entries"
            );
        }
    }

    /// Writes each entry alone; returns how many failed and the last error.
    async fn write_one_by_one(
        &self,
        batch: &[AuditEntry],
        batch_error: StoreError,
    ) -> (usize, StoreError) {
        let (mut lost, mut last_error) = (0, batch_error);
        for entry in batch {
            if let Err(error) = self.store.record_audit(entry).await {
                lost += 1;
                last_error = error;
            }
        }
        (lost, last_error)
    }
}
