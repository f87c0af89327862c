//! The prompt's two buttons, and reading their custom IDs back from a click.

use poise::serenity_prelude as serenity;

use crate::i18n::Lang;
use crate::replies;

/// Prefix of the buttons' custom IDs: `heo-kill:<choice>:<prompt id>`.
const CUSTOM_ID_PREFIX: &str = "heo-kill";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Choice {
    Confirm,
    Cancel,
}

pub(super) fn buttons(lang: Lang, prompt: u64, disabled: bool) -> Vec<serenity::CreateActionRow> {
    let button = |choice: &str, label: String, style| {
        serenity::CreateButton::new(format!("{CUSTOM_ID_PREFIX}:{choice}:{prompt}"))
            .label(label)
            .style(style)
            .disabled(disabled)
    };
    vec![serenity::CreateActionRow::Buttons(vec![
        button(
            "confirm",
            replies::kill_confirm_label(lang),
            serenity::ButtonStyle::Danger,
        ),
        button(
            "cancel",
            replies::kill_cancel_label(lang),
            serenity::ButtonStyle::Secondary,
        ),
    ])]
}

/// The choice and prompt of one of our buttons; `None` for any other component.
pub(super) fn parse_custom_id(custom_id: &str) -> Option<(Choice, u64)> {
    let mut parts = custom_id.split(':');
    if parts.next()? != CUSTOM_ID_PREFIX {
        return None;
    }
    let choice = match parts.next()? {
        "confirm" => Choice::Confirm,
        "cancel" => Choice::Cancel,
        _ => return None,
    };
    let prompt = parts.next()?.parse().ok()?;
    parts.next().is_none().then_some((choice, prompt))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_prompts_own_custom_ids_are_read() {
        assert_eq!(
            parse_custom_id("heo-kill:confirm:42"),
            Some((Choice::Confirm, 42))
        );
        assert_eq!(
            parse_custom_id("heo-kill:cancel:42"),
            Some((Choice::Cancel, 42))
        );
        for other in [
            "heo-kill:confirm",
            "heo-kill:other:1",
            "x:confirm:1",
            "heo-kill:cancel:1:2",
        ] {
            assert_eq!(parse_custom_id(other), None);
        }
    }
}
