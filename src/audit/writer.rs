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

use crate::domain::AuditEntry;
use crate::health::AuditStage;
use crate::store::StoreError;

use super::AuditTrail;
use super::post_queue::PostQueue;

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
pub(super) struct Writer(Arc<OnceLock<mpsc::Sender<Message>>>);

impl fmt::Debug for Writer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let queued = self.0.get().map(|tx| QUEUE_LEN - tx.capacity());
        f.debug_struct("Writer").field("queued", &queued).finish()
    }
}

impl Writer {
    /// Queues `entry` for the writer of `trail`; never waits.
    pub(super) fn queue(&self, trail: &AuditTrail, entry: AuditEntry) {
        let Some(queue) = self.sender(trail) else {
            trail.metrics.audit_dropped(AuditStage::Write, 1);
            tracing::warn!(?entry, "no runtime to record an audit entry on");
            return;
        };
        // Counted before it is sent, so the writer can never take it out of the count first.
        trail.metrics.audit_queued(AuditStage::Write, 1);
        if let Err(
            TrySendError::Full(Message::Entry(entry)) | TrySendError::Closed(Message::Entry(entry)),
        ) = queue.try_send(Message::Entry(entry))
        {
            trail.metrics.audit_done(AuditStage::Write, 1);
            trail.metrics.audit_dropped(AuditStage::Write, 1);
            tracing::warn!(
                guild = entry.guild,
                server = entry.server,
                outcome = %entry.outcome,
                "the audit writer is behind or stopped; this entry is not recorded"
            );
        }
    }

    /// Waits until every entry queued so far is written and posted (or failed).
    pub(super) async fn flush(&self) {
        let Some(queue) = self.0.get() else {
            return;
        };
        let (done, written) = oneshot::channel();
        if queue.send(Message::Flush(done)).await.is_ok() {
            let _ = written.await;
        }
    }

    fn sender(&self, trail: &AuditTrail) -> Option<&mpsc::Sender<Message>> {
        if let Some(queue) = self.0.get() {
            return Some(queue);
        }
        let runtime = tokio::runtime::Handle::try_current().ok()?;
        Some(self.0.get_or_init(|| {
            let (queue, entries) = mpsc::channel(QUEUE_LEN);
            runtime.spawn(write_batches(trail.clone(), entries));
            queue
        }))
    }
}

/// The writer: takes what is queued (up to [`MAX_BATCH`]), writes it in one transaction,
/// hands it to the audit channels' queues, and answers flushes once both are done.
async fn write_batches(trail: AuditTrail, mut queue: mpsc::Receiver<Message>) {
    let mut posting: Option<PostQueue> = None;
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
            write_batch(&trail, &batch).await;
            trail.metrics.audit_done(AuditStage::Write, batch.len());
            // Started with the first batch after the Discord side is plugged in.
            if posting.is_none() && trail.poster.get().is_some() {
                posting = Some(PostQueue::new(trail.clone()));
            }
            let written = std::mem::take(&mut batch);
            if let Some(posting) = &mut posting {
                posting.post(written);
            }
        }
        for done in flushes.drain(..) {
            match &mut posting {
                Some(posting) => posting.flush(done),
                None => {
                    let _ = done.send(());
                }
            }
        }
    }
}

/// Writes `batch` in one transaction; if that fails, entry by entry, so that one bad entry
/// or a moment of contention loses as little as possible.
async fn write_batch(trail: &AuditTrail, batch: &[AuditEntry]) {
    let Err(error) = trail.store.record_audits(batch).await else {
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
        write_one_by_one(trail, batch, error).await
    };
    if lost > 0 {
        trail.metrics.audit_dropped(AuditStage::Write, lost);
        tracing::warn!(
            lost,
            error = &error as &dyn std::error::Error,
            "could not record audit entries"
        );
    }
}

/// Writes each entry alone; returns how many failed and the last error.
async fn write_one_by_one(
    trail: &AuditTrail,
    batch: &[AuditEntry],
    batch_error: StoreError,
) -> (usize, StoreError) {
    let (mut lost, mut last_error) = (0, batch_error);
    for entry in batch {
        if let Err(error) = trail.store.record_audit(entry).await {
            lost += 1;
            last_error = error;
        }
    }
    (lost, last_error)
}
