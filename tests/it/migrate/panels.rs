//! Control panels in the copy: their IDs kept, since the buttons of posted panels carry
//! them, their warnings, and the audit entries that name a panel.

use std::time::Duration;

use heo_bot::domain::{Panel, PanelId, PanelWarning, ServerId, WarnMessage, WarnPeriod};
use heo_bot::store::Store;

use super::{ADMIN, CHANNEL, GUILD_A, GUILD_B};

/// The panel in guild A, which an audit entry names too.
pub(super) const PANEL: &str = "abcdefgh2345";

/// The panels [`fill`] leaves: one for a named server in guild A that warns with a message,
/// one for an ID in guild B that warns without one.
pub(super) fn expected_panels() -> [Panel; 2] {
    let warning = |secs, message: Option<&str>| PanelWarning {
        period: WarnPeriod::new(Duration::from_secs(secs)).unwrap(),
        message: message.map(|text| WarnMessage::parse(text).unwrap()),
    };
    let panel = |id: &str, guild, server: &str, name: Option<&str>, message, warning| Panel {
        id: PanelId::parse(id).unwrap(),
        guild,
        channel: CHANNEL,
        message,
        server: ServerId::parse(server).unwrap(),
        name: name.map(str::to_owned),
        posted_by: ADMIN,
        warning: Some(warning),
    };
    [
        panel(
            PANEL,
            GUILD_A,
            "srv_a",
            Some("Alpha"),
            5_555_555_555_555_555_555,
            warning(300, Some("Restarting for an update")),
        ),
        panel(
            "zyxwvuts7654",
            GUILD_B,
            "srv_x",
            None,
            6_666_666_666_666_666_666,
            warning(90, None),
        ),
    ]
}

/// Adds the panels to the SQLite `store`, guild A's replacing an earlier one (whose row must
/// not come along).
pub(super) async fn fill(store: &Store) {
    let [alpha, other] = expected_panels();
    let earlier = Panel {
        id: PanelId::parse("qqqqqqqqqqqq").unwrap(),
        message: 7,
        warning: None,
        ..alpha.clone()
    };
    for panel in [&earlier, &alpha, &other] {
        store.add_panel(panel).await.unwrap();
    }
}

/// Fails unless `store` (the PostgreSQL copy) reads back what [`fill`] left.
pub(super) async fn assert_copied(store: &Store) {
    for panel in expected_panels() {
        assert_eq!(store.panel(&panel.id).await.unwrap(), Some(panel.clone()));
        assert_eq!(store.count_panels(panel.guild).await.unwrap(), 1);
    }
    let earlier = PanelId::parse("qqqqqqqqqqqq").unwrap();
    assert_eq!(store.panel(&earlier).await.unwrap(), None);
}

/// Fails unless a panel posted on the copy replaces the copied one of its server and channel.
pub(super) async fn assert_new_panels_replace_copied_ones(store: &Store) {
    let [alpha, _] = expected_panels();
    let newer = Panel {
        id: PanelId::generate(),
        ..alpha.clone()
    };
    assert_eq!(store.add_panel(&newer).await.unwrap(), [alpha]);
}
