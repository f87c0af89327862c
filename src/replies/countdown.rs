//! What members read about warned actions: the public countdown and how it ended, and the
//! private answers around it. The in-game lines are in `warnings`.

use crate::countdown::Countdown;
use crate::domain::PowerAction;
use crate::heo::ProviderStatus;
use crate::power::{Hold, PowerOutcome, PowerRequest};

use super::{code, label, mention, power_outcome_and_status, title};

/// The Abort button's label.
pub const COUNTDOWN_ABORT_LABEL: &str = "Abort";

/// The public countdown while it runs; `problem` says why the players are not being warned.
pub fn countdown_running(countdown: &Countdown, problem: Option<&str>) -> String {
    let request = &countdown.request;
    let at = countdown.action_at();
    let mut text = format!(
        "⏳ **{}** of {} <t:{at}:R> (at <t:{at}:T>), {}.",
        title(crate::i18n::Lang::ENGLISH, request.action),
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

/// The countdown once its action was sent, or refused at the last moment; `status` is what
/// HEO's status page reports when the failure may be HEO's own trouble.
pub fn countdown_ended(
    countdown: &Countdown,
    outcome: &PowerOutcome,
    status: Option<&ProviderStatus>,
) -> String {
    format!(
        "{}\n-# Countdown {}.",
        power_outcome_and_status(
            crate::i18n::Lang::ENGLISH,
            &countdown.request,
            outcome,
            status
        ),
        asked_by(countdown)
    )
}

/// The countdown after `by` pressed Abort.
pub fn countdown_aborted(countdown: &Countdown, by: u64) -> String {
    let request = &countdown.request;
    format!(
        "🛑 **{}** of {} **aborted** by {}; nothing was sent. (It was {}.)",
        title(crate::i18n::Lang::ENGLISH, request.action),
        label(request),
        mention(by),
        asked_by(countdown),
    )
}

/// A countdown whose moment passed while the bot was not running.
pub fn countdown_missed(countdown: &Countdown) -> String {
    let request = &countdown.request;
    let at = countdown.action_at();
    format!(
        "⚠️ **{}** of {} was due <t:{at}:f>, but the bot was not running then, so nothing was \
         sent. Run it again if it is still needed. (It was {}.)",
        title(crate::i18n::Lang::ENGLISH, request.action),
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
        at = countdown.action_at(),
    )
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
pub(super) fn holds_server(
    _lang: crate::i18n::Lang,
    request: &PowerRequest,
    hold: &Hold,
) -> String {
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
