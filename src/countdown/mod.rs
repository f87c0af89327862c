//! Warned actions: a public countdown with an Abort button, in-game warnings through the
//! server's console at sensible steps, then the action, and the countdown edited with what
//! became of it.
//!
//! Each countdown is a row in the database from the moment it is announced, so that a
//! restarted bot continues it (skipping the warnings whose time passed) or, if its moment
//! passed while the bot was down, says so instead of acting late ([`Countdowns::resume`]).
//! Exactly one of Abort and the action wins: both take the row with a compare-and-set.
//! While it runs, the power desk refuses any other action on its server (`power::Hold`).
//!
//! Showing the countdown is Discord's business: this module names what it needs (a
//! [`Board`]) and `commands` plugs in the Discord side once the client exists.

mod board;
mod resume;
mod rows;
mod runner;
mod scheduled;

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock, PoisonError};

use chrono::{DateTime, Utc};
use tokio_util::sync::CancellationToken;

use crate::audit::CannotPost;
use crate::clock::Clock;
use crate::domain::{PowerAction, WarnMessage, WarnPeriod};
use crate::power::{CommandRefusal, Power, PowerRequest, Refusal};
use crate::replies;
use crate::shutdown::Drain;
use crate::store::{Store, StoreError};

use rows::{countdown_of, hold_of, stored};

pub use board::{AbortButton, Board, Showing};
pub use scheduled::Scheduling;

/// The console command a server is warned with when `/server add` set none.
pub const DEFAULT_TEMPLATE: &str = "say {message}";

/// How late a countdown's moment may be found (after a restart) and still be acted on.
const MISSED_GRACE: chrono::Duration = chrono::Duration::seconds(60);

/// What a member (or a schedule, `request.schedule`) asks for: `request` sent at `action_at`, the players warned
/// for `warn` before it.
#[derive(Debug, Clone)]
pub struct Plan {
    pub request: PowerRequest,
    pub warn: WarnPeriod,
    pub message: Option<WarnMessage>,
    /// Where the countdown is shown.
    pub channel: u64,
    pub action_at: DateTime<Utc>,
}

/// A countdown under way, as it is shown.
#[derive(Debug, Clone)]
pub struct Countdown {
    pub id: i64,
    /// The action it ends with; `member` asked for it (or made its schedule).
    pub request: PowerRequest,
    /// When the action is due, to the millisecond, as the runner waits for it.
    pub due: DateTime<Utc>,
    pub warn: WarnPeriod,
    pub message: Option<String>,
    pub channel: u64,
    /// The public countdown message, once posted.
    pub message_id: Option<u64>,
    /// The console command, `{message}` standing for the warning line.
    pub template: String,
}

/// Why a countdown was not started. Nothing was sent or posted then.
#[derive(Debug, thiserror::Error)]
pub enum BeginError {
    /// The guild has no key linked.
    #[error("no key linked")]
    NoKey,
    /// A guard refused the action (a countdown already holds the server, say).
    #[error("refused by a guard: {0:?}")]
    Refused(Refusal),
    /// Another process's countdown holds the server (the database has one for it).
    #[error("a countdown already runs on this server")]
    AlreadyRunning,
    /// The countdown could not be posted in the channel.
    #[error("could not post the countdown ({0:?})")]
    CannotPost(CannotPost),
    /// The database failed.
    #[error("a database operation failed")]
    Store(#[from] StoreError),
}

/// What an Abort click did.
#[derive(Debug)]
pub enum Aborted {
    /// The countdown is called off; nothing will be sent.
    Now(Box<Countdown>),
    /// It has already ended.
    Gone,
    /// Its action is being sent.
    TooLate(PowerAction),
}

/// The countdowns of this process. Cheap to clone.
#[derive(Clone)]
pub struct Countdowns(Arc<Inner>);

struct Inner {
    store: Store,
    power: Power,
    clock: Clock,
    drain: Drain,
    board: OnceLock<Arc<dyn Board>>,
    /// Each running countdown's stop switch; children of `stopping`.
    running: Mutex<HashMap<i64, CancellationToken>>,
    stopping: CancellationToken,
}

impl Countdown {
    /// When the action is due, in Unix seconds, as Discord's timestamps show it.
    pub fn action_at(&self) -> i64 {
        self.due.timestamp()
    }
}

impl Countdowns {
    pub fn new(store: Store, power: Power, clock: Clock, drain: Drain) -> Self {
        Self(Arc::new(Inner {
            store,
            power,
            clock,
            drain,
            board: OnceLock::new(),
            running: Mutex::default(),
            stopping: CancellationToken::new(),
        }))
    }

    /// Plugs in where countdowns are shown, once the Discord client exists.
    pub fn attach_board(&self, board: Arc<dyn Board>) {
        if self.0.board.set(board).is_err() {
            tracing::warn!("a countdown board was already attached; keeping the first");
        }
    }

