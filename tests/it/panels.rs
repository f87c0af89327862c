//! Control panels in the store, on both databases: a new panel retires only its own server's
//! panel in its own channel, panels are found by ID, removed, forgotten and counted, leaving
//! a guild deletes them (not the audit entries of their clicks), a panel keeps the warning
//! it was posted with, and a row that cannot be read is an error.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use heo_bot::domain::{
    AuditEntry, Outcome, Panel, PanelId, PanelWarning, PowerAction, ServerId, WarnMessage,
    WarnPeriod,
};
use heo_bot::master_key::MasterKey;
use heo_bot::power::{PowerOutcome, PowerRequest};
use heo_bot::store::{Store, StoreError};
use sqlx::Connection;

use crate::support::offline_power;

const GUILD_A: u64 = 1_111_111_111_111_111_111;
const GUILD_B: u64 = 2_222_222_222_222_222_222;
const CHANNEL_1: u64 = 5_000_000_000_000_000_001;
const CHANNEL_2: u64 = 5_000_000_000_000_000_002;
const MEMBER: u64 = 9_000_000_000_000_000_001;
/// Each panel gets a message of its own.
static NEXT_MESSAGE: AtomicU64 = AtomicU64::new(8_000_000_000_000_000_000);

/// A fresh panel of `server` in `channel` of `guild`, with a message of its own.
fn panel(guild: u64, channel: u64, server: &str) -> Panel {
    Panel {
        id: PanelId::generate(),
        guild,
        channel,
        message: NEXT_MESSAGE.fetch_add(1, Ordering::Relaxed),
        server: ServerId::parse(server).unwrap(),
        name: None,
        posted_by: MEMBER,
        warning: None,
    }
}

/// `panel` as posted with `warn:` of `secs` seconds and `message:`, if any.
fn warned(mut panel: Panel, secs: u64, message: Option<&str>) -> Panel {
    panel.warning = Some(PanelWarning {
        period: WarnPeriod::new(Duration::from_secs(secs)).unwrap(),
        message: message.map(|text| WarnMessage::parse(text).unwrap()),
    });
    panel
}

/// `panels` as stored now, `None` for each one gone.
async fn stored(store: &Store, panels: &[&Panel]) -> Vec<Option<Panel>> {
    let mut found = Vec::new();
    for panel in panels {
        found.push(store.panel(&panel.id).await.unwrap());
    }
    found
}

crate::on_both_databases! {
    async fn a_new_panel_replaces_only_the_panel_of_its_server_in_its_channel_and_guild(store) {
        let old = panel(GUILD_A, CHANNEL_1, "srv_1");
        let other_channel = panel(GUILD_A, CHANNEL_2, "srv_1");
        let other_server = panel(GUILD_A, CHANNEL_1, "srv_2");
        let other_guild = panel(GUILD_B, CHANNEL_1, "srv_1");
        for first in [&old, &other_channel, &other_server, &other_guild] {
            assert_eq!(store.add_panel(first).await.unwrap(), [], "{first:?}");
        }

        let new = Panel { name: Some("mc".to_owned()), ..panel(GUILD_A, CHANNEL_1, "srv_1") };
        let replaced = store.add_panel(&new).await.unwrap();
        assert_eq!(stored(&store, &[&old]).await, [None]);
        assert_eq!(replaced, [old]);
        let kept = [&other_channel, &other_server, &other_guild, &new];
        assert_eq!(stored(&store, &kept).await, kept.map(|p| Some(p.clone())));

        // And the newest in turn.
        let newest = panel(GUILD_A, CHANNEL_1, "srv_1");
        assert_eq!(store.add_panel(&newest).await.unwrap(), [new]);
    }
}

crate::on_both_databases! {
    async fn a_panel_reads_back_by_its_id_as_posted_and_an_unknown_id_finds_none(store) {
        let named = Panel { name: Some("Survival".to_owned()), ..panel(GUILD_A, CHANNEL_1, "srv_1") };
        let unnamed = panel(GUILD_B, CHANNEL_2, "a b/c");
        store.add_panel(&named).await.unwrap();
        offline_power(&store).add_panel(&unnamed).await.unwrap();
        assert_eq!(store.panel(&named.id).await.unwrap(), Some(named.clone()));
        assert_eq!(offline_power(&store).panel(&unnamed.id).await.unwrap(), Some(unnamed));
        assert_eq!(store.panel(&PanelId::generate()).await.unwrap(), None);
    }
}

