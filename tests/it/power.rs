//! The use case without Discord: guild → key → provider call → the reply a user reads.

use std::time::Duration;

use crate::at_rest::copy_sealed_key;
use heo_bot::domain::{PowerAction, ServerId};
use heo_bot::heo::{HeoClient, HeoError};
use heo_bot::i18n::Lang;
use heo_bot::master_key::MasterKey;
use heo_bot::power::{Power, PowerOutcome, PowerRequest, Refusal};
use heo_bot::replies;
use heo_bot::store::Store;
use secrecy::SecretString;
use sqlx::SqlitePool;
use url::Url;
use wiremock::matchers::{header, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

const GUILD_A: u64 = 100_000_000_000_000_001;
const GUILD_B: u64 = 100_000_000_000_000_002;
const MEMBER: u64 = 300_000_000_000_000_003;
const KEY_A: &str = "heo_key_guild_a_000000000001";
const KEY_B: &str = "heo_key_guild_b_000000000002";

struct Desk {
    power: Power,
    heo: MockServer,
}

/// Admits and sends a request in one go, as `/server start` does once its reply is ready.
trait Perform {
    async fn perform(&self, request: &PowerRequest) -> PowerOutcome;
}

impl Perform for Power {
    async fn perform(&self, request: &PowerRequest) -> PowerOutcome {
        match self.admit(request) {
            Ok(admitted) => self.send(admitted).await,
            Err(refusal) => PowerOutcome::Refused(refusal),
        }
    }
}

async fn desk(pool: SqlitePool) -> Desk {
    let heo = MockServer::start().await;
    let client = HeoClient::new(&Url::parse(&heo.uri()).unwrap(), Duration::from_secs(2)).unwrap();
    let store = crate::support::store(pool).await;
    Desk {
        power: Power::new(store, client),
        heo,
    }
}

fn request(guild: u64, action: PowerAction) -> PowerRequest {
    PowerRequest {
        guild,
        member: MEMBER,
        server: ServerId::parse("srv_42").unwrap(),
        name: None,
        action,
        schedule: None,
        panel: None,
    }
}

async fn link(desk: &Desk, guild: u64, key: &str) {
    desk.power
        .link_api_key(guild, &SecretString::from(key.to_owned()), MEMBER)
        .await
        .unwrap();
}

fn success() -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_json(serde_json::json!({
        "success": true, "action": "restart", "server_id": "srv_42",
        "status": "requested", "message": "Restart action sent"
    }))
}

#[sqlx::test]
async fn without_a_linked_key_nothing_is_sent_and_the_reply_points_at_link_key(pool: SqlitePool) {
    let desk = desk(pool).await;
    let request = request(GUILD_A, PowerAction::Start);
    let outcome = desk.power.perform(&request).await;
    assert!(matches!(outcome, PowerOutcome::NoKey));
    assert!(desk.heo.received_requests().await.unwrap().is_empty());
    let reply = replies::power_outcome(Lang::ENGLISH, &request, &outcome);
    assert!(reply.contains("/link-key"), "{reply}");
    assert!(reply.contains("nothing was sent"), "{reply}");
}

#[sqlx::test]
async fn a_request_uses_the_asking_guilds_own_key(pool: SqlitePool) {
    let desk = desk(pool).await;
    link(&desk, GUILD_A, KEY_A).await;
    link(&desk, GUILD_B, KEY_B).await;
    for key in [KEY_A, KEY_B] {
        Mock::given(method("POST"))
            .and(path("/v1/hosting/game/power/srv_42/restart"))
            .and(header("authorization", format!("Bearer {key}").as_str()))
            .respond_with(success())
            .expect(1)
            .mount(&desk.heo)
            .await;
    }
    for guild in [GUILD_A, GUILD_B] {
        let outcome = desk
            .power
            .perform(&request(guild, PowerAction::Restart))
            .await;
        assert!(matches!(outcome, PowerOutcome::Requested), "{outcome:?}");
    }
    desk.heo.verify().await;
}

#[sqlx::test]
async fn a_success_reads_as_requested_with_action_server_and_asker(pool: SqlitePool) {
    let desk = desk(pool).await;
    link(&desk, GUILD_A, KEY_A).await;
    Mock::given(method("POST"))
        .respond_with(success())
        .mount(&desk.heo)
        .await;
    let request = request(GUILD_A, PowerAction::Restart);
    let outcome = desk.power.perform(&request).await;
    let reply = replies::power_outcome(Lang::ENGLISH, &request, &outcome);
    assert!(reply.contains("Restart requested"), "{reply}");
    assert!(reply.contains("`srv_42`"), "{reply}");
    assert!(reply.contains(&format!("<@{MEMBER}>")), "{reply}");
    for claim in ["is up", "is down", "started", "stopped"] {
        assert!(!reply.contains(claim), "the reply claims a state: {reply}");
    }
}

