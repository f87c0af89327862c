//! `/schedule add`'s options, checked one by one into a schedule ready to store, or the
//! sentence that refuses them.

use chrono::Weekday;

use crate::domain::{
    At, InvalidTiming, NewSchedule, PowerAction, Recurrence, WarnMessage, WarnPeriod, Zone,
    next_run, timing,
};
use crate::i18n::Lang;
use crate::replies::{self, ZoneFrom};

use super::super::{CommandError, Context, respond};

/// `/schedule add`'s options as typed.
pub(super) struct Typed {
    pub server: String,
    pub action: PowerAction,
    pub at: String,
    pub every: Recurrence,
    pub weekday: Option<Weekday>,
    pub timezone: Option<String>,
    pub warn: Option<String>,
    pub message: Option<String>,
}

/// A schedule ready to store, with what its confirmation says besides.
pub(super) struct Checked {
    pub new: NewSchedule,
    /// The server's name, when the guild named it.
    pub name: Option<String>,
    pub zone_from: ZoneFrom,
}

/// `typed`, checked; `Ok(Err(sentence))` refuses it.
pub(super) async fn check(
    ctx: Context<'_>,
    guild: u64,
    typed: Typed,
) -> Result<Result<Checked, String>, CommandError> {
    // A refusal only concerns the admin who typed the options.
    let lang = respond::private_lang(ctx);
    let at = match At::parse(&typed.at) {
        Ok(at) => at,
        Err(reason) => return Ok(Err(replies::schedule_invalid_at(lang, reason))),
    };
    let (zone, zone_from) = match zone(ctx, guild, typed.timezone.as_deref()).await? {
        Ok(zone) => zone,
        Err(refusal) => return Ok(Err(refusal)),
    };
    let (warn, message) = match warning(lang, typed.action, typed.warn, typed.message) {
        Ok(warning) => warning,
        Err(refusal) => return Ok(Err(refusal)),
    };
    let target = match ctx.data().power.resolve(guild, &typed.server).await {
        Ok(target) => target,
        Err(reason) => return Ok(Err(replies::invalid_server_id(lang, reason))),
    };
    let now = ctx.data().schedules.now();
    let timing = timing(at, typed.every, typed.weekday, zone, now).and_then(|timing| {
        Ok((
            timing,
            next_run(timing, zone, now).ok_or(InvalidTiming::InPast)?,
        ))
    });
    let (timing, next_run) = match timing {
        Ok(timing) => timing,
        Err(reason) => return Ok(Err(replies::schedule_invalid_timing(lang, reason))),
    };
    let new = NewSchedule {
        guild,
        server: target.id,
        action: typed.action,
        timing,
        zone,
        warn,
        message,
        channel: ctx.channel_id().get(),
        made_by: ctx.author().id.get(),
        next_run,
    };
    Ok(Ok(Checked {
        new,
        name: target.name,
        zone_from,
    }))
}

/// The typed zone, else the guild's, else UTC.
async fn zone(
    ctx: Context<'_>,
    guild: u64,
    typed: Option<&str>,
) -> Result<Result<(Zone, ZoneFrom), String>, CommandError> {
    Ok(match typed {
        Some(typed) => Zone::parse(typed)
            .map(|zone| (zone, ZoneFrom::Typed))
            .map_err(|_| replies::schedule_invalid_zone(respond::private_lang(ctx), typed)),
        None => Ok(match ctx.data().schedules.guild_zone(guild).await? {
            Some(zone) => (zone, ZoneFrom::Guild),
            None => (Zone::UTC, ZoneFrom::NeverSet),
        }),
    })
}

/// `warn:` and `message:`: only for an action that stops a running server, and a message
/// only with a warning.
fn warning(
    lang: Lang,
    action: PowerAction,
    warn: Option<String>,
    message: Option<String>,
) -> Result<(Option<WarnPeriod>, Option<WarnMessage>), String> {
    let warned = match action {
        PowerAction::Start => false,
        PowerAction::Stop | PowerAction::Restart | PowerAction::Kill => true,
    };
    if !warned && (warn.is_some() || message.is_some()) {
        return Err(replies::schedule_warn_on_start(lang));
    }
    let warn = warn
        .as_deref()
        .map(WarnPeriod::parse)
        .transpose()
        .map_err(|reason| replies::schedule_invalid_warn(lang, reason))?;
    let message = message
        .as_deref()
        .map(WarnMessage::parse)
        .transpose()
        .map_err(|reason| replies::schedule_invalid_message(lang, reason))?;
    if message.is_some() && warn.is_none() {
        return Err(replies::schedule_message_needs_warn(lang));
    }
    Ok((warn, message))
}
