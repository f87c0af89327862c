//! What a schedule's channel reads when a scheduled run without a warning was sent, or one was
//! missed while the bot was down. (A warned run shows as a countdown.)

use crate::heo::ProviderStatus;
use crate::power::{PowerOutcome, PowerRequest};

use super::{code, label, mention, power_outcome_and_status};

/// What a scheduled run without a warning did; `next` is the schedule's next run, `status`
/// what HEO's status page reports when the failure may be HEO's own trouble.
pub fn schedule_ran(
    request: &PowerRequest,
    outcome: &PowerOutcome,
    status: Option<&ProviderStatus>,
    next: Option<i64>,
) -> String {
    format!(
        "🕒 {}: {}{}",
        schedule_label(request),
        power_outcome_and_status(crate::i18n::Lang::ENGLISH, request, outcome, status),
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
