//! A panel's four buttons, and reading their custom IDs back from a click. The custom ID
//! names the panel and the action only: the bot looks the panel up and checks the click
//! against it (see `click`).

use std::str::FromStr;

use poise::serenity_prelude as serenity;

use crate::domain::{PanelId, PowerAction};
use crate::i18n::Lang;
use crate::replies;

/// Prefix of the buttons' custom IDs: `heo-panel:<panel id>:<action>`.
const CUSTOM_ID_PREFIX: &str = "heo-panel";

/// Start, Stop, Restart and Kill (red) for `panel`, labelled in `lang` (the guild's);
/// `disabled` on a retired panel.
pub fn buttons(lang: Lang, panel: &PanelId, disabled: bool) -> Vec<serenity::CreateActionRow> {
    let button = |action: PowerAction| {
        let style = match action {
            PowerAction::Start => serenity::ButtonStyle::Success,
            PowerAction::Stop | PowerAction::Restart => serenity::ButtonStyle::Primary,
            PowerAction::Kill => serenity::ButtonStyle::Danger,
        };
        serenity::CreateButton::new(format!("{CUSTOM_ID_PREFIX}:{panel}:{action}"))
            .label(replies::panel_button_label(lang, action))
            .style(style)
            .disabled(disabled)
    };
    vec![serenity::CreateActionRow::Buttons(
        PowerAction::ALL.into_iter().map(button).collect(),
    )]
}

/// The panel and action of one of our buttons; `None` for any other component.
pub fn parse_custom_id(custom_id: &str) -> Option<(PanelId, PowerAction)> {
    let mut parts = custom_id.split(':');
    if parts.next()? != CUSTOM_ID_PREFIX {
        return None;
    }
    let panel = PanelId::parse(parts.next()?)?;
    let action = PowerAction::from_str(parts.next()?).ok()?;
    parts.next().is_none().then_some((panel, action))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_panels_own_custom_ids_are_read() {
        let panel = PanelId::generate();
        for action in PowerAction::ALL {
            let id = format!("heo-panel:{panel}:{action}");
            assert_eq!(parse_custom_id(&id), Some((panel.clone(), action)), "{id}");
        }
        for other in [
            format!("heo-panel:{panel}"),
            format!("heo-panel:{panel}:reboot"),
            format!("heo-panel:{panel}:kill:1"),
            "heo-panel:short:kill".to_owned(),
            format!("heo-kill:{panel}:kill"),
        ] {
            assert_eq!(parse_custom_id(&other), None, "{other}");
        }
    }
}