    /// The clock countdowns read.
    pub fn clock(&self) -> &Clock {
        &self.0.clock
    }

    /// Announces `plan` in its channel and starts counting down.
    pub async fn begin(&self, plan: Plan) -> Result<Countdown, BeginError> {
        let power = &self.0.power;
        let request = &plan.request;
        let (guild, server) = (request.guild, request.server.as_str());
        if !power.has_api_key(guild).await? {
            return Err(BeginError::NoKey);
        }
        if let Some(refusal) = power.check(request) {
            return Err(BeginError::Refused(refusal));
        }
        let template = self
            .0
            .store
            .console_template(guild, server)
            .await?
            .unwrap_or_else(|| DEFAULT_TEMPLATE.to_owned());
        let mut countdown = Countdown {
            id: 0,
            request: plan.request.clone(),
            due: plan.action_at,
            warn: plan.warn,
            message: plan.message.map(|m| m.as_str().to_owned()),
            channel: plan.channel,
            message_id: None,
            template,
        };
        let stored = stored(&countdown);
        let Some(id) = self.0.store.insert_countdown(&stored).await? else {
            return Err(BeginError::AlreadyRunning);
        };
        countdown.id = id;
        if let Err(hold) = power.hold(guild, server, hold_of(&countdown)) {
            self.0.store.end_countdown(id).await?;
            return Err(BeginError::Refused(Refusal::CountingDown(hold)));
        }
        let lang = self.language(&countdown).await;
        let text = replies::countdown_running(lang, &countdown, None);
        match self.show(&countdown, lang, text, true).await {
            Ok(message) => countdown.message_id = Some(message),
            Err(why) => {
                power.release(guild, server, id);
                self.0.store.end_countdown(id).await?;
                return Err(BeginError::CannotPost(why));
            }
        }
        if let Some(message) = countdown.message_id {
            // The countdown is public now: it runs even if its message cannot be remembered
            // (a restart would then post it anew rather than edit this one).
            if let Err(error) = self.0.store.set_countdown_message(id, message).await {
                let error = &error as &dyn std::error::Error;
                tracing::warn!(
                    countdown = id,
                    error,
                    "could not store a countdown's message"
                );
            }
            // The refusal of other actions can now link to it.
            let _ = power.hold(guild, server, hold_of(&countdown));
        }
        self.spawn(countdown.clone());
        Ok(countdown)
    }

    /// Countdown `id`, if it is still under way (and readable).
    pub async fn get(&self, id: i64) -> Result<Option<Countdown>, StoreError> {
        let row = self.0.store.countdown(id).await?;
        Ok(row.as_ref().and_then(countdown_of))
    }

    /// Calls countdown `id` off, if it is still waiting, on behalf of `by`.
    pub async fn abort(&self, id: i64, by: u64) -> Result<Aborted, StoreError> {
        let Some(row) = self.0.store.abort_countdown(id).await? else {
            return Ok(match self.0.store.countdown(id).await? {
                Some(row) => Aborted::TooLate(row.action.parse().unwrap_or(PowerAction::Stop)),
                None => Aborted::Gone,
            });
        };
        let Some(countdown) = countdown_of(&row) else {
            return Ok(Aborted::Gone);
        };
        self.stop_runner(id);
        let request = &countdown.request;
        self.0
            .power
            .release(request.guild, request.server.as_str(), id);
        let aborted_by = PowerRequest {
            member: by,
            ..request.clone()
        };
        self.0
            .power
            .record_refusal(&aborted_by, CommandRefusal::CountdownAborted);
        // The players were told it is coming; tell them it is not, without holding up the
        // answer to the click.
        let (power, request) = (self.0.power.clone(), request.clone());
        tokio::spawn(async move {
            // The players read it in the guild's language, as they read the warnings.
            let lang = power.guild_language(request.guild).await;
            let line = replies::in_game_abort(lang, request.action);
            let command = runner::fill(&row.template, &line);
            power
                .console(request.guild, &request.server, &command)
                .await;
        });
        Ok(Aborted::Now(Box::new(countdown)))
    }

    /// Stops every countdown's runner: their rows stay, for the next start to pick up. An
    /// action being sent is not stopped (it holds the drain).
    pub fn stop(&self) {
        self.0.stopping.cancel();
    }

    fn stop_runner(&self, id: i64) {
        let token = self.running().remove(&id);
        if let Some(token) = token {
            token.cancel();
        }
    }

    fn running(&self) -> std::sync::MutexGuard<'_, HashMap<i64, CancellationToken>> {
        // Plain data: a panic elsewhere cannot leave it half-written.
        self.0
            .running
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
    }
}
