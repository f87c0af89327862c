//! The audit trail's store on real SQLite databases: one fresh, migrated database per test.

use std::time::{Duration, Instant};

use heo_bot::audit::now_unix;
use heo_bot::domain::{AuditEntry, HistoryKind, Outcome, PowerAction, ServerId};
use heo_bot::power::{PowerOutcome, PowerRequest};
use heo_bot::store::Store;
use secrecy::SecretString;

use crate::support::offline_power;

const GUILD_A: u64 = 1_111_111_111_111_111_111;
const GUILD_B: u64 = 2_222_222_222_222_222_222;
const MEMBER: u64 = 9_000_000_000_000_000_001;

fn entry(guild: u64, server: &str, outcome: Outcome, at: i64) -> AuditEntry {
    AuditEntry {
        guild,
        member: MEMBER,
        server: server.to_owned(),
        name: None,
        action: PowerAction::Restart,
        outcome,
        http_status: None,
        at,
        schedule: None,
        panel: None,
    }
}

async fn outcomes(store: &Store, guild: u64, server: Option<&str>) -> Vec<&'static str> {
    let rows = store.recent_audit(guild, server, 10).await.unwrap();
    rows.into_iter().map(|row| row.outcome.code()).collect()
}

crate::on_both_databases! {
    async fn an_entry_made_by_a_schedule_reads_back_with_its_schedule(store) {
        let scheduled = AuditEntry {
            schedule: Some(7),
            ..entry(GUILD_A, "srv_1", Outcome::Requested, 100)
        };
        store.record_audit(&scheduled).await.unwrap();
        store.record_audit(&entry(GUILD_A, "srv_1", Outcome::Requested, 200)).await.unwrap();
        let rows = store.recent_audit(GUILD_A, None, 10).await.unwrap();
        let schedules: Vec<Option<i64>> = rows.iter().map(|row| row.schedule).collect();
        assert_eq!(schedules, [None, Some(7)]);
    }
}

crate::on_both_databases! {
    async fn entries_read_back_newest_first_per_guild_and_per_server(store) {
        let mut first = entry(GUILD_A, "srv_1", Outcome::Requested, 100);
        first.name = Some("mc".to_owned());
        first.http_status = None;
        store.record_audit(&first).await.unwrap();
        let mut failed = entry(GUILD_A, "srv_2", Outcome::Unauthorized, 200);
        failed.http_status = Some(401);
        store.record_audit(&failed).await.unwrap();
        store
            .record_audit(&entry(GUILD_B, "srv_1", Outcome::NoKey, 300))
            .await
            .unwrap();

        let rows = store.recent_audit(GUILD_A, None, 10).await.unwrap();
        assert_eq!(rows.len(), 2);
        assert_eq!(
            (rows[0].outcome.code(), rows[0].http_status, rows[0].at),
            ("unauthorized", Some(401), 200)
        );
        assert_eq!(rows[1].name.as_deref(), Some("mc"));
        assert_eq!(
            (rows[1].member, rows[1].action),
            (MEMBER, PowerAction::Restart)
        );
        assert_eq!(
            outcomes(&store, GUILD_A, Some("srv_1")).await,
            ["requested"]
        );
        assert_eq!(outcomes(&store, GUILD_B, None).await, ["no_key"]);
    }
}

crate::on_both_databases! {
    async fn only_the_newest_entries_up_to_the_limit_are_read(store) {
        for at in 0..15 {
            store
                .record_audit(&entry(GUILD_A, "srv_1", Outcome::Requested, at))
                .await
                .unwrap();
        }
        let rows = store.recent_audit(GUILD_A, None, 10).await.unwrap();
        let times: Vec<i64> = rows.iter().map(|row| row.at).collect();
        assert_eq!(times, (5..15).rev().collect::<Vec<_>>());
    }
}

crate::on_both_databases! {
    async fn pruning_deletes_only_entries_older_than_the_cutoff(store) {
        for (guild, at) in [(GUILD_A, 99), (GUILD_A, 100), (GUILD_B, 50), (GUILD_B, 150)] {
            store
                .record_audit(&entry(guild, "srv_1", Outcome::Requested, at))
                .await
                .unwrap();
        }
        assert_eq!(store.prune_audit(100).await.unwrap(), 2);
        let left = |rows: Vec<AuditEntry>| rows.iter().map(|r| r.at).collect::<Vec<_>>();
        assert_eq!(
            left(store.recent_audit(GUILD_A, None, 10).await.unwrap()),
            [100]
        );
        assert_eq!(
            left(store.recent_audit(GUILD_B, None, 10).await.unwrap()),
            [150]
        );
        assert_eq!(store.prune_audit(100).await.unwrap(), 0);
    }
}

crate::on_both_databases! {
    async fn leaving_a_guild_keeps_its_audit_entries_until_the_retention_prunes_them(store) {
        let key = SecretString::from("k".to_owned());
        store.link_api_key(GUILD_A, &key, MEMBER).await.unwrap();
        for (guild, at) in [(GUILD_A, 100), (GUILD_A, 200), (GUILD_B, 100)] {
            store
                .record_audit(&entry(guild, "srv_1", Outcome::Requested, at))
                .await
                .unwrap();
        }
        assert!(store.forget_guild(GUILD_A).await.unwrap());
        assert!(store.api_key(GUILD_A).await.unwrap().is_none());
        assert_eq!(outcomes(&store, GUILD_A, None).await, ["requested", "requested"]);
        assert_eq!(store.prune_audit(150).await.unwrap(), 2);
        let left = store.recent_audit(GUILD_A, None, 10).await.unwrap();
        assert_eq!(left.iter().map(|row| row.at).collect::<Vec<_>>(), [200]);
    }
}

