//! The sentences about HEO's own status (`GET /v1/status`): `/heo status`, and the line a
//! failed power action gains when HEO reports trouble. The names HEO lists are its text, not
//! ours: each is shown as a code span (no formatting, no mention), a few at most.

use crate::heo::ProviderStatus;
use crate::power::HeoStatus;

use super::code;

/// Names listed; HEO's list is not bounded and a reply must stay under 2,000 characters.
const MAX_NAMES_SHOWN: usize = 10;

/// `/heo status`: HEO's current status in plain words.
pub fn heo_status(status: &HeoStatus) -> String {
    match status {
        HeoStatus::Reported(reported) => match reported {
            ProviderStatus::Up => "🟢 HEO reports that everything is up.".to_owned(),
            ProviderStatus::Disrupted(names) => {
                format!("🟠 HEO reports a disruption{}.", affecting(names))
            }
            ProviderStatus::Maintenance(names) => {
                format!("🔧 HEO reports maintenance{}.", affecting(names))
            }
            ProviderStatus::Unknown => "❔ HEO says it does not know its own status right \
                now. Try again in a few minutes."
                .to_owned(),
            ProviderStatus::Other(said) => format!(
                "❔ HEO reports its status as {}, which the bot does not know the meaning of.",
                code(said)
            ),
        },
        HeoStatus::NoAnswer => "🔴 HEO's status page did not answer: HEO or the bot's \
             network may be down. Try again in a few minutes."
            .to_owned(),
        HeoStatus::OddAnswer => "❔ HEO's status page gave an answer the bot does not \
             understand. Try again in a few minutes; if it keeps happening, tell the bot's \
             owner."
            .to_owned(),
    }
}

/// The line added to a failed power action's reply when HEO reports a disruption or
/// maintenance (`status` is one of those; the others add nothing).
pub fn heo_trouble(status: &ProviderStatus) -> Option<String> {
    match status {
        ProviderStatus::Disrupted(names) => Some(format!(
            "HEO's status page reports a disruption{}.",
            affecting(names)
        )),
        ProviderStatus::Maintenance(names) => Some(format!(
            "HEO's status page reports maintenance{}.",
            affecting(names)
        )),
        ProviderStatus::Up | ProviderStatus::Unknown | ProviderStatus::Other(_) => None,
    }
}

/// " affecting `a`, `b` and 3 more", or nothing when HEO named nothing.
fn affecting(names: &[String]) -> String {
    if names.is_empty() {
        return String::new();
    }
    let shown: Vec<String> = names
        .iter()
        .take(MAX_NAMES_SHOWN)
        .map(|n| code(n))
        .collect();
    match names.len().saturating_sub(MAX_NAMES_SHOWN) {
        0 => format!(" affecting {}", shown.join(", ")),
        more => format!(" affecting {} and {more} more", shown.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_name_heo_lists_is_an_inert_code_span_and_the_list_is_cut_short() {
        let names: Vec<String> = (0..25).map(|n| format!("@everyone `{n}`")).collect();
        let text = heo_status(&HeoStatus::Reported(ProviderStatus::Disrupted(names)));
        assert!(text.contains("`@everyone ˋ0ˋ`"), "{text}");
        assert!(text.ends_with("and 15 more."), "{text}");
        assert!(super::super::length(&text) < super::super::DISCORD_MESSAGE_LIMIT);
    }

    #[test]
    fn only_a_disruption_or_maintenance_adds_a_line_to_a_failure() {
        let up = ProviderStatus::Up;
        assert_eq!(heo_trouble(&up), None);
        let down = ProviderStatus::Maintenance(vec!["consoles".into()]);
        assert_eq!(
            heo_trouble(&down).as_deref(),
            Some("HEO's status page reports maintenance affecting `consoles`.")
        );
    }
}
