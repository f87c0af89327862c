//! What members and players read about warned actions: the public countdown and how it
//! ended, the in-game lines, and the private answers around them.

use std::time::Duration;

use crate::countdown::Countdown;
use crate::domain::{
    InvalidConsoleTemplate, InvalidWarnMessage, InvalidWarnPeriod, MAX_MESSAGE_CHARS,
    MAX_TEMPLATE_CHARS, PowerAction,
};
use crate::heo::HeoError;
use crate::power::{Hold, PowerOutcome, PowerRequest, Refusal};

use super::{code, label, mention, power_outcome, title, wait_time};

/// The Abort button's label.
pub const COUNTDOWN_ABORT_LABEL: &str = "Abort";

/// The public countdown while it runs; `problem` says why the players are not being warned.
pub fn countdown_running(countdown: &Countdown, problem: Option<&str>) -> String {
    let request = &countdown.request;
    let at = countdown.action_at;
    let mut text = format!(
        "⏳ **{}** of {} <t:{at}:R> (at <t:{at}:T>), {}.",
        title(request.action),
        label(request),
        asked_by(countdown),
    );
    if let Some(message) = &countdown.message {
        text.push_str(&format!("\n> {message}"));
    }
    match problem {
        None => text.push_str(&format!(
            "\nThe players are warned in game. Press **{COUNTDOWN_ABORT_LABEL}** to call it off."
        )),
        Some(problem) => text.push_str(&format!(
            "\n⚠️ The players could not be warned in game: {problem} The {} still happens at \
             that time unless someone presses **{COUNTDOWN_ABORT_LABEL}**.",
            request.action
        )),
    }
    text
}

/// The countdown once its action was sent, or refused at the last moment.
pub fn countdown_ended(countdown: &Countdown, outcome: &PowerOutcome) -> String {
    format!(
        "{}\n-# Countdown {}.",
        power_outcome(&countdown.request, outcome),
        asked_by(countdown)
    )
}

/// The countdown after `by` pressed Abort.
pub fn countdown_aborted(countdown: &Countdown, by: u64) -> String {
    let request = &countdown.request;
    format!(
        "🛑 **{}** of {} **aborted** by {}; nothing was sent. (It was {}.)",
        title(request.action),
        label(request),
        mention(by),
        asked_by(countdown),
    )
}

/// A countdown whose moment passed while the bot was not running.
pub fn countdown_missed(countdown: &Countdown) -> String {
    let request = &countdown.request;
    let at = countdown.action_at;
    format!(
        "⚠️ **{}** of {} was due <t:{at}:f>, but the bot was not running then, so nothing was \
         sent. Run it again if it is still needed. (It was {}.)",
        title(request.action),
        label(request),
        asked_by(countdown),
    )
}

/// A countdown whose action was being sent when the bot stopped.
pub fn countdown_interrupted(countdown: &Countdown) -> String {
    let request = &countdown.request;
    format!(
        "⚠️ The bot stopped while sending the {} of {}, so it cannot tell whether HEO got it. \
         Check the HEO dashboard before trying again.",
        request.action,
        label(request),
    )
}

/// The private answer to the member who started a countdown.
pub fn countdown_started(countdown: &Countdown, guild: u64) -> String {
    let link = message_link(guild, countdown.channel, countdown.message_id);
    format!(
        "⏳ Countdown posted{link}: the {} of {} is sent <t:{at}:R> unless someone presses \
         **{COUNTDOWN_ABORT_LABEL}**.",
        countdown.request.action,
        label(&countdown.request),
        at = countdown.action_at,
    )
}

/// What a scheduled run without a warning did; `next` is the schedule's next run.
pub fn schedule_ran(request: &PowerRequest, outcome: &PowerOutcome, next: Option<i64>) -> String {
    format!(
        "🕒 {}: {}{}",
        schedule_label(request),
        power_outcome(request, outcome),
        next_run(next)
    )
}

/// A scheduled run whose moment passed while the bot was not running.
pub fn schedule_missed(request: &PowerRequest, due: i64, next: Option<i64>) -> String {
    format!(
        "⚠️ {}: the {} of {} was due <t:{due}:f>, but the bot was not running then, so nothing \
         was sent. Run it by hand if it is still needed.{}",
        schedule_label(request),
        request.action,
        label(request),
        next_run(next)
    )
}

