//! `/schedule add|list|remove|pause|resume|timezone`: power actions at a set time, once,
//! daily or weekly. `add` is here; the others are in `manage`.

mod check;
mod manage;

use crate::domain::{PowerAction, Recurrence};
use crate::replies;

use super::{CommandError, Context, complete, respond};
use check::{Checked, Typed, check};
use manage::{schedule_list, schedule_pause, schedule_remove, schedule_resume, schedule_timezone};

/// The power actions a schedule can run, as Discord offers them (a role may also be granted
/// `logs`, which is no action to schedule).
#[derive(Debug, Clone, Copy, poise::ChoiceParameter)]
pub enum ActionChoice {
    #[name = "start"]
    Start,
    #[name = "stop"]
    Stop,
    #[name = "restart"]
    Restart,
    #[name = "kill"]
    Kill,
}

impl From<ActionChoice> for PowerAction {
    fn from(choice: ActionChoice) -> Self {
        match choice {
            ActionChoice::Start => Self::Start,
            ActionChoice::Stop => Self::Stop,
            ActionChoice::Restart => Self::Restart,
            ActionChoice::Kill => Self::Kill,
        }
    }
}

/// Run start, stop, restart or kill on a game server at a set time.
#[poise::command(
    slash_command,
    guild_only,
    subcommands(
        "schedule_add",
        "schedule_list",
        "schedule_remove",
        "schedule_pause",
        "schedule_resume",
        "schedule_timezone"
    ),
    subcommand_required,
    default_member_permissions = "MANAGE_GUILD",
    required_permissions = "MANAGE_GUILD"
)]
pub async fn schedule(_: Context<'_>) -> Result<(), CommandError> {
    Ok(())
}

#[derive(Debug, Clone, Copy, poise::ChoiceParameter)]
pub enum EveryChoice {
    #[name = "once"]
    Once,
    #[name = "daily"]
    Daily,
    #[name = "weekly"]
    Weekly,
}

#[derive(Debug, Clone, Copy, poise::ChoiceParameter)]
pub enum WeekdayChoice {
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}

impl From<WeekdayChoice> for chrono::Weekday {
    fn from(day: WeekdayChoice) -> Self {
        match day {
            WeekdayChoice::Monday => Self::Mon,
            WeekdayChoice::Tuesday => Self::Tue,
            WeekdayChoice::Wednesday => Self::Wed,
            WeekdayChoice::Thursday => Self::Thu,
            WeekdayChoice::Friday => Self::Fri,
            WeekdayChoice::Saturday => Self::Sat,
            WeekdayChoice::Sunday => Self::Sun,
        }
    }
}

impl From<EveryChoice> for Recurrence {
    fn from(every: EveryChoice) -> Self {
        match every {
            EveryChoice::Once => Self::Once,
            EveryChoice::Daily => Self::Daily,
            EveryChoice::Weekly => Self::Weekly,
        }
    }
}

/// Schedule a power action: once, daily or weekly, at a local time.
#[poise::command(slash_command, guild_only, rename = "add")]
#[allow(clippy::too_many_arguments)]
async fn schedule_add(
    ctx: Context<'_>,
    #[description = "Server name, or ID as shown in the HEO dashboard, e.g. srv_123"]
    #[autocomplete = "complete::servers"]
    #[max_length = 100]
    server: String,
    #[description = "The power action"] action: ActionChoice,
    #[description = "Time as HH:MM, e.g. 04:00; or YYYY-MM-DD HH:MM for a one-time run"]
    #[max_length = 20]
    at: String,
    #[description = "How often (default: once)"] every: Option<EveryChoice>,
    #[description = "Day of a weekly run (default: that of the next HH:MM)"] weekday: Option<
        WeekdayChoice,
    >,
    #[description = "IANA time zone, e.g. Europe/Berlin (default: this server's, else UTC)"]
    #[autocomplete = "complete::zones"]
    #[max_length = 64]
    timezone: Option<String>,
    #[description = "Warn players this long before a stop, restart or kill, e.g. 10m"]
    #[max_length = 20]
    warn: Option<String>,
    #[description = "One line shown to players with the warning"]
    #[max_length = 200]
    message: Option<String>,
) -> Result<(), CommandError> {
    let Some(guild) = respond::guild_or_refuse(ctx).await? else {
        return Ok(());
    };
    let typed = Typed {
        server,
        action: action.into(),
        at,
        every: every.map_or(Recurrence::Once, Recurrence::from),
        weekday: weekday.map(Into::into),
        timezone,
        warn,
        message,
    };
    let checked = match check(ctx, guild, typed).await? {
        Ok(checked) => checked,
        Err(refusal) => return refuse(ctx, refusal).await,
    };
    // Not deferred: whether the answer is public depends on the write, and a defer would fix
    // it beforehand. The confirmation is public so that the community sees what will happen
    // to its server, and when; a refusal only concerns the admin.
    let Checked {
        new,
        name,
        zone_from,
    } = checked;
    match ctx.data().schedules.add(&new).await? {
        Some(id) => {
            let lang = respond::public_lang(ctx).await;
            let text = replies::schedule_added(lang, id, &new, name.as_deref(), zone_from);
            ctx.send(respond::public(text)).await?;
        }
        None => {
            let cap = crate::schedule::MAX_SCHEDULES_PER_GUILD;
            let text = replies::schedule_cap(respond::private_lang(ctx), cap);
            ctx.send(respond::private(text)).await?;
        }
    }
    Ok(())
}

async fn refuse(ctx: Context<'_>, text: String) -> Result<(), CommandError> {
    ctx.send(respond::private(text)).await?;
    Ok(())
}