crate::on_both_databases! {
    async fn a_panel_posted_with_a_warning_reads_back_with_it_with_or_without_a_message(store) {
        let with_message = warned(panel(GUILD_A, CHANNEL_1, "srv_1"), 600, Some("Back in 5!"));
        let without = warned(panel(GUILD_A, CHANNEL_2, "srv_1"), 3600, None);
        let shortest = warned(panel(GUILD_B, CHANNEL_1, "srv_1"), 5, Some("é".repeat(200).as_str()));
        let all = [&with_message, &without, &shortest];
        for posted in all {
            store.add_panel(posted).await.unwrap();
        }
        assert_eq!(stored(&store, &all).await, all.map(|p| Some(p.clone())));

        // A replaced or removed panel comes back with its warning too.
        let unwarned = panel(GUILD_A, CHANNEL_1, "srv_1");
        assert_eq!(store.add_panel(&unwarned).await.unwrap(), [with_message]);
        let srv_1 = ServerId::parse("srv_1").unwrap();
        let removed = store.remove_panels(GUILD_A, CHANNEL_2, &srv_1).await.unwrap();
        assert_eq!(removed, [without]);
    }
}

crate::on_both_databases! {
    async fn removing_a_servers_panels_in_a_channel_returns_them_and_leaves_every_other(store) {
        let gone = panel(GUILD_A, CHANNEL_1, "srv_1");
        let others = [
            panel(GUILD_A, CHANNEL_2, "srv_1"),
            panel(GUILD_A, CHANNEL_1, "srv_2"),
            panel(GUILD_B, CHANNEL_1, "srv_1"),
        ];
        for panel in others.iter().chain([&gone]) {
            store.add_panel(panel).await.unwrap();
        }
        let server = ServerId::parse("srv_1").unwrap();
        let power = offline_power(&store);
        let removed = power.remove_panels(GUILD_A, CHANNEL_1, &server).await.unwrap();
        assert_eq!(stored(&store, &[&gone]).await, [None]);
        assert_eq!(removed, [gone]);
        let others = others.each_ref();
        assert_eq!(stored(&store, &others).await, others.map(|p| Some(p.clone())));
        assert_eq!(store.remove_panels(GUILD_A, CHANNEL_1, &server).await.unwrap(), []);
    }
}

crate::on_both_databases! {
    async fn forgetting_a_panel_deletes_it_once_and_no_other(store) {
        let (forgotten, kept) = (panel(GUILD_A, CHANNEL_1, "srv_1"), panel(GUILD_A, CHANNEL_1, "srv_2"));
        store.add_panel(&forgotten).await.unwrap();
        store.add_panel(&kept).await.unwrap();
        assert!(offline_power(&store).forget_panel(&forgotten.id).await.unwrap());
        assert!(!store.forget_panel(&forgotten.id).await.unwrap());
        assert_eq!(stored(&store, &[&forgotten, &kept]).await, [None, Some(kept.clone())]);
    }
}

crate::on_both_databases! {
    async fn panels_are_counted_per_guild_and_a_replaced_one_no_longer_counts(store) {
        for (guild, channel, server) in [
            (GUILD_A, CHANNEL_1, "srv_1"),
            (GUILD_A, CHANNEL_2, "srv_1"),
            (GUILD_A, CHANNEL_1, "srv_1"),
            (GUILD_B, CHANNEL_1, "srv_1"),
        ] {
            store.add_panel(&panel(guild, channel, server)).await.unwrap();
        }
        assert_eq!(store.count_panels(GUILD_A).await.unwrap(), 2);
        assert_eq!(offline_power(&store).count_panels(GUILD_B).await.unwrap(), 1);
        assert_eq!(store.count_panels(3).await.unwrap(), 0);
    }
}

crate::on_both_databases! {
    async fn leaving_a_guild_deletes_its_panels_and_keeps_the_audit_entries_of_their_clicks(store) {
        let (left, kept) = (panel(GUILD_A, CHANNEL_1, "srv_1"), panel(GUILD_B, CHANNEL_1, "srv_1"));
        store.add_panel(&left).await.unwrap();
        store.add_panel(&kept).await.unwrap();
        let click = AuditEntry {
            guild: GUILD_A,
            member: MEMBER,
            server: "srv_1".to_owned(),
            name: None,
            action: PowerAction::Restart,
            outcome: Outcome::Requested,
            http_status: None,
            at: 100,
            schedule: None,
            panel: Some(left.id.clone()),
        };
        store.record_audit(&click).await.unwrap();

        offline_power(&store).forget_guild(GUILD_A).await.unwrap();
        assert_eq!(stored(&store, &[&left, &kept]).await, [None, Some(kept.clone())]);
        assert_eq!(store.count_panels(GUILD_A).await.unwrap(), 0);
        assert_eq!(store.recent_audit(GUILD_A, None, 10).await.unwrap(), [click]);
    }
}

