//! The panel's English must read exactly as it did before it moved into the catalogue.

use super::*;
use crate::domain::{PanelId, ServerId, WarnPeriod};

const GUILD: u64 = 1_000_000_000_000_000_001;
const MODS: u64 = 1_000_000_000_000_000_002;
const EN: Lang = Lang::ENGLISH;

fn request(action: PowerAction) -> PowerRequest {
    PowerRequest {
        guild: GUILD,
        member: 7,
        server: ServerId::parse("srv_1").unwrap(),
        name: None,
        action,
        schedule: None,
        panel: Some(PanelId::generate()),
    }
}

#[test]
fn a_panel_reads_its_intro_then_its_warning_then_its_last_action_each_on_a_line() {
    let intro = "🎮 **Control panel** for **`mc`** (`srv_1`)\nThe buttons ask HEO to start, \
                 stop, restart or kill this game server. Members with **Manage Server**, or \
                 with a role granted the action with `/power-role`, may use them; each click \
                 is checked again and answered privately.";
    assert_eq!(panel(EN, "srv_1", Some("mc"), None, None), intro);
    let warning = PanelWarning {
        period: WarnPeriod::parse("5m").unwrap(),
        message: None,
    };
    assert_eq!(
        panel(EN, "srv_1", Some("mc"), Some(&warning), Some("X")),
        format!(
            "{intro}\n⏳ **Stop** and **Restart** warn the players 5 minutes first, with a \
             countdown here that anyone allowed may abort.\nLast action: X"
        )
    );
}

#[test]
fn the_last_action_says_who_asked_what_and_the_code_of_what_was_not_done() {
    let restart = request(PowerAction::Restart);
    assert_eq!(
        panel_last_action(EN, &restart, Outcome::Requested, 100),
        "🔄 Restart requested by <@7> <t:100:R>"
    );
    assert_eq!(
        panel_last_action(EN, &restart, Outcome::Cooldown, 100),
        format!(
            "⚠️ Restart by <@7> not done (`{}`) <t:100:R>",
            Outcome::Cooldown.code()
        )
    );
    assert_eq!(
        panel_countdown_begun(EN, &request(PowerAction::Stop), 100, 400),
        "⏳ Stop countdown begun by <@7> <t:100:R>, due <t:400:R>"
    );
}

#[test]
fn a_retired_panel_says_why() {
    assert_eq!(
        panel_replaced(EN, "srv_1", None, "https://x/1"),
        "🎮 This panel for `srv_1` was replaced by a newer one: https://x/1"
    );
    assert_eq!(
        panel_removed(EN, "srv_1", None, 7),
        "🎮 This panel for `srv_1` was removed by <@7>."
    );
}

#[test]
fn a_posted_panel_counts_the_panels_it_replaced_and_says_who_may_click() {
    let tail = "Who may run `/server` in Server Settings → Integrations does not apply to \
                buttons.";
    let only = format!(
        "Its buttons work for members with **Manage Server** only: no role has been granted \
         a power action (grant one with `/power-role grant`). {tail}"
    );
    let posted = |replaced| panel_posted(EN, GUILD, "srv_1", None, "L", &Grants::EMPTY, replaced);
    assert_eq!(
        posted(0),
        format!("✅ Panel posted for `srv_1`: L.\n{only}")
    );
    assert_eq!(
        posted(1),
        format!(
            "✅ Panel posted for `srv_1`: L. The earlier panel for it in this channel no \
             longer works.\n{only}"
        )
    );
    assert_eq!(
        posted(3),
        format!(
            "✅ Panel posted for `srv_1`: L. The 3 earlier panels for it in this channel no \
             longer work.\n{only}"
        )
    );
    let grants = Grants::new([(PowerAction::Start, MODS), (PowerAction::Kill, GUILD)]);
    assert_eq!(
        panel_posted(EN, GUILD, "srv_1", None, "L", &grants, 0),
        format!(
            "✅ Panel posted for `srv_1`: L.\nIts buttons work for members with **Manage \
             Server**, and for these roles: Start (<@&{MODS}>); Kill (@everyone). {tail}"
        )
    );
}

#[test]
fn removing_panels_counts_them() {
    assert_eq!(
        panel_removed_reply(EN, "srv_1", None, 1),
        "✅ The panel for `srv_1` in this channel no longer works; the message stays, with its \
         buttons disabled. Delete it if you like."
    );
    assert_eq!(
        panel_removed_reply(EN, "srv_1", None, 2),
        "✅ The 2 panels for `srv_1` in this channel no longer work; the messages stay, with \
         their buttons disabled. Delete them if you like."
    );
    assert_eq!(
        panel_none_to_remove(EN, "srv_1", None),
        "There is no panel for `srv_1` in this channel, so nothing was removed."
    );
}

#[test]
fn the_other_answers_read_as_before() {
    assert_eq!(
        panel_limit(EN, 50),
        "This Discord server already has 50 panels, the most the bot keeps, so none was \
         posted. Remove one with `/server panel server:<server> remove:true` in its channel \
         first."
    );
    assert_eq!(
        panel_cannot_post(EN),
        "The bot could not post the panel in this channel, so nothing was posted. Give the bot \
         **View Channel** and **Send Messages** here, or run the command in another channel."
    );
    assert_eq!(
        panel_gone(EN),
        "This panel no longer works (it was replaced or removed), so nothing was sent. Ask \
         an admin for a new one with `/server panel`."
    );
    assert_eq!(
        panel_server_removed(EN, "mc"),
        "This panel's server `mc` is no longer named in this Discord server (removed with \
         `/server remove`), so nothing was sent. Add it again with `/server add`, or post a \
         panel for another server with `/server panel`."
    );
    let refused = panel_not_permitted(EN, GUILD, PowerAction::Stop, &[MODS]);
    assert!(refused.starts_with("🔒 You need the role"), "{refused}");
    assert!(
        refused.ends_with(
            "**Manage Server**. Panel buttons ignore who may run `/server`. Nothing was sent."
        ),
        "{refused}"
    );
    assert_eq!(panel_button_label(EN, PowerAction::Kill), "Kill");
}
