//! Scheduled power actions' vocabulary: when a schedule runs (`at:`, `every:`, `weekday:`)
//! in which time zone, the schedule as stored, and when it runs next (`next_run`).

mod at;
mod next_run;
mod zone;

use chrono::{DateTime, NaiveDate, NaiveTime, Utc, Weekday};

use super::{PowerAction, ServerId, WarnMessage, WarnPeriod};

pub use at::{At, InvalidAt};
pub use next_run::{InvalidTiming, next_after, next_run, timing};
pub use zone::{InvalidZone, Zone};

/// How often a schedule runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Recurrence {
    Once,
    Daily,
    Weekly,
}

impl Recurrence {
    /// How it is typed and stored.
    pub fn name(self) -> &'static str {
        match self {
            Self::Once => "once",
            Self::Daily => "daily",
            Self::Weekly => "weekly",
        }
    }
}

/// When a schedule runs, as local wall-clock readings of its zone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Timing {
    /// Once, at `time` on `date`.
    Once { date: NaiveDate, time: NaiveTime },
    /// Every day at `time`.
    Daily { time: NaiveTime },
    /// Every `weekday` at `time`.
    Weekly { weekday: Weekday, time: NaiveTime },
}

impl Timing {
    pub fn recurrence(self) -> Recurrence {
        match self {
            Self::Once { .. } => Recurrence::Once,
            Self::Daily { .. } => Recurrence::Daily,
            Self::Weekly { .. } => Recurrence::Weekly,
        }
    }

    pub fn time(self) -> NaiveTime {
        match self {
            Self::Once { time, .. } | Self::Daily { time } | Self::Weekly { time, .. } => time,
        }
    }

    pub fn date(self) -> Option<NaiveDate> {
        match self {
            Self::Once { date, .. } => Some(date),
            Self::Daily { .. } | Self::Weekly { .. } => None,
        }
    }

    pub fn weekday(self) -> Option<Weekday> {
        match self {
            Self::Weekly { weekday, .. } => Some(weekday),
            Self::Once { .. } | Self::Daily { .. } => None,
        }
    }

    /// The inverse of the three getters above, as the store reads them back; `None` for a
    /// combination no schedule was written with.
    pub fn from_parts(
        recurrence: Recurrence,
        time: NaiveTime,
        date: Option<NaiveDate>,
        weekday: Option<Weekday>,
    ) -> Option<Self> {
        match (recurrence, date, weekday) {
            (Recurrence::Once, Some(date), None) => Some(Self::Once { date, time }),
            (Recurrence::Daily, None, None) => Some(Self::Daily { time }),
            (Recurrence::Weekly, None, Some(weekday)) => Some(Self::Weekly { weekday, time }),
            _ => None,
        }
    }
}

/// What `/schedule add` asks for, checked, with its first run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewSchedule {
    pub guild: u64,
    pub server: ServerId,
    pub action: PowerAction,
    pub timing: Timing,
    pub zone: Zone,
    pub warn: Option<WarnPeriod>,
    pub message: Option<WarnMessage>,
    /// Where the schedule was made, and where its runs are announced.
    pub channel: u64,
    pub made_by: u64,
    /// When the action first runs (a warned run's countdown starts `warn` earlier).
    pub next_run: DateTime<Utc>,
}

/// A stored schedule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Schedule {
    pub id: i64,
    pub paused: bool,
    pub spec: NewSchedule,
}

impl Schedule {
    /// When the run at `next_run` must be handed on: `warn` earlier, so that the warning's
    /// countdown ends at the scheduled time.
    pub fn emit_at(&self) -> DateTime<Utc> {
        let warn = self.spec.warn.map_or(0, WarnPeriod::as_secs);
        self.spec.next_run - chrono::Duration::seconds(i64::try_from(warn).unwrap_or(0))
    }
}