#[sqlx::test]
async fn after_unlinking_nothing_is_sent(pool: SqlitePool) {
    let desk = desk(pool).await;
    link(&desk, GUILD_A, KEY_A).await;
    assert!(desk.power.unlink_api_key(GUILD_A, MEMBER).await.unwrap());
    let outcome = desk
        .power
        .perform(&request(GUILD_A, PowerAction::Stop))
        .await;
    assert!(matches!(outcome, PowerOutcome::NoKey));
    assert!(desk.heo.received_requests().await.unwrap().is_empty());
}

#[sqlx::test]
async fn each_provider_error_becomes_its_own_actionable_reply(pool: SqlitePool) {
    let desk = desk(pool).await;
    link(&desk, GUILD_A, KEY_A).await;
    let cases: Vec<(ResponseTemplate, &str)> = vec![
        (error(400, "confirmation_required"), "confirm"),
        (error(401, "unauthorized"), "/link-key"),
        (error(403, "forbidden"), "no access to `srv_42`"),
        (error(403, "insufficient_scope"), "read-only"),
        (error(404, "not_found"), "not found"),
        (error(405, "method_not_allowed"), "method not allowed"),
        (error(502, "provider_error"), "could not pass the action on"),
        (
            ResponseTemplate::new(503).set_body_string("<html>down</html>"),
            "HTTP 503",
        ),
        (
            ResponseTemplate::new(200).set_body_string("{\"succ"),
            "cannot tell whether",
        ),
    ];
    for (template, expected) in cases {
        desk.heo.reset().await;
        Mock::given(method("POST"))
            .respond_with(template)
            .mount(&desk.heo)
            .await;
        let request = request(GUILD_A, PowerAction::Restart);
        let outcome = desk.power.perform(&request).await;
        assert!(matches!(outcome, PowerOutcome::Failed(_)), "{outcome:?}");
        let reply = replies::power_outcome(Lang::ENGLISH, &request, &outcome);
        assert!(reply.contains(expected), "expected {expected:?} in {reply}");
        assert!(reply.contains("Could not restart"), "{reply}");
        assert!(!reply.contains(KEY_A));
        assert!(!reply.contains("{\""), "raw JSON in {reply}");
    }
}

#[sqlx::test]
async fn a_provider_that_is_down_gets_a_clear_reply(pool: SqlitePool) {
    let store = crate::support::store(pool).await;
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let closed = format!("http://{}", listener.local_addr().unwrap());
    drop(listener);
    let client = HeoClient::new(&Url::parse(&closed).unwrap(), Duration::from_secs(2)).unwrap();
    let power = Power::new(store, client);
    power
        .link_api_key(GUILD_A, &SecretString::from(KEY_A.to_owned()), MEMBER)
        .await
        .unwrap();
    let request = request(GUILD_A, PowerAction::Start);
    let outcome = power.perform(&request).await;
    assert!(matches!(
        outcome,
        PowerOutcome::Failed(HeoError::Unreachable(_))
    ));
    let reply = replies::power_outcome(Lang::ENGLISH, &request, &outcome);
    assert!(reply.contains("could not connect to HEO"), "{reply}");
    assert!(!reply.contains("127.0.0.1"), "{reply}");
}

fn error(status: u16, code: &str) -> ResponseTemplate {
    ResponseTemplate::new(status)
        .set_body_json(serde_json::json!({"success": false, "error": code, "message": "m"}))
}

#[sqlx::test]
async fn a_database_failure_sends_nothing_and_says_so(pool: SqlitePool) {
    let desk = desk(pool.clone()).await;
    link(&desk, GUILD_A, KEY_A).await;
    pool.close().await;
    let request = request(GUILD_A, PowerAction::Start);
    let outcome = desk.power.perform(&request).await;
    assert!(matches!(outcome, PowerOutcome::StoreFailed), "{outcome:?}");
    assert!(desk.heo.received_requests().await.unwrap().is_empty());
    let reply = replies::power_outcome(Lang::ENGLISH, &request, &outcome);
    assert!(reply.contains("nothing was sent"), "{reply}");
}

/// Runs `request` and returns its outcome with its reply.
async fn outcome_and_reply(desk: &Desk, request: &PowerRequest) -> (PowerOutcome, String) {
    let outcome = desk.power.perform(request).await;
    let reply = replies::power_outcome(Lang::ENGLISH, request, &outcome);
    (outcome, reply)
}

