//! The 429 pause shared through the database (`HEO_BACKOFF_SHARED`): two power desks on
//! separate pools to one PostgreSQL database stand for two bot processes behind one IP.

use std::time::Duration;

use heo_bot::domain::{PowerAction, ServerId};
use heo_bot::heo::{HeoClient, HeoError};
use heo_bot::i18n::Lang;
use heo_bot::master_key::MasterKey;
use heo_bot::power::{Power, PowerOutcome, PowerRequest, Refusal};
use heo_bot::replies;
use heo_bot::store::Store;
use secrecy::{ExposeSecret, SecretString};
use sqlx::Connection;
use sqlx::postgres::{PgConnection, PgPoolOptions};
use url::Url;
use wiremock::matchers::{header, method};
use wiremock::{Mock, MockServer, ResponseTemplate};

const GUILD_A: u64 = 100_000_000_000_000_001;
const GUILD_B: u64 = 100_000_000_000_000_002;
const MEMBER: u64 = 300_000_000_000_000_003;
const KEY_A: &str = "heo_key_guild_a_000000000001";
const KEY_B: &str = "heo_key_guild_b_000000000002";

/// A wall-clock instant in Unix milliseconds, as the pause is stored.
const T0: i64 = 1_800_000_000_000;

crate::on_both_databases! {
    async fn the_shared_pause_only_ever_moves_later(store) {
        assert_eq!(store.heo_pause().await.unwrap(), None);
        store.extend_heo_pause(T0 + 120_000).await.unwrap();
        assert_eq!(store.heo_pause().await.unwrap(), Some(T0 + 120_000));
        // A process that met a shorter 429 does not cut the longer wait.
        store.extend_heo_pause(T0 + 30_000).await.unwrap();
        assert_eq!(store.heo_pause().await.unwrap(), Some(T0 + 120_000));
        store.extend_heo_pause(T0 + 600_000).await.unwrap();
        assert_eq!(store.heo_pause().await.unwrap(), Some(T0 + 600_000));
    }
}

/// One bot process: its own pool, store and desk, on the shared database.
struct Process {
    power: Power,
    store: Store,
}

/// Two processes on one fresh PostgreSQL database (whose URL comes along), both talking to
/// `heo`, with guild A's and guild B's keys linked; `None` where PostgreSQL is not available
/// (a line says so).
async fn two_processes(
    test: &str,
    heo: &MockServer,
    shared: bool,
) -> Option<(String, [Process; 2])> {
    let url = crate::support::postgres::fresh_database(test).await?;
    let master = MasterKey::generate();
    let mut processes = Vec::new();
    for _ in 0..2 {
        let pool = PgPoolOptions::new()
            .max_connections(2)
            .connect(&url)
            .await
            .expect("a pool on the shared test database");
        // Every process on one database runs with the same master key.
        let same_master = MasterKey::from_base64(master.to_base64().expose_secret()).unwrap();
        let store = Store::from_pool(pool, same_master).await.unwrap();
        let client =
            HeoClient::new(&Url::parse(&heo.uri()).unwrap(), Duration::from_secs(2)).unwrap();
        let power = Power::new(store.clone(), client).with_shared_backoff(shared);
        processes.push(Process { power, store });
    }
    for (guild, key) in [(GUILD_A, KEY_A), (GUILD_B, KEY_B)] {
        let key = SecretString::from(key.to_owned());
        processes[0]
            .power
            .link_api_key(guild, &key, MEMBER)
            .await
            .unwrap();
    }
    Some((url, processes.try_into().ok()?))
}

fn request(guild: u64) -> PowerRequest {
    PowerRequest {
        guild,
        member: MEMBER,
        server: ServerId::parse("srv_42").unwrap(),
        name: None,
        action: PowerAction::Restart,
        schedule: None,
        panel: None,
    }
}

/// Admits and sends `request` in one go, as `/server restart` does.
async fn perform(power: &Power, request: &PowerRequest) -> PowerOutcome {
    match power.admit(request) {
        Ok(admitted) => power.send(admitted).await,
        Err(refusal) => PowerOutcome::Refused(refusal),
    }
}

/// HEO rate-limits guild A's key for two minutes and would accept guild B's `times` times.
async fn heo_limiting_a_and_accepting_b(times: u64) -> MockServer {
    heo_limiting_a_for("120", times).await
}

/// HEO rate-limits guild A's key with `retry_after` and would accept guild B's `times` times.
async fn heo_limiting_a_for(retry_after: &str, times: u64) -> MockServer {
    let heo = MockServer::start().await;
    Mock::given(method("POST"))
        .and(header("authorization", format!("Bearer {KEY_A}").as_str()))
        .respond_with(ResponseTemplate::new(429).insert_header("Retry-After", retry_after))
        .expect(1)
        .mount(&heo)
        .await;
    Mock::given(method("POST"))
        .and(header("authorization", format!("Bearer {KEY_B}").as_str()))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({
            "success": true, "action": "restart", "server_id": "srv_42",
            "status": "requested", "message": "Restart action sent"
        })))
        .expect(times)
        .mount(&heo)
        .await;
    heo
}