fn schedule_label(request: &PowerRequest) -> String {
    let id = request
        .schedule
        .map_or_else(String::new, |id| format!("#{id}"));
    format!("Schedule {} by {}", code(&id), mention(request.member))
}

fn next_run(next: Option<i64>) -> String {
    match next {
        Some(at) => format!("\n-# Next run <t:{at}:F> (<t:{at}:R>)."),
        None => "\n-# It was a one-time schedule; it is done.".to_owned(),
    }
}

/// The countdown could not be posted in the channel, so none was started.
pub fn countdown_cannot_post() -> String {
    "I could not post the countdown in this channel, so nothing was started. Give the bot \
     **View Channel** and **Send Messages** here, or run the command in another channel."
        .to_owned()
}

/// Another countdown (in another bot process, say) already holds the server.
pub fn countdown_already_running(request: &PowerRequest) -> String {
    format!(
        "⏳ A countdown already runs on {}, so this {} was not started. Abort it with its \
         button first, or wait for it.",
        label(request),
        request.action
    )
}

/// The refusal of any power action on a server a countdown holds.
pub(super) fn holds_server(request: &PowerRequest, hold: &Hold) -> String {
    let link = message_link(request.guild, hold.channel, hold.message);
    format!(
        "⏳ A countdown to {} {} <t:{at}:R> holds it{link}, so this {} was not sent. Press \
         **{COUNTDOWN_ABORT_LABEL}** on the countdown first if you need to, or wait for it.",
        hold.action,
        label(request),
        request.action,
        at = hold.action_at,
    )
}

/// A click on Abort by a member who may not abort.
pub fn countdown_abort_not_allowed(action: PowerAction) -> String {
    format!(
        "Only the member who asked for this countdown, a member with **Manage Server**, or a \
         holder of a role allowed to {action} can abort it. Nothing changed."
    )
}

/// A click on Abort of a countdown that already ended.
pub fn countdown_gone() -> String {
    "This countdown has already ended.".to_owned()
}

/// A click on Abort while the action is being sent.
pub fn countdown_too_late(action: PowerAction) -> String {
    format!("Too late: the {action} is already being sent.")
}

pub fn invalid_warn(reason: InvalidWarnPeriod) -> String {
    let why = match reason {
        InvalidWarnPeriod::Unreadable => "is not a duration",
        InvalidWarnPeriod::TooShort => "is shorter than 5 seconds",
        InvalidWarnPeriod::TooLong => "is longer than an hour",
    };
    format!(
        "That `warn` {why}. Give one like `10m`, `90s` or `1h` (5 seconds to 1 hour). Nothing \
         was sent."
    )
}

pub fn invalid_warn_message(reason: InvalidWarnMessage) -> String {
    let why = match reason {
        InvalidWarnMessage::TooLong => format!("is longer than {MAX_MESSAGE_CHARS} characters"),
        InvalidWarnMessage::HiddenCharacter => {
            "holds a line break or an invisible character".to_owned()
        }
        InvalidWarnMessage::Empty => "is empty".to_owned(),
    };
    format!("That `message` {why}: it must be one line the players can read. Nothing was sent.")
}

pub fn invalid_console_template(reason: InvalidConsoleTemplate) -> String {
    let why = match reason {
        InvalidConsoleTemplate::NoPlaceholder => {
            "has no `{message}`, where the warning goes".to_owned()
        }
        InvalidConsoleTemplate::TooLong => {
            format!("is longer than {MAX_TEMPLATE_CHARS} characters")
        }
        InvalidConsoleTemplate::HiddenCharacter => {
            "holds a line break or an invisible character".to_owned()
        }
    };
    format!(
        "That `console` template {why}. Give one line like `say {{message}}` or `broadcast \
         {{message}}`. Nothing was changed."
    )
}

/// The line the players read in game, `left` before the action.
pub fn in_game_warning(action: PowerAction, left: Duration, message: Option<&str>) -> String {
    let what = match action {
        PowerAction::Start => "start",
        PowerAction::Stop => "stop",
        PowerAction::Restart => "restart",
        PowerAction::Kill => "shutdown",
    };
    let mut line = format!("Server {what} in {}.", spoken(left));
    if let Some(message) = message {
        line.push(' ');
        line.push_str(message);
    }
    line
}

