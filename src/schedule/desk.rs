//! What `/schedule` asks of the schedules: each change pokes the loop.

use chrono::{DateTime, Utc};

use crate::domain::{NewSchedule, Schedule, Zone, next_run};
use crate::store::StoreError;

use super::Schedules;

/// Schedules one guild may have: each is a row every process reads at each pass.
pub const MAX_SCHEDULES_PER_GUILD: i64 = 25;

/// What `/schedule resume` did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Resumed {
    /// Running again, with its next run counted from now.
    Resumed(Schedule),
    /// A one-time schedule whose moment passed while it was paused: left paused.
    Passed(Schedule),
    /// The guild has no schedule with that ID.
    NotFound,
}

impl Schedules {
    /// What time it is for the schedules.
    pub fn now(&self) -> DateTime<Utc> {
        self.clock.now()
    }

    /// `guild`'s default time zone; `None` if never set (UTC then).
    pub async fn guild_zone(&self, guild: u64) -> Result<Option<Zone>, StoreError> {
        self.store.guild_zone(guild).await
    }

    /// Sets `guild`'s default time zone for schedules made from now on.
    pub async fn set_guild_zone(
        &self,
        guild: u64,
        zone: Zone,
        member: u64,
    ) -> Result<(), StoreError> {
        self.store.set_guild_zone(guild, zone, member).await?;
        tracing::info!(guild, member, zone = %zone, "schedule time zone set");
        Ok(())
    }

    /// Stores `new`; its ID, or `None` if the guild has [`MAX_SCHEDULES_PER_GUILD`] already.
    pub async fn add(&self, new: &NewSchedule) -> Result<Option<i64>, StoreError> {
        let id = self
            .store
            .add_schedule(new, MAX_SCHEDULES_PER_GUILD)
            .await?;
        if let Some(id) = id {
            tracing::info!(
                guild = new.guild,
                member = new.made_by,
                schedule = id,
                "schedule added"
            );
            self.changed();
        }
        Ok(id)
    }

    /// `guild`'s schedules, oldest first.
    pub async fn list(&self, guild: u64) -> Result<Vec<Schedule>, StoreError> {
        self.store.schedules(guild).await
    }

    /// Removes schedule `id` of `guild`; it as it was, `None` if there was none.
    pub async fn remove(&self, guild: u64, id: i64) -> Result<Option<Schedule>, StoreError> {
        let removed = self.store.remove_schedule(guild, id).await?;
        if removed.is_some() {
            tracing::info!(guild, schedule = id, "schedule removed");
            self.changed();
        }
        Ok(removed)
    }

    /// Pauses schedule `id` of `guild`: no run is handed on until it is resumed.
    pub async fn pause(&self, guild: u64, id: i64) -> Result<Option<Schedule>, StoreError> {
        let paused = self.store.pause_schedule(guild, id).await?;
        if paused.is_some() {
            tracing::info!(guild, schedule = id, "schedule paused");
            self.changed();
        }
        Ok(paused)
    }

    /// Resumes schedule `id` of `guild`, its next run counted from now: the runs it would
    /// have had while paused are skipped, not reported as missed.
    pub async fn resume(&self, guild: u64, id: i64) -> Result<Resumed, StoreError> {
        let Some(schedule) = self.store.schedule(guild, id).await? else {
            return Ok(Resumed::NotFound);
        };
        let spec = &schedule.spec;
        let Some(next) = next_run(spec.timing, spec.zone, self.now()) else {
            return Ok(Resumed::Passed(schedule));
        };
        let resumed = self.store.resume_schedule(guild, id, next).await?;
        self.changed();
        tracing::info!(guild, schedule = id, "schedule resumed");
        Ok(resumed.map_or(Resumed::NotFound, Resumed::Resumed))
    }
}
