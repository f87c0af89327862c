//! A countdown to and from its database row, and the hold it puts on its server.

use chrono::DateTime;

use crate::domain::{PanelId, ServerId, WarnPeriod};
use crate::power::{Hold, PowerRequest};
use crate::store::StoredCountdown;

use super::Countdown;

pub(super) fn hold_of(countdown: &Countdown) -> Hold {
    Hold {
        countdown: countdown.id,
        action: countdown.request.action,
        action_at: countdown.action_at(),
        channel: countdown.channel,
        message: countdown.message_id,
    }
}

pub(super) fn stored(countdown: &Countdown) -> StoredCountdown {
    let request = &countdown.request;
    StoredCountdown {
        id: countdown.id,
        guild: request.guild,
        server: request.server.as_str().to_owned(),
        name: request.name.clone(),
        action: request.action.path_segment().to_owned(),
        member: request.member,
        schedule: request.schedule,
        channel: countdown.channel,
        message: countdown.message_id,
        action_at_ms: countdown.due.timestamp_millis(),
        warn_secs: i64::try_from(countdown.warn.as_secs()).unwrap_or(i64::MAX),
        text: countdown.message.clone(),
        template: countdown.template.clone(),
        sending: false,
        panel: request.panel.as_ref().map(|id| id.as_str().to_owned()),
    }
}

/// The countdown a stored row describes, or `None` if the row cannot be read (written by a
/// newer version, or altered).
pub(super) fn countdown_of(row: &StoredCountdown) -> Option<Countdown> {
    let warn = u64::try_from(row.warn_secs).ok()?;
    Some(Countdown {
        id: row.id,
        request: PowerRequest {
            guild: row.guild,
            member: row.member,
            server: ServerId::parse(&row.server).ok()?,
            name: row.name.clone(),
            action: row.action.parse().ok()?,
            schedule: row.schedule,
            panel: match &row.panel {
                Some(id) => Some(PanelId::parse(id)?),
                None => None,
            },
        },
        due: DateTime::from_timestamp_millis(row.action_at_ms)?,
        warn: WarnPeriod::new(std::time::Duration::from_secs(warn)).ok()?,
        message: row.text.clone(),
        channel: row.channel,
        message_id: row.message,
        template: row.template.clone(),
    })
}
