//! What the players read in game before a warned action, why they could not be warned, and
//! the refusals of a bad `warn`, `message` or console template.
//!
//! The in-game lines go to the game server's console, where the guild's players read them:
//! they are in the guild's language. The refusals only concern who typed the option.

use std::time::Duration;

use crate::domain::{
    InvalidConsoleTemplate, InvalidWarnMessage, InvalidWarnPeriod, MAX_MESSAGE_CHARS,
    MAX_TEMPLATE_CHARS, PowerAction,
};
use crate::heo::HeoError;
use crate::i18n::Lang;
use crate::power::{PowerOutcome, Refusal};
use crate::t;

use super::wait_time;

pub fn invalid_warn(lang: Lang, reason: InvalidWarnPeriod) -> String {
    t!(lang, "warn-invalid", reason = warn_reason(reason))
}

pub fn invalid_warn_message(lang: Lang, reason: InvalidWarnMessage) -> String {
    t!(
        lang,
        "warn-invalid-message",
        reason = message_reason(reason),
        max = MAX_MESSAGE_CHARS,
    )
}

pub fn invalid_console_template(lang: Lang, reason: InvalidConsoleTemplate) -> String {
    let reason = match reason {
        InvalidConsoleTemplate::NoPlaceholder => "no-placeholder",
        InvalidConsoleTemplate::TooLong => "too-long",
        InvalidConsoleTemplate::HiddenCharacter => "hidden-character",
    };
    t!(
        lang,
        "console-template-invalid",
        reason = reason,
        max = MAX_TEMPLATE_CHARS,
    )
}

/// A bad warning period as the refusals' `$reason` selects it (`/schedule`'s too).
pub(super) fn warn_reason(reason: InvalidWarnPeriod) -> &'static str {
    match reason {
        InvalidWarnPeriod::Unreadable => "unreadable",
        InvalidWarnPeriod::TooShort => "too-short",
        InvalidWarnPeriod::TooLong => "too-long",
    }
}

/// A bad warning message as the refusals' `$reason` selects it (`/schedule`'s too).
pub(super) fn message_reason(reason: InvalidWarnMessage) -> &'static str {
    match reason {
        InvalidWarnMessage::TooLong => "too-long",
        InvalidWarnMessage::HiddenCharacter => "hidden-character",
        InvalidWarnMessage::Empty => "empty",
    }
}

/// The line the players read in game, `left` before the action; the warning's own `message`
/// follows it.
pub fn in_game_warning(
    lang: Lang,
    action: PowerAction,
    left: Duration,
    message: Option<&str>,
) -> String {
    let line = t!(
        lang,
        "in-game-warning",
        action = action.path_segment(),
        left = spoken(lang, left),
    );
    match message {
        Some(message) => format!("{line} {message}"),
        None => line,
    }
}

/// The line the players read when a countdown is aborted.
pub fn in_game_abort(lang: Lang, action: PowerAction) -> String {
    t!(lang, "in-game-abort", action = action.path_segment())
}

/// Why the players could not be warned, as the countdown says it.
pub fn warning_problem(lang: Lang, outcome: &PowerOutcome) -> String {
    match outcome {
        PowerOutcome::Requested => t!(lang, "warning-problem-none"),
        PowerOutcome::NoKey => t!(lang, "warning-problem-no-key"),
        PowerOutcome::StoreFailed => t!(lang, "warning-problem-store-failed"),
        PowerOutcome::KeyUnreadable => t!(lang, "warning-problem-key-unreadable"),
        PowerOutcome::Refused(refusal) => match refusal {
            Refusal::BackingOff { wait } | Refusal::GuildBudget { wait } => t!(
                lang,
                "warning-problem-shared-limit",
                wait = wait_time(lang, Some(*wait)),
            ),
            Refusal::Busy { .. } => t!(lang, "warning-problem-busy"),
            Refusal::InProgress { .. } | Refusal::CoolingDown { .. } | Refusal::CountingDown(_) => {
                t!(lang, "warning-problem-another-action")
            }
        },
        PowerOutcome::Failed(error) => console_failure(lang, error),
    }
}

/// Why HEO did not pass the warning on to the game server's console.
fn console_failure(lang: Lang, error: &HeoError) -> String {
    match error {
        HeoError::InsufficientScope => t!(lang, "warning-problem-insufficient-scope"),
        HeoError::Unauthorized => t!(lang, "warning-problem-unauthorized"),
        HeoError::Forbidden => t!(lang, "warning-problem-forbidden"),
        HeoError::RateLimited { retry_after } => t!(
            lang,
            "warning-problem-rate-limited",
            wait = wait_time(lang, *retry_after),
        ),
        HeoError::GameServerUnreachable => t!(lang, "warning-problem-game-server-unreachable"),
        HeoError::Timeout => t!(lang, "warning-problem-timeout"),
        HeoError::Unreachable(_) => t!(lang, "warning-problem-unreachable"),
        HeoError::ConfirmationRequired
        | HeoError::NotFound
        | HeoError::MethodNotAllowed
        | HeoError::ProviderUnavailable { .. }
        | HeoError::UnexpectedStatus { .. }
        | HeoError::UnreadableSuccess { .. } => {
            t!(lang, "warning-problem-heo-error", code = error.code())
        }
    }
}

/// "10 minutes", "1 minute", "1 minute 30 seconds", "10 seconds": as a player hears it.
fn spoken(lang: Lang, left: Duration) -> String {
    let secs = left.as_secs();
    match (secs / 60, secs % 60) {
        (0, seconds) => t!(lang, "in-game-left-seconds", seconds = seconds),
        (minutes, 0) => t!(lang, "in-game-left-minutes", minutes = minutes),
        (minutes, seconds) => t!(
            lang,
            "in-game-left-minutes-seconds",
            minutes = minutes,
            seconds = seconds,
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_players_hear_the_time_left_in_plain_words() {
        let line = |secs, message| {
            in_game_warning(
                Lang::ENGLISH,
                PowerAction::Restart,
                Duration::from_secs(secs),
                message,
            )
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
