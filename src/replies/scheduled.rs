//! What a schedule's channel reads when a scheduled run without a warning was sent, or one was
//! missed while the bot was down, in the guild's language. (A warned run shows as a
//! countdown.)

use crate::heo::ProviderStatus;
use crate::i18n::Lang;
use crate::power::{PowerOutcome, PowerRequest};
use crate::t;

use super::{code, label, mention, noun, power_outcome_and_status, timestamp};

/// What a scheduled run without a warning did; `next` is the schedule's next run, `status`
/// what HEO's status page reports when the failure may be HEO's own trouble.
pub fn schedule_ran(
    lang: Lang,
    request: &PowerRequest,
    outcome: &PowerOutcome,
    status: Option<&ProviderStatus>,
    next: Option<i64>,
) -> String {
    let ran = t!(
        lang,
        "scheduled-ran",
        schedule = schedule_number(request),
        member = mention(request.member),
        outcome = power_outcome_and_status(lang, request, outcome, status),
    );
    format!("{ran}\n{}", next_run(lang, next))
}

/// A scheduled run whose moment passed while the bot was not running.
pub fn schedule_missed(lang: Lang, request: &PowerRequest, due: i64, next: Option<i64>) -> String {
    let missed = t!(
        lang,
        "scheduled-missed",
        schedule = schedule_number(request),
        member = mention(request.member),
        noun = noun(lang, request.action),
        server = label(request),
        due = format!("<t:{due}:f>"),
    );
    format!("{missed}\n{}", next_run(lang, next))
}

/// The schedule's number as a code span, `#3`.
fn schedule_number(request: &PowerRequest) -> String {
    let id = request
        .schedule
        .map_or_else(String::new, |id| format!("#{id}"));
    code(&id)
}

fn next_run(lang: Lang, next: Option<i64>) -> String {
    match next {
        Some(at) => t!(
            lang,
            "scheduled-next-run",
            next_at = format!("<t:{at}:F>"),
            next_in = timestamp(at),
        ),
        None => t!(lang, "scheduled-done"),
    }
}