/// The line the players read when a countdown is aborted.
pub fn in_game_abort(action: PowerAction) -> String {
    let what = match action {
        PowerAction::Start => "start",
        PowerAction::Stop => "stop",
        PowerAction::Restart => "restart",
        PowerAction::Kill => "shutdown",
    };
    format!("Server {what} cancelled.")
}

/// Why the players could not be warned, as the countdown says it.
pub fn warning_problem(outcome: &PowerOutcome) -> String {
    match outcome {
        PowerOutcome::Requested => "(no problem).".to_owned(),
        PowerOutcome::NoKey => "this Discord server has no HEO API key linked.".to_owned(),
        PowerOutcome::StoreFailed => "the bot could not read its database.".to_owned(),
        PowerOutcome::KeyUnreadable => {
            "the stored HEO API key can no longer be read; link it again with `/link-key`."
                .to_owned()
        }
        PowerOutcome::Refused(refusal) => match refusal {
            Refusal::BackingOff { wait } | Refusal::GuildBudget { wait } => format!(
                "HEO's shared limit is used up for now (for {}).",
                wait_time(Some(*wait))
            ),
            Refusal::Busy { .. } => "the bot is waiting on HEO for too many calls.".to_owned(),
            Refusal::InProgress { .. } | Refusal::CoolingDown { .. } | Refusal::CountingDown(_) => {
                "another action was on its way.".to_owned()
            }
        },
        PowerOutcome::Failed(error) => match error {
            HeoError::InsufficientScope => "the linked API key lacks the \
                 `game-console:read_write` scope; link a key with it to warn the players."
                .to_owned(),
            HeoError::Unauthorized => {
                "HEO rejected the linked API key; link a new one with `/link-key`.".to_owned()
            }
            HeoError::Forbidden => "the linked API key has no access to this server.".to_owned(),
            HeoError::RateLimited { retry_after } => format!(
                "HEO is rate-limiting the bot (for {}).",
                wait_time(*retry_after)
            ),
            HeoError::GameServerUnreachable => {
                "HEO could not reach the game server's console.".to_owned()
            }
            HeoError::Timeout => "HEO did not answer in time.".to_owned(),
            HeoError::Unreachable(_) => "HEO could not be reached.".to_owned(),
            HeoError::ConfirmationRequired
            | HeoError::NotFound
            | HeoError::MethodNotAllowed
            | HeoError::ProviderUnavailable { .. }
            | HeoError::UnexpectedStatus { .. }
            | HeoError::UnreadableSuccess { .. } => format!(
                "HEO answered the console command with an error ({}).",
                error.code()
            ),
        },
    }
}

/// "asked by @alice", or "scheduled by @alice (schedule 3)".
fn asked_by(countdown: &Countdown) -> String {
    let member = mention(countdown.request.member);
    match countdown.request.schedule {
        Some(schedule) => format!(
            "scheduled by {member} (schedule {})",
            code(&format!("#{schedule}"))
        ),
        None => format!("asked by {member}"),
    }
}

/// " (https://discord.com/channels/…)" for a posted message, or nothing.
fn message_link(guild: u64, channel: u64, message: Option<u64>) -> String {
    message.map_or_else(String::new, |message| {
        format!(" (https://discord.com/channels/{guild}/{channel}/{message})")
    })
}

/// "10 minutes", "1 minute", "1 minute 30 seconds", "10 seconds": as a player hears it.
fn spoken(left: Duration) -> String {
    let secs = left.as_secs();
    let (minutes, seconds) = (secs / 60, secs % 60);
    let unit = |n: u64, one: &str| {
        if n == 1 {
            format!("1 {one}")
        } else {
            format!("{n} {one}s")
        }
    };
    match (minutes, seconds) {
        (0, s) => unit(s, "second"),
        (m, 0) => unit(m, "minute"),
        (m, s) => format!("{} {}", unit(m, "minute"), unit(s, "second")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_players_hear_the_time_left_in_plain_words() {
        let line = |secs, message| {
            in_game_warning(PowerAction::Restart, Duration::from_secs(secs), message)
        };
        assert_eq!(line(600, None), "Server restart in 10 minutes.");
        assert_eq!(
            line(60, Some("Back soon!")),
            "Server restart in 1 minute. Back soon!"
        );
        assert_eq!(line(90, None), "Server restart in 1 minute 30 seconds.");
        assert_eq!(line(10, None), "Server restart in 10 seconds.");
        assert_eq!(line(1, None), "Server restart in 1 second.");
    }
}