crate::on_both_databases! {
    async fn a_power_request_from_a_panel_reads_back_from_the_audit_trail_with_its_panel(store) {
        let power = offline_power(&store);
        let id = PanelId::generate();
        let request = |panel: Option<PanelId>, server: &str| PowerRequest {
            guild: GUILD_A,
            member: MEMBER,
            server: ServerId::parse(server).unwrap(),
            name: None,
            action: PowerAction::Stop,
            schedule: None,
            panel,
        };
        power.record(&request(Some(id.clone()), "srv_1"), &PowerOutcome::Requested);
        power.record(&request(None, "srv_2"), &PowerOutcome::NoKey);
        power.audit().flush().await;
        let rows = store.recent_audit(GUILD_A, None, 10).await.unwrap();
        let panels: Vec<(&str, Option<&PanelId>)> =
            rows.iter().map(|row| (row.server.as_str(), row.panel.as_ref())).collect();
        assert_eq!(panels, [("srv_2", None), ("srv_1", Some(&id))]);
    }
}

/// Sets every stored panel's `id` and `server_id` columns of the database at `url` to
/// `id` and `server`, and its warning columns as `warning` says, past the store.
async fn alter(url: &str, id: &str, server: &str, warning: &str) {
    // The tests' own values, none with a quote in it.
    let sql = format!("UPDATE panels SET id = '{id}', server_id = '{server}', {warning}");
    let sql = sqlx::raw_sql(&sql);
    if url.starts_with("sqlite:") {
        let mut conn = sqlx::SqliteConnection::connect(url).await.unwrap();
        sql.execute(&mut conn).await.unwrap();
        conn.close().await.unwrap();
    } else {
        let mut conn = sqlx::PgConnection::connect(url).await.unwrap();
        sql.execute(&mut conn).await.unwrap();
        conn.close().await.unwrap();
    }
}

/// Fails unless `error` is the named column of a panel row that did not decode.
fn assert_unreadable(error: StoreError, column: &str) {
    assert!(
        matches!(&error, StoreError::Query(sqlx::Error::ColumnDecode { index, .. }) if index == column),
        "{error:?}"
    );
}

/// Stores a panel of `srv_1` with a warning in the database at `url`, alters its ID and
/// server ID to `id` and `server` and its warning as `warning` says past the store, and fails
/// unless every read of it is an error naming `column` and a failed replacement changes
/// nothing.
async fn assert_an_altered_row_is_an_error(
    url: &str,
    (id, server, warning): (&str, &str, &str),
    column: &str,
) {
    let master = MasterKey::generate();
    let store = Store::open(url, master.clone()).await.unwrap();
    let posted = warned(panel(GUILD_A, CHANNEL_1, "srv_1"), 60, Some("bye"));
    store.add_panel(&posted).await.unwrap();
    store.close().await;
    alter(url, id, server, warning).await;

    let store = Store::open(url, master).await.unwrap();
    if let Some(id) = PanelId::parse(id) {
        assert_unreadable(store.panel(&id).await.unwrap_err(), column);
    }
    // Only a row still holding `srv_1` is found by its server.
    if server == "srv_1" {
        let replacing = panel(GUILD_A, CHANNEL_1, "srv_1");
        assert_unreadable(store.add_panel(&replacing).await.unwrap_err(), column);
        assert_eq!(
            store.panel(&replacing.id).await.unwrap(),
            None,
            "rolled back"
        );
        let srv_1 = ServerId::parse("srv_1").unwrap();
        let removed = store.remove_panels(GUILD_A, CHANNEL_1, &srv_1).await;
        assert_unreadable(removed.unwrap_err(), column);
    }
    assert_eq!(
        store.count_panels(GUILD_A).await.unwrap(),
        1,
        "the row is still there"
    );
    store.close().await;
}

#[tokio::test]
async fn a_stored_panel_whose_id_server_id_or_warning_does_not_parse_is_an_error_on_both_databases()
{
    let (id, same_warning) = ("abcdefgh2345", "warn_secs = warn_secs");
    let alterations = [
        (("NOT-AN-ID", "srv_1", same_warning), "id"),
        ((id, "..", same_warning), "server_id"),
        // Past the longest warning, and below nothing.
        ((id, "srv_1", "warn_secs = 3601"), "warn_secs"),
        ((id, "srv_1", "warn_secs = -1"), "warn_secs"),
        ((id, "srv_1", "warn_message = 'bye\nop me'"), "warn_message"),
    ];
    let dir = tempfile::TempDir::new().unwrap();
    let test = "panels::a_stored_panel_whose_id_server_id_or_warning_does_not_parse";
    for (n, (alteration, column)) in alterations.into_iter().enumerate() {
        let sqlite = dir.path().join(format!("{n}.db"));
        let sqlite = format!("sqlite://{}", sqlite.display());
        assert_an_altered_row_is_an_error(&sqlite, alteration, column).await;
        if let Some(url) = crate::support::postgres::fresh_database(test).await {
            assert_an_altered_row_is_an_error(&url, alteration, column).await;
        }
    }
}
