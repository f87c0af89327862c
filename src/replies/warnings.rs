//! What the players read in game before a warned action, why they could not be warned, and
//! the refusals of a bad `warn`, `message` or console template.

use std::time::Duration;

use crate::domain::{
    InvalidConsoleTemplate, InvalidWarnMessage, InvalidWarnPeriod, MAX_MESSAGE_CHARS,
    MAX_TEMPLATE_CHARS, PowerAction,
};
use crate::heo::HeoError;
use crate::power::{PowerOutcome, Refusal};

use super::wait_time;

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
                wait_time(crate::i18n::Lang::ENGLISH, Some(*wait))
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
                wait_time(crate::i18n::Lang::ENGLISH, *retry_after)
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