#[tokio::test]
async fn with_sharing_a_429_met_by_one_process_holds_the_other_back_and_is_audited() {
    let heo = heo_limiting_a_and_accepting_b(0).await;
    let test = "shared_backoff::with_sharing_a_429_met_by_one_process_holds_the_other_back";
    let Some((_, [a, b])) = two_processes(test, &heo, true).await else {
        return;
    };

    let outcome = perform(&a.power, &request(GUILD_A)).await;
    assert!(
        matches!(outcome, PowerOutcome::Failed(HeoError::RateLimited { .. })),
        "{outcome:?}"
    );

    let asked = request(GUILD_B);
    let outcome = perform(&b.power, &asked).await;
    let PowerOutcome::Refused(Refusal::BackingOff { wait }) = outcome else {
        panic!("process B was not held back: {outcome:?}");
    };
    assert!(
        wait > Duration::from_secs(110) && wait <= Duration::from_secs(120),
        "{wait:?}"
    );
    // The very reply the process's own pause gives.
    let reply = replies::power_outcome(Lang::ENGLISH, &asked, &outcome);
    assert_eq!(
        reply,
        replies::refused(Lang::ENGLISH, &asked, Refusal::BackingOff { wait })
    );
    assert!(reply.contains("HEO is rate-limiting this bot"), "{reply}");
    assert!(reply.contains("Try again in 2 minutes"), "{reply}");

    // Taken in: B's next request is refused before anything waits for the database.
    assert!(matches!(
        b.power.check(&asked),
        Some(Refusal::BackingOff { .. })
    ));

    b.power.audit().flush().await;
    let trail = b.store.recent_audit(GUILD_B, None, 10).await.unwrap();
    let outcomes: Vec<(&str, Option<u16>)> = trail
        .iter()
        .map(|entry| (entry.outcome.code(), entry.http_status))
        .collect();
    assert_eq!(outcomes, [("backing_off", None)]);

    heo.verify().await;
    a.store.close().await;
    b.store.close().await;
}

#[tokio::test]
async fn a_429_with_retry_after_zero_holds_the_other_process_back_for_the_floor_too() {
    let heo = heo_limiting_a_for("0", 0).await;
    let test = "shared_backoff::a_429_with_retry_after_zero_holds_the_other_process_back";
    let Some((_, [a, b])) = two_processes(test, &heo, true).await else {
        return;
    };
    let outcome = perform(&a.power, &request(GUILD_A)).await;
    assert!(
        matches!(
            outcome,
            PowerOutcome::Failed(HeoError::RateLimited {
                retry_after: Some(wait)
            }) if wait == Duration::from_secs(5)
        ),
        "{outcome:?}"
    );
    let outcome = perform(&b.power, &request(GUILD_B)).await;
    let PowerOutcome::Refused(Refusal::BackingOff { wait }) = outcome else {
        panic!("process B was not held back: {outcome:?}");
    };
    // What is left of the five seconds A keeps.
    assert!(wait <= Duration::from_secs(5), "{wait:?}");
    heo.verify().await;
    a.store.close().await;
    b.store.close().await;
}

#[tokio::test]
async fn without_sharing_the_other_process_still_sends() {
    let heo = heo_limiting_a_and_accepting_b(1).await;
    let test = "shared_backoff::without_sharing_the_other_process_still_sends";
    let Some((_, [a, b])) = two_processes(test, &heo, false).await else {
        return;
    };
    let outcome = perform(&a.power, &request(GUILD_A)).await;
    assert!(matches!(outcome, PowerOutcome::Failed(_)), "{outcome:?}");
    let outcome = perform(&b.power, &request(GUILD_B)).await;
    assert!(matches!(outcome, PowerOutcome::Requested), "{outcome:?}");
    assert_eq!(a.store.heo_pause().await.unwrap(), None, "nothing shared");
    heo.verify().await;
    a.store.close().await;
    b.store.close().await;
}

#[tokio::test]
async fn a_shared_pause_the_database_cannot_keep_leaves_each_process_its_own() {
    let heo = heo_limiting_a_and_accepting_b(1).await;
    let test = "shared_backoff::a_shared_pause_the_database_cannot_keep_leaves_each_process";
    let Some((url, [a, b])) = two_processes(test, &heo, true).await else {
        return;
    };
    // Every read and write of the shared pause now fails.
    let mut admin = PgConnection::connect(&url).await.unwrap();
    sqlx::query("DROP TABLE heo_pause")
        .execute(&mut admin)
        .await
        .unwrap();
    admin.close().await.unwrap();

    let outcome = perform(&a.power, &request(GUILD_A)).await;
    assert!(
        matches!(outcome, PowerOutcome::Failed(HeoError::RateLimited { .. })),
        "{outcome:?}"
    );
    // A keeps its own pause; B, which met no 429, sends.
    assert!(matches!(
        a.power.check(&request(GUILD_A)),
        Some(Refusal::BackingOff { .. })
    ));
    let outcome = perform(&b.power, &request(GUILD_B)).await;
    assert!(matches!(outcome, PowerOutcome::Requested), "{outcome:?}");
    heo.verify().await;
    a.store.close().await;
    b.store.close().await;
}
