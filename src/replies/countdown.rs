//! What members read about warned actions: the public countdown and how it ended, and the
//! private answers around it. The in-game lines are in `warnings`.
//!
//! The countdown is public and edited as it goes, so each rendering is in the guild's
//! language as it is then; the private answers are in the reader's own.

use crate::countdown::Countdown;
use crate::domain::PowerAction;
use crate::heo::ProviderStatus;
use crate::i18n::Lang;
use crate::power::{Hold, PowerOutcome, PowerRequest};
use crate::t;

use super::{code, label, mention, noun, power_outcome_and_status, timestamp, title, verb};

/// The Abort button's label.
pub fn countdown_abort_label(lang: Lang) -> String {
    t!(lang, "countdown-abort-label")
}

/// The public countdown while it runs; `problem` says why the players are not being warned
/// ([`super::warning_problem`], in the same language).
pub fn countdown_running(lang: Lang, countdown: &Countdown, problem: Option<&str>) -> String {
    let request = &countdown.request;
    let at = countdown.action_at();
    let (by, asker, schedule) = asked_by(countdown);
    let mut text = t!(
        lang,
        "countdown-running",
        title = title(lang, request.action),
        server = label(request),
        due_in = timestamp(at),
        due_at = styled_timestamp(at, 'T'),
        by = by,
        asker = asker,
        schedule = schedule,
    );
    if let Some(message) = &countdown.message {
        text.push_str(&format!("\n> {message}"));
    }
    let last = match problem {
        None => t!(lang, "countdown-running-warned"),
        Some(problem) => t!(
            lang,
            "countdown-running-not-warned",
            problem = problem,
            noun = noun(lang, request.action),
        ),
    };
    format!("{text}\n{last}")
}

/// The countdown once its action was sent, or refused at the last moment; `status` is what
/// HEO's status page reports when the failure may be HEO's own trouble.
pub fn countdown_ended(
    lang: Lang,
    countdown: &Countdown,
    outcome: &PowerOutcome,
    status: Option<&ProviderStatus>,
) -> String {
    let (by, asker, schedule) = asked_by(countdown);
    let footer = t!(
        lang,
        "countdown-ended",
        by = by,
        asker = asker,
        schedule = schedule,
    );
    let outcome = power_outcome_and_status(lang, &countdown.request, outcome, status);
    format!("{outcome}\n{footer}")
}

/// The countdown after `by` pressed Abort.
pub fn countdown_aborted(lang: Lang, countdown: &Countdown, by: u64) -> String {
    let request = &countdown.request;
    let (asked, asker, schedule) = asked_by(countdown);
    t!(
        lang,
        "countdown-aborted",
        title = title(lang, request.action),
        server = label(request),
        aborter = mention(by),
        by = asked,
        asker = asker,
        schedule = schedule,
    )
}

/// A countdown whose moment passed while the bot was not running.
pub fn countdown_missed(lang: Lang, countdown: &Countdown) -> String {
    let request = &countdown.request;
    let (by, asker, schedule) = asked_by(countdown);
    t!(
        lang,
        "countdown-missed",
        title = title(lang, request.action),
        server = label(request),
        due = styled_timestamp(countdown.action_at(), 'f'),
        by = by,
        asker = asker,
        schedule = schedule,
    )
}

/// A countdown whose action was being sent when the bot stopped.
pub fn countdown_interrupted(lang: Lang, countdown: &Countdown) -> String {
    let request = &countdown.request;
    t!(
        lang,
        "countdown-interrupted",
        noun = noun(lang, request.action),
        server = label(request),
    )
}

/// The private answer to the member who started a countdown.
pub fn countdown_started(lang: Lang, countdown: &Countdown, guild: u64) -> String {
    let request = &countdown.request;
    let (noun, server) = (noun(lang, request.action), label(request));
    let due_in = timestamp(countdown.action_at());
    match message_link(guild, countdown.channel, countdown.message_id) {
        Some(link) => t!(
            lang,
            "countdown-started",
            link = link,
            noun = noun,
            server = server,
            due_in = due_in,
        ),
        None => t!(
            lang,
            "countdown-started-unlinked",
            noun = noun,
            server = server,
            due_in = due_in,
        ),
    }
}

/// The countdown could not be posted in the channel, so none was started.
pub fn countdown_cannot_post(lang: Lang) -> String {
    t!(lang, "countdown-cannot-post")
}

/// Another countdown (in another bot process, say) already holds the server.
pub fn countdown_already_running(lang: Lang, request: &PowerRequest) -> String {
    t!(
        lang,
        "countdown-already-running",
        server = label(request),
        noun = noun(lang, request.action),
    )
}

/// The refusal of any power action on a server a countdown holds.
pub(super) fn holds_server(lang: Lang, request: &PowerRequest, hold: &Hold) -> String {
    let held_verb = verb(lang, hold.action);
    let (server, noun) = (label(request), noun(lang, request.action));
    let due_in = timestamp(hold.action_at);
    match message_link(request.guild, hold.channel, hold.message) {
        Some(link) => t!(
            lang,
            "countdown-holds-server",
            held_verb = held_verb,
            server = server,
            due_in = due_in,
            link = link,
            noun = noun,
        ),
        None => t!(
            lang,
            "countdown-holds-server-unlinked",
            held_verb = held_verb,
            server = server,
            due_in = due_in,
            noun = noun,
        ),
    }
}

/// A click on Abort by a member who may not abort.
pub fn countdown_abort_not_allowed(lang: Lang, action: PowerAction) -> String {
    t!(
        lang,
        "countdown-abort-not-allowed",
        verb = verb(lang, action)
    )
}

/// A click on Abort of a countdown that already ended.
pub fn countdown_gone(lang: Lang) -> String {
    t!(lang, "countdown-gone")
}

/// A click on Abort while the action is being sent.
pub fn countdown_too_late(lang: Lang, action: PowerAction) -> String {
    t!(lang, "countdown-too-late", noun = noun(lang, action))
}

/// Who the countdown is from, as the messages' `$by`, `$asker` and `$schedule`: a member's
/// (`member`) or a schedule's (`schedule`, with its number as `#3`).
fn asked_by(countdown: &Countdown) -> (&'static str, String, String) {
    let asker = mention(countdown.request.member);
    match countdown.request.schedule {
        Some(schedule) => ("schedule", asker, code(&format!("#{schedule}"))),
        None => ("member", asker, String::new()),
    }
}

/// A Discord timestamp in `style` (`T` a clock time, `f` a date and time); each reader sees
/// it in their own language and time zone.
fn styled_timestamp(at: i64, style: char) -> String {
    format!("<t:{at}:{style}>")
}

/// The address of a posted message, or `None` before it is posted.
fn message_link(guild: u64, channel: u64, message: Option<u64>) -> Option<String> {
    message.map(|message| format!("https://discord.com/channels/{guild}/{channel}/{message}"))
}
