//! The engine on a real SQLite file, a wiremock HEO, a driven clock and a board that records
//! what Discord would show.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use chrono::{DateTime, Utc};
use heo_bot::audit::{CannotPost, PostError};
use heo_bot::clock::{Clock, DrivenClock};
use heo_bot::countdown::{AbortButton, BeginError, Board, Countdown, Countdowns, Plan, Showing};
use heo_bot::domain::{PowerAction, ServerId, WarnMessage, WarnPeriod};
use heo_bot::heo::HeoClient;
use heo_bot::power::{Power, PowerRequest};
use heo_bot::shutdown::Drain;
use heo_bot::store::Store;
use secrecy::SecretString;
use serde_json::{Value, json};
use tempfile::TempDir;
use url::Url;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

pub(super) const GUILD: u64 = 100_000_000_000_000_001;
pub(super) const MEMBER: u64 = 300_000_000_000_000_003;
pub(super) const CHANNEL: u64 = 400_000_000_000_000_004;
pub(super) const CONSOLE: &str = "/v1/hosting/game/console/srv_42/command";
pub(super) const RESTART: &str = "/v1/hosting/game/power/srv_42/restart";

/// What Discord would show: each post or edit of a countdown message, in order.
#[derive(Clone, Default)]
pub(super) struct RecordingBoard {
    pub(super) shown: Arc<Mutex<Vec<Shown>>>,
    pub(super) refuse: bool,
}

#[derive(Clone, Debug)]
pub(super) struct Shown {
    pub(super) message: u64,
    pub(super) text: String,
    pub(super) abort: Option<i64>,
    /// The Abort button's label, when it has one.
    pub(super) abort_label: Option<String>,
}

impl Board for RecordingBoard {
    fn show(
        &self,
        _channel: u64,
        message: Option<u64>,
        text: String,
        abort: Option<AbortButton>,
    ) -> Showing<'_> {
        Box::pin(async move {
            if self.refuse {
                return Err(PostError {
                    why: CannotPost::NotAllowed,
                    source: "Missing Access".into(),
                });
            }
            let mut shown = self.shown.lock().unwrap();
            let message = message.unwrap_or(shown.len() as u64 + 1);
            shown.push(Shown {
                message,
                text,
                abort: abort.as_ref().map(|button| button.countdown),
                abort_label: abort.map(|button| button.label),
            });
            Ok(message)
        })
    }
}

impl RecordingBoard {
    pub(super) fn last(&self) -> Shown {
        self.shown
            .lock()
            .unwrap()
            .last()
            .cloned()
            .expect("something shown")
    }

    pub(super) async fn wait_for(&self, what: &str, check: impl Fn(&Shown) -> bool) -> Shown {
        for _ in 0..200 {
            if let Some(shown) = self.shown.lock().unwrap().iter().rev().find(|s| check(s)) {
                return shown.clone();
            }
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
        panic!(
            "never shown: {what}; shown: {:#?}",
            self.shown.lock().unwrap()
        );
    }
}

/// The engine on one database, HEO and clock; `restart` builds a second engine on them, as
/// a restarted bot would.
pub(super) struct Bench {
    pub(super) store: Store,
    pub(super) heo: MockServer,
    pub(super) hand: DrivenClock,
    pub(super) clock: Clock,
    pub(super) board: RecordingBoard,
    pub(super) power: Power,
    pub(super) countdowns: Countdowns,
    pub(super) _dir: TempDir,
}

pub(super) fn t0() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-12-02T20:00:00Z")
        .unwrap()
        .with_timezone(&Utc)
}

impl Bench {
    pub(super) async fn start(board: RecordingBoard) -> Self {
        let dir = TempDir::new().unwrap();
        let url = format!("sqlite://{}", dir.path().join("bot.db").display());
        let store = Store::open(&url, heo_bot::master_key::MasterKey::generate())
            .await
            .unwrap();
        let heo = MockServer::start().await;
        let (clock, hand) = Clock::driven(t0());
        let power = desk(&store, &heo);
        let key = SecretString::from("heo-test-key-0001");
        power.link_api_key(GUILD, &key, MEMBER).await.unwrap();
        let countdowns = engine(&store, &power, &clock, &board);
        Self {
            store,
            heo,
            hand,
            clock,
            board,
            power,
            countdowns,
            _dir: dir,
        }
    }

