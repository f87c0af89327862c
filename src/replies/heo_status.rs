//! The sentences about HEO's own status (`GET /v1/status`): `/heo status`, and the line a
//! failed power action gains when HEO reports trouble. The names HEO lists are its text, not
//! ours: each is shown as a code span (no formatting, no mention), a few at most.

use crate::heo::ProviderStatus;
use crate::i18n::Lang;
use crate::power::HeoStatus;
use crate::t;

use super::code;

/// Names listed; HEO's list is not bounded and a reply must stay under 2,000 characters.
const MAX_NAMES_SHOWN: usize = 10;

/// `/heo status`: HEO's current status in plain words.
pub fn heo_status(lang: Lang, status: &HeoStatus) -> String {
    match status {
        HeoStatus::Reported(reported) => match reported {
            ProviderStatus::Up => t!(lang, "heo-status-up"),
            ProviderStatus::Disrupted(names) => {
                t!(
                    lang,
                    "heo-status-disrupted",
                    affecting = affecting(lang, names)
                )
            }
            ProviderStatus::Maintenance(names) => {
                t!(
                    lang,
                    "heo-status-maintenance",
                    affecting = affecting(lang, names)
                )
            }
            ProviderStatus::Unknown => t!(lang, "heo-status-unknown"),
            ProviderStatus::Other(said) => t!(lang, "heo-status-other", said = code(said)),
        },
        HeoStatus::NoAnswer => t!(lang, "heo-status-no-answer"),
        HeoStatus::OddAnswer => t!(lang, "heo-status-odd-answer"),
    }
}

/// The line added to a failed power action's reply when HEO reports a disruption or
/// maintenance (`status` is one of those; the others add nothing).
pub fn heo_trouble(lang: Lang, status: &ProviderStatus) -> Option<String> {
    match status {
        ProviderStatus::Disrupted(names) => Some(t!(
            lang,
            "heo-trouble-disrupted",
            affecting = affecting(lang, names)
        )),
        ProviderStatus::Maintenance(names) => Some(t!(
            lang,
            "heo-trouble-maintenance",
            affecting = affecting(lang, names)
        )),
        ProviderStatus::Up | ProviderStatus::Unknown | ProviderStatus::Other(_) => None,
    }
}

/// " affecting `a`, `b` and 3 more", or nothing when HEO named nothing.
fn affecting(lang: Lang, names: &[String]) -> String {
    if names.is_empty() {
        return String::new();
    }
    let shown: Vec<String> = names
        .iter()
        .take(MAX_NAMES_SHOWN)
        .map(|n| code(n))
        .collect();
    let names_shown = shown.join(", ");
    match names.len().saturating_sub(MAX_NAMES_SHOWN) {
        0 => t!(lang, "heo-affecting", names = names_shown),
        more => t!(lang, "heo-affecting-more", names = names_shown, more = more),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_name_heo_lists_is_an_inert_code_span_and_the_list_is_cut_short() {
        let names: Vec<String> = (0..25).map(|n| format!("@everyone `{n}`")).collect();
        let text = heo_status(
            Lang::ENGLISH,
            &HeoStatus::Reported(ProviderStatus::Disrupted(names)),
        );
        assert!(text.contains("`@everyone ˋ0ˋ`"), "{text}");
        assert!(text.ends_with("and 15 more."), "{text}");
        assert!(super::super::length(&text) < super::super::DISCORD_MESSAGE_LIMIT);
    }

    #[test]
    fn only_a_disruption_or_maintenance_adds_a_line_to_a_failure() {
        let up = ProviderStatus::Up;
        assert_eq!(heo_trouble(Lang::ENGLISH, &up), None);
        let down = ProviderStatus::Maintenance(vec!["consoles".into()]);
        assert_eq!(
            heo_trouble(Lang::ENGLISH, &down).as_deref(),
            Some("HEO's status page reports maintenance affecting `consoles`.")
        );
    }
}