crate::on_both_databases! {
    async fn the_actions_sent_to_heo_and_the_requests_that_sent_nothing_are_read_apart(store) {
        let sent = [Outcome::Requested, Outcome::Unauthorized, Outcome::Timeout];
        let not_sent = [Outcome::Cooldown, Outcome::NotPermitted, Outcome::KillCancelled];
        for (at, outcome) in sent.into_iter().chain(not_sent).enumerate() {
            let server = if at % 2 == 0 { "srv_1" } else { "srv_2" };
            store
                .record_audit(&entry(GUILD_A, server, outcome, at as i64))
                .await
                .unwrap();
        }
        let read = |kind: HistoryKind, server: Option<&'static str>| {
            let store = store.clone();
            async move {
                let outcomes = kind.outcomes();
                let rows = store.recent_audit_of(GUILD_A, server, &outcomes, 10).await.unwrap();
                rows.into_iter().map(|row| row.outcome).collect::<Vec<_>>()
            }
        };
        assert_eq!(
            read(HistoryKind::Sent, None).await,
            [Outcome::Timeout, Outcome::Unauthorized, Outcome::Requested]
        );
        assert_eq!(
            read(HistoryKind::NotSent, None).await,
            [Outcome::KillCancelled, Outcome::NotPermitted, Outcome::Cooldown]
        );
        assert_eq!(
            read(HistoryKind::Sent, Some("srv_1")).await,
            [Outcome::Timeout, Outcome::Requested]
        );
        assert!(store.recent_audit_of(GUILD_A, None, &[], 10).await.unwrap().is_empty());
    }
}

/// The servers of `GUILD_A`'s entries, newest first, once they are `want`, or as they are
/// after 5 s: the prune runs on its own clock.
async fn servers_once(store: &Store, want: &[&str]) -> Vec<String> {
    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        let rows = store.recent_audit(GUILD_A, None, 10).await.unwrap();
        let servers: Vec<String> = rows.into_iter().map(|row| row.server).collect();
        if servers == want || Instant::now() > deadline {
            return servers;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

crate::on_both_databases! {
    async fn the_periodic_prune_runs_again_on_later_ticks_and_keeps_fresh_entries(store) {
        let power = offline_power(&store);
        let (two_days_ago, an_hour_ago) = (now_unix() - 2 * 86_400, now_unix() - 3600);
        let old = |server| entry(GUILD_A, server, Outcome::Requested, two_days_ago);
        store.record_audit(&old("srv_first")).await.unwrap();

        let pruning = tokio::spawn(async move {
            power
                .audit()
                .prune_every(1, Duration::from_millis(100))
                .await;
        });
        // Gone means the first prune has run; only a later one can take what is added now.
        assert_eq!(servers_once(&store, &[]).await, Vec::<String>::new());
        store.record_audit(&old("srv_later")).await.unwrap();
        let fresh = entry(GUILD_A, "srv_fresh", Outcome::Requested, an_hour_ago);
        store.record_audit(&fresh).await.unwrap();

        assert_eq!(servers_once(&store, &["srv_fresh"]).await, ["srv_fresh"]);
        assert!(!pruning.is_finished(), "the prune loop runs until aborted");
        pruning.abort();
    }
}

crate::on_both_databases! {
    async fn a_burst_of_entries_is_written_in_order_and_all_of_it_by_the_time_a_flush_returns(store) {
        let power = offline_power(&store);
        let request = |n: usize| PowerRequest {
            guild: GUILD_A,
            member: MEMBER,
            server: ServerId::parse(&format!("srv_{n}")).unwrap(),
            name: None,
            action: PowerAction::Start,
            schedule: None,
            panel: None,
        };
        // More than one batch, queued without waiting, as a busy bot would.
        let burst = 1_000;
        for n in 0..burst {
            power.record(&request(n), &PowerOutcome::NoKey);
        }
        power.audit().flush().await;

        let rows = store
            .recent_audit(GUILD_A, None, burst as u32 + 1)
            .await
            .unwrap();
        let newest_first: Vec<String> = (0..burst).rev().map(|n| format!("srv_{n}")).collect();
        let servers: Vec<String> = rows.into_iter().map(|row| row.server).collect();
        assert_eq!(servers, newest_first);
    }
}

crate::on_both_databases! {
    async fn an_entry_the_database_refuses_costs_only_itself_not_its_batch(store) {
        let power = offline_power(&store);
        let request = |server: &str, member: u64| PowerRequest {
            guild: GUILD_A,
            member,
            server: ServerId::parse(server).unwrap(),
            name: None,
            action: PowerAction::Stop,
            schedule: None,
            panel: None,
        };
        // No Discord snowflake is this large; the store refuses it, and the batch with it.
        let unstorable = u64::MAX;
        power.record(&request("srv_1", MEMBER), &PowerOutcome::NoKey);
        power.record(&request("srv_2", unstorable), &PowerOutcome::NoKey);
        power.record(&request("srv_3", MEMBER), &PowerOutcome::NoKey);
        power.audit().flush().await;
        assert_eq!(
            servers_once(&store, &["srv_3", "srv_1"]).await,
            ["srv_3", "srv_1"]
        );
    }
}