#[sqlx::test]
async fn after_a_429_no_guild_sends_anything_until_retry_after_has_passed(pool: SqlitePool) {
    let desk = desk(pool).await;
    link(&desk, GUILD_A, KEY_A).await;
    link(&desk, GUILD_B, KEY_B).await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(429).insert_header("Retry-After", "17"))
        .mount(&desk.heo)
        .await;

    let (outcome, reply) = outcome_and_reply(&desk, &request(GUILD_A, PowerAction::Restart)).await;
    assert!(matches!(outcome, PowerOutcome::Failed(_)), "{outcome:?}");
    assert!(reply.contains("Try again in 17 seconds"), "{reply}");

    let (outcome, reply) = outcome_and_reply(&desk, &request(GUILD_B, PowerAction::Start)).await;
    match outcome {
        PowerOutcome::Refused(Refusal::BackingOff { wait }) => {
            assert!(wait <= Duration::from_secs(17) && wait > Duration::from_secs(15));
        }
        other => panic!("{other:?}"),
    }
    assert!(reply.contains("Try again in 17 seconds"), "{reply}");
    assert_eq!(desk.heo.received_requests().await.unwrap().len(), 1);
}

#[sqlx::test]
async fn a_429_without_retry_after_backs_off_for_30_seconds(pool: SqlitePool) {
    let desk = desk(pool).await;
    link(&desk, GUILD_A, KEY_A).await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(429))
        .mount(&desk.heo)
        .await;
    let (_, reply) = outcome_and_reply(&desk, &request(GUILD_A, PowerAction::Restart)).await;
    assert!(reply.contains("Try again in 30 seconds"), "{reply}");
    let (outcome, _) = outcome_and_reply(&desk, &request(GUILD_A, PowerAction::Restart)).await;
    assert!(
        matches!(outcome, PowerOutcome::Refused(Refusal::BackingOff { .. })),
        "{outcome:?}"
    );
}

#[sqlx::test]
async fn the_cooldown_starts_only_when_an_action_is_sent(pool: SqlitePool) {
    let desk = desk(pool).await;
    let power = desk.power.clone().with_cooldown(Duration::from_secs(60));
    Mock::given(method("POST"))
        .respond_with(error(403, "forbidden"))
        .mount(&desk.heo)
        .await;
    let request = request(GUILD_A, PowerAction::Restart);
    // No key yet: nothing sent, so no cooldown either.
    assert!(matches!(power.perform(&request).await, PowerOutcome::NoKey));
    link(&desk, GUILD_A, KEY_A).await;
    // Sent, even though HEO refused it: the member now waits.
    assert!(matches!(
        power.perform(&request).await,
        PowerOutcome::Failed(HeoError::Forbidden)
    ));
    let outcome = power.perform(&request).await;
    match outcome {
        PowerOutcome::Refused(Refusal::CoolingDown { wait }) => {
            assert!(wait > Duration::from_secs(58), "{wait:?}");
        }
        other => panic!("{other:?}"),
    }
    // Another member of the same guild is not held up.
    let other = PowerRequest {
        member: MEMBER + 1,
        ..request.clone()
    };
    assert!(matches!(
        power.perform(&other).await,
        PowerOutcome::Failed(HeoError::Forbidden)
    ));
    assert_eq!(desk.heo.received_requests().await.unwrap().len(), 2);
}

#[tokio::test]
async fn a_stored_key_copied_from_another_guild_sends_nothing_and_asks_for_link_key() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("heo.db");
    let url = format!("sqlite://{}", db.display());
    let heo = MockServer::start().await;
    let master = MasterKey::generate();
    let store = Store::open(&url, master.clone()).await.unwrap();
    store
        .link_api_key(GUILD_A, &SecretString::from(KEY_A.to_owned()), MEMBER)
        .await
        .unwrap();
    // Someone with the file copies guild A's sealed row onto guild B.
    copy_sealed_key(&db, GUILD_A, GUILD_B).await;
    let client = HeoClient::new(&Url::parse(&heo.uri()).unwrap(), Duration::from_secs(2)).unwrap();
    let power = Power::new(store, client);

    let request = request(GUILD_B, PowerAction::Start);
    let outcome = power.perform(&request).await;
    assert!(
        matches!(outcome, PowerOutcome::KeyUnreadable),
        "{outcome:?}"
    );
    assert!(heo.received_requests().await.unwrap().is_empty());
    let reply = replies::power_outcome(Lang::ENGLISH, &request, &outcome);
    assert!(
        reply.contains("/link-key") && reply.contains("nothing was sent"),
        "{reply}"
    );
}