    /// Stops this engine (as a shutdown does) and starts another on the same database,
    /// picking up what is stored.
    pub(super) async fn restart(mut self) -> Self {
        self.countdowns.stop();
        self.power = desk(&self.store, &self.heo);
        self.countdowns = engine(&self.store, &self.power, &self.clock, &self.board);
        self.countdowns.resume(|_| true).await.unwrap();
        self
    }

    pub(super) async fn begin(
        &self,
        warn: &str,
        message: Option<&str>,
    ) -> Result<Countdown, BeginError> {
        self.begin_for(request(), warn, message).await
    }

    /// Begins a countdown to `request`'s action, `warn` from now.
    pub(super) async fn begin_for(
        &self,
        request: PowerRequest,
        warn: &str,
        message: Option<&str>,
    ) -> Result<Countdown, BeginError> {
        let warn = WarnPeriod::parse(warn).unwrap();
        let at = self.clock.now() + chrono::Duration::from_std(warn.duration()).unwrap();
        self.countdowns
            .begin(Plan {
                request,
                warn,
                message: message.map(|m| WarnMessage::parse(m).unwrap()),
                channel: CHANNEL,
                action_at: at,
            })
            .await
    }

    pub(super) fn advance(&self, secs: u64) {
        self.hand.advance(Duration::from_secs(secs));
    }

    /// The console commands HEO received, waiting until there are `count`.
    pub(super) async fn console_lines(&self, count: usize) -> Vec<String> {
        let lines = wait_for_requests(&self.heo, CONSOLE, count).await;
        lines
            .iter()
            .map(|body| body["command"].as_str().unwrap_or_default().to_owned())
            .collect()
    }

    pub(super) async fn restarts(&self) -> usize {
        requests_to(&self.heo, RESTART).await.len()
    }
}

pub(super) fn desk(store: &Store, heo: &MockServer) -> Power {
    let client = HeoClient::new(&Url::parse(&heo.uri()).unwrap(), Duration::from_secs(2)).unwrap();
    Power::new(store.clone(), client)
}

pub(super) fn engine(
    store: &Store,
    power: &Power,
    clock: &Clock,
    board: &RecordingBoard,
) -> Countdowns {
    let countdowns = Countdowns::new(store.clone(), power.clone(), clock.clone(), Drain::new());
    countdowns.attach_board(Arc::new(board.clone()));
    countdowns
}

pub(super) fn request() -> PowerRequest {
    PowerRequest {
        guild: GUILD,
        member: MEMBER,
        server: ServerId::parse("srv_42").unwrap(),
        name: Some("mc".into()),
        action: PowerAction::Restart,
        schedule: None,
        panel: None,
    }
}

pub(super) async fn mount(heo: &MockServer, at: &str, status: u16, body: Value) {
    Mock::given(method("POST"))
        .and(path(at))
        .respond_with(ResponseTemplate::new(status).set_body_json(body))
        .mount(heo)
        .await;
}

pub(super) async fn accept_all(heo: &MockServer) {
    mount(
        heo,
        CONSOLE,
        200,
        json!({"success": true, "server_id": "srv_42", "status": "sent"}),
    )
    .await;
    let accepted = json!({"success": true, "action": "restart", "server_id": "srv_42",
        "status": "requested", "message": "Restart action sent"});
    mount(heo, RESTART, 200, accepted).await;
}

pub(super) async fn requests_to(heo: &MockServer, at: &str) -> Vec<Value> {
    let received = heo.received_requests().await.unwrap();
    received
        .iter()
        .filter(|r| r.url.path() == at)
        .map(|r| serde_json::from_slice(&r.body).unwrap_or(Value::Null))
        .collect()
}

pub(super) async fn wait_for_requests(heo: &MockServer, at: &str, count: usize) -> Vec<Value> {
    for _ in 0..200 {
        let found = requests_to(heo, at).await;
        if found.len() >= count {
            return found;
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    panic!(
        "{at} received {:?}, not {count}",
        requests_to(heo, at).await
    );
}
