//! One guild's queue to its audit channel, and the task that posts from it, in order.
//!
//! The queue is bounded in lines, not batches: a permit per line waiting or being posted,
//! given back only once the line is posted, so a guild never holds more than
//! [`GUILD_QUEUE_LEN`] lines however the writer happened to batch them, and a queue whose
//! permits are all back has nothing left to post.

use std::sync::Arc;

use tokio::sync::{OwnedSemaphorePermit, Semaphore, mpsc, oneshot};

use crate::domain::AuditEntry;
use crate::health::{AuditStage, Metrics};

use super::AuditTrail;

/// Lines one guild may have waiting for its channel. Discord posts about one a second per
/// channel, so this is more than a minute and a half behind.
pub(super) const GUILD_QUEUE_LEN: usize = 100;

enum Job {
    /// Lines to post, with the permits they hold until they are posted.
    Post(Vec<AuditEntry>, OwnedSemaphorePermit),
    /// Answered once everything queued before it is posted.
    Flush(oneshot::Sender<()>),
}

/// The queue to one guild's posting task. Dropping it ends the task once the lines and
/// flushes already queued are done.
pub(super) struct GuildQueue {
    guild: u64,
    jobs: mpsc::UnboundedSender<Job>,
    room: Arc<Semaphore>,
    /// Lines dropped since the queue fell behind and has not yet caught up.
    dropped: usize,
    metrics: Metrics,
}

impl GuildQueue {
    /// Starts `guild`'s posting task on the current runtime.
    pub(super) fn start(trail: AuditTrail, guild: u64) -> Self {
        let (jobs, queue) = mpsc::unbounded_channel();
        let metrics = trail.metrics.clone();
        tokio::spawn(post_in_order(trail, guild, queue));
        Self {
            guild,
            jobs,
            room: Arc::new(Semaphore::new(GUILD_QUEUE_LEN)),
            dropped: 0,
            metrics,
        }
    }

    /// Whether every line queued has been posted: the task has nothing left to do, and a
    /// task started later for this guild cannot overtake it.
    pub(super) fn is_idle(&self) -> bool {
        self.room.available_permits() == GUILD_QUEUE_LEN
    }

    /// Queues as many of `entries` as fit, oldest first; never waits. The rest are dropped:
    /// they stay in `/server history`.
    pub(super) fn push(&mut self, mut entries: Vec<AuditEntry>) {
        // Only this queue's owner takes permits, so what is available now stays available.
        let fit = entries.len().min(self.room.available_permits());
        let overflow = entries.split_off(fit);
        // A stopped task (its runtime shutting down) loses the lines as a full queue would.
        let sent = entries.is_empty() || self.send(entries);
        match overflow.len() + if sent { 0 } else { fit } {
            // Caught up once half the queue is free again, not at the first free slot: under
            // a steady flood that would log "caught up" and "behind" for every line posted.
            0 if self.room.available_permits() >= GUILD_QUEUE_LEN / 2 => self.report_dropped(),
            0 => {}
            lost => self.drop_lines(lost),
        }
    }

    /// Queues `entries` with a permit each; false if the task has stopped.
    fn send(&self, entries: Vec<AuditEntry>) -> bool {
        let count = entries.len();
        let lines = u32::try_from(count).unwrap_or(u32::MAX);
        let Ok(permit) = Arc::clone(&self.room).try_acquire_many_owned(lines) else {
            return false;
        };
        // Counted before it is sent, so the task can never take it out of the count first.
        self.metrics.audit_queued(AuditStage::Post, count);
        let sent = self.jobs.send(Job::Post(entries, permit)).is_ok();
        if !sent {
            self.metrics.audit_done(AuditStage::Post, count);
        }
        sent
    }

    /// Hands a flush to the task; the answer comes once everything queued before it is
    /// posted.
    pub(super) fn flush(&self) -> oneshot::Receiver<()> {
        let (done, posted) = oneshot::channel();
        // A stopped task drops `done`, which answers the waiter too.
        let _ = self.jobs.send(Job::Flush(done));
        posted
    }

    /// Logs how many lines were dropped since the queue fell behind, if any (it caught up,
    /// or is being let go).
    pub(super) fn report_dropped(&mut self) {
        if self.dropped > 0 {
            tracing::warn!(
                guild = self.guild,
                lines = self.dropped,
                "audit channel posting caught up; lines were dropped meanwhile (they are in \
                 /server history)"
            );
            self.dropped = 0;
        }
    }

    /// One warning when a guild starts losing lines, not one per line: a member flooding
    /// refusals on purpose must not flood the log too.
    fn drop_lines(&mut self, lines: usize) {
        self.metrics.audit_dropped(AuditStage::Post, lines);
        if self.dropped == 0 {
            tracing::warn!(
                guild = self.guild,
                lines,
                "audit channel posting is behind; this Discord server's lines are dropped \
                 until it catches up (they are in /server history)"
            );
        }
        self.dropped += lines;
    }
}

/// The guild's posting task: posts each job's lines in the order they were queued, then
/// gives their permits back, and answers flushes in turn.
async fn post_in_order(trail: AuditTrail, guild: u64, mut queue: mpsc::UnboundedReceiver<Job>) {
    while let Some(job) = queue.recv().await {
        match job {
            Job::Post(entries, permit) => {
                trail.post_to_channel(guild, &entries).await;
                trail.metrics.audit_done(AuditStage::Post, entries.len());
                drop(permit);
            }
            Job::Flush(done) => {
                let _ = done.send(());
            }
        }
    }
}
