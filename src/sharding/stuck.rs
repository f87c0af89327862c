//! Which shards have been disconnected for long enough to ask Discord why, and which are
//! back after such a spell: pure bookkeeping over the stages the [`super::watchdog`] sees,
//! so that it can be tested without a gateway.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use super::Shards;

/// How long a shard may stay disconnected before Discord's recommendation is asked for.
pub(super) const STUCK_AFTER: Duration = Duration::from_secs(12);
/// serenity 0.12 starts one shard every 5 seconds (its shard queuer's fixed pace).
const BOOT_EVERY: Duration = Duration::from_secs(5);

/// When each shard was last seen connected (or expected to connect at the latest), and when
/// Discord was last asked about it.
#[derive(Debug, Default)]
pub(super) struct Stuck {
    since: HashMap<u32, Instant>,
    asked: HashMap<u32, Instant>,
}

/// What one look found.
#[derive(Debug, Default, PartialEq, Eq)]
pub(super) struct Look {
    /// A shard due for asking Discord about.
    pub due: Option<Due>,
    /// Shards connected again after a spell that was reported, and how long it lasted.
    pub back: Vec<(u32, Duration)>,
}

/// A shard due for asking Discord about, and whether it is the first time in this spell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Due {
    pub shard: u32,
    pub first: bool,
}

impl Stuck {
    /// `running`, started from `now` at serenity's pace: one every [`BOOT_EVERY`], so the
    /// `k`th shard of the range is not missed before `k` of them have passed.
    pub fn expecting(running: Shards, now: Instant) -> Self {
        let since = running
            .ids()
            .map(|id| (id, now + BOOT_EVERY * (id - running.first)))
            .collect();
        Self {
            since,
            asked: HashMap::new(),
        }
    }

    /// Takes each shard's `(id, connected)` at `now`; finds a shard disconnected for
    /// [`STUCK_AFTER`], and again every [`STUCK_AFTER`] while it stays so (an answer that
    /// did not come must not end the watch), and the shards back after a reported spell.
    pub fn update(&mut self, stages: &[(u32, bool)], now: Instant) -> Look {
        let mut back = Vec::new();
        for &(shard, connected) in stages {
            if connected {
                let since = self.since.remove(&shard);
                if let (Some(since), Some(_)) = (since, self.asked.remove(&shard)) {
                    back.push((shard, now.saturating_duration_since(since)));
                }
            } else {
                self.since.entry(shard).or_insert(now);
            }
        }
        let due = |shard: &u32, since: &Instant| {
            let last = self.asked.get(shard).unwrap_or(since);
            now.saturating_duration_since(*last) >= STUCK_AFTER
        };
        let due = self
            .since
            .iter()
            .find(|(shard, since)| due(shard, since))
            .map(|(&shard, _)| shard)
            .map(|shard| Due {
                shard,
                first: self.asked.insert(shard, now).is_none(),
            });
        Look { due, back }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn due(shard: u32, first: bool) -> Option<Due> {
        Some(Due { shard, first })
    }

    #[test]
    fn a_shard_disconnected_for_a_while_is_asked_about_and_again_while_it_stays_so() {
        let mut stuck = Stuck::default();
        let t0 = Instant::now();
        assert_eq!(stuck.update(&[(0, true), (1, false)], t0).due, None);
        let later = t0 + STUCK_AFTER;
        assert_eq!(
            stuck.update(&[(0, true), (1, false)], later).due,
            due(1, true)
        );
        assert_eq!(
            stuck.update(&[(0, true), (1, false)], later).due,
            None,
            "not twice at once"
        );
        let again = later + STUCK_AFTER;
        assert_eq!(stuck.update(&[(1, false)], again).due, due(1, false));
        // Connected, then disconnected again: a new spell.
        assert_eq!(stuck.update(&[(1, true)], again).due, None);
        let next = again + Duration::from_secs(1);
        assert_eq!(stuck.update(&[(1, false)], next).due, None);
        assert_eq!(
            stuck.update(&[(1, false)], next + STUCK_AFTER).due,
            due(1, true)
        );
    }

    #[test]
    fn a_shard_is_not_missed_before_serenity_could_have_started_it() {
        let t0 = Instant::now();
        let mut stuck = Stuck::expecting(Shards::all(3), t0);
        // Shard 0 never showed up; shards 1 and 2 are still queued.
        let all_down = [(0, false), (1, false), (2, false)];
        assert_eq!(stuck.update(&all_down, t0 + STUCK_AFTER).due, due(0, true));
        let shard_2_due = t0 + BOOT_EVERY * 2 + STUCK_AFTER;
        let two_down = [(1, true), (2, false)];
        let just_before = shard_2_due - Duration::from_secs(1);
        assert_eq!(stuck.update(&two_down, just_before).due, None);
        assert_eq!(stuck.update(&two_down, shard_2_due).due, due(2, true));
    }

    #[test]
    fn a_range_is_expected_from_its_first_shard_at_serenitys_pace() {
        let t0 = Instant::now();
        let range = Shards {
            first: 2,
            last: 3,
            total: 4,
        };
        let mut stuck = Stuck::expecting(range, t0);
        let down = [(2, false), (3, false)];
        // Shard 2 boots first here, so it is due after STUCK_AFTER; shard 3 one boot later.
        assert_eq!(stuck.update(&down, t0 + STUCK_AFTER).due, due(2, true));
        assert_eq!(stuck.update(&down, t0 + STUCK_AFTER).due, None);
        assert_eq!(
            stuck.update(&down, t0 + BOOT_EVERY + STUCK_AFTER).due,
            due(3, true)
        );
    }

    #[test]
    fn a_shard_back_after_a_reported_spell_is_reported_once_with_how_long_it_was_away() {
        let mut stuck = Stuck::default();
        let t0 = Instant::now();
        assert_eq!(stuck.update(&[(0, false)], t0).due, None);
        let reported = t0 + STUCK_AFTER;
        assert_eq!(stuck.update(&[(0, false)], reported).due, due(0, true));
        let back = t0 + STUCK_AFTER * 3;
        assert_eq!(
            stuck.update(&[(0, true)], back).back,
            [(0, STUCK_AFTER * 3)]
        );
        assert_eq!(stuck.update(&[(0, true)], back).back, []);
        // A short spell, never reported, is not reported when it ends either.
        assert_eq!(stuck.update(&[(0, false)], back).due, None);
        let blip = back + Duration::from_secs(1);
        assert_eq!(stuck.update(&[(0, true)], blip), Look::default());
    }

    #[test]
    fn a_connected_shard_is_never_reported() {
        let mut stuck = Stuck::default();
        let t0 = Instant::now();
        for secs in 0..60 {
            let now = t0 + Duration::from_secs(secs);
            assert_eq!(stuck.update(&[(0, true), (1, true)], now).due, None);
        }
    }
}
