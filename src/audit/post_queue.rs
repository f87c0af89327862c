//! The queues to the guilds' audit channels: one bounded queue and one posting task per
//! guild, fed in the order the entries were written, so each channel shows its lines in the
//! order they happened and a channel Discord slows down holds up only its own guild's lines.
//!
//! Why per guild: with one queue for all, a channel Discord rate-limited (about 5 messages
//! per 5 s), fed on purpose by a member making refusals, filled the queue, and every other
//! guild's lines waited behind it or were dropped (issue 11). Why not a task per batch: those
//! raced (two actions close together could show swapped) and piled up without bound. A
//! guild's task ends once all its lines are posted, so a bot in many guilds keeps tasks only
//! for those with lines on their way.

use std::collections::{BTreeMap, HashMap};

use tokio::sync::oneshot;

use crate::domain::AuditEntry;

use super::AuditTrail;
use super::guild_queue::GuildQueue;

/// The guilds' queues, owned by the writer task, which alone feeds them.
pub(super) struct PostQueue {
    trail: AuditTrail,
    guilds: HashMap<u64, GuildQueue>,
}

impl PostQueue {
    pub(super) fn new(trail: AuditTrail) -> Self {
        Self {
            trail,
            guilds: HashMap::new(),
        }
    }

    /// Queues `batch` for posting, each guild's lines in their guild's queue; never waits.
    pub(super) fn post(&mut self, batch: Vec<AuditEntry>) {
        self.let_idle_go();
        let mut by_guild: BTreeMap<u64, Vec<AuditEntry>> = BTreeMap::new();
        for entry in batch {
            by_guild.entry(entry.guild).or_default().push(entry);
        }
        for (guild, entries) in by_guild {
            let trail = &self.trail;
            let queue = self
                .guilds
                .entry(guild)
                .or_insert_with(|| GuildQueue::start(trail.clone(), guild));
            queue.push(entries);
        }
    }

    /// Answers `done` once every line queued so far, in every guild, is posted (or failed).
    pub(super) fn flush(&mut self, done: oneshot::Sender<()>) {
        let posted: Vec<_> = self.guilds.values().map(GuildQueue::flush).collect();
        // In a task of its own, so that the writer goes on writing meanwhile.
        tokio::spawn(async move {
            for guild in posted {
                let _ = guild.await;
            }
            let _ = done.send(());
        });
    }

    /// Ends the tasks of guilds with nothing left to post. An idle task has posted every
    /// line it took, so a new task for the same guild later cannot overtake it.
    fn let_idle_go(&mut self) {
        self.guilds.retain(|_, queue| {
            let idle = queue.is_idle();
            if idle {
                queue.report_dropped();
            }
            !idle
        });
    }
}
