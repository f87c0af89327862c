//! The test server's shared state: the recorded model, the gateway session, planned faults
//! and every failure a test must see. One lock; every change wakes the waiters.

use std::net::SocketAddr;
use std::sync::{Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

use serde_json::Value;
use tokio::sync::{Notify, mpsc};

use super::channels::Channels;
use super::model::Model;

/// How long a test waits for the bot before it fails.
pub const WAIT: Duration = Duration::from_secs(10);

/// A REST route the bot may call, for planning faults and reading the request log.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Route {
    Gateway,
    Application,
    CurrentUser,
    RegisterCommands,
    Callback,
    Followup,
    GetMessage,
    EditMessage,
    DeleteMessage,
    /// `POST /channels/{id}/messages`: a message in a channel (the audit channel).
    CreateMessage,
}

/// What a planned fault does to the next matching request.
#[derive(Debug, Clone)]
pub enum FaultAction {
    /// Answer only after this long (the request is then handled normally).
    Delay(Duration),
    /// Answer with this status and JSON body after `after`, and do nothing else.
    Fail {
        status: u16,
        body: Value,
        after: Duration,
    },
}

#[derive(Debug)]
pub struct Fault {
    pub route: Route,
    pub action: FaultAction,
}

/// A `PUT` of the command list.
#[derive(Debug, Clone)]
pub struct Registration {
    /// `None` for global commands.
    pub guild: Option<u64>,
    /// The commands as Discord echoed them (with their assigned ids).
    pub commands: Vec<Value>,
    pub at: Instant,
}

/// A request the server answered.
#[derive(Debug, Clone)]
pub struct Request {
    pub method: String,
    pub path: String,
    pub route: Option<Route>,
    pub status: u16,
    pub at: Instant,
}

/// A frame for the open gateway connection.
#[derive(Debug)]
pub enum Outgoing {
    Frame(Value),
    /// Drop the TCP connection without a close frame.
    Drop,
}

#[derive(Debug, Default)]
pub struct Gateway {
    pub seq: u64,
    pub session_id: String,
    pub identifies: u32,
    pub resumes: u32,
    /// The open connection's number and sender.
    pub conn: Option<(u64, mpsc::UnboundedSender<Outgoing>)>,
    pub connections: u64,
    /// Whether the open connection has had READY or RESUMED.
    pub ready: bool,
    /// Dispatches waiting for a ready session.
    pub pending: Vec<(String, Value)>,
}

impl Gateway {
    /// Sends a frame on the open connection, if any.
    pub fn send(&self, frame: Value) {
        if let Some((_, tx)) = &self.conn {
            let _ = tx.send(Outgoing::Frame(frame));
        }
    }

    /// Sends an op 0 dispatch with the next sequence number, or keeps it for later.
    pub fn dispatch(&mut self, event: &str, data: Value) {
        match &self.conn {
            Some((_, tx)) if self.ready => {
                self.seq += 1;
                let frame = serde_json::json!({"op": 0, "s": self.seq, "t": event, "d": data});
                let _ = tx.send(Outgoing::Frame(frame));
            }
            _ => self.pending.push((event.to_owned(), data)),
        }
    }

    /// Marks the session ready after `event` (READY or RESUMED) and sends what waited.
    pub fn become_ready(&mut self, event: &str, data: Value) {
        self.ready = true;
        self.dispatch(event, data);
        for (event, data) in std::mem::take(&mut self.pending) {
            self.dispatch(&event, data);
        }
    }
}

#[derive(Debug, Default)]
pub struct Inner {
    pub model: Model,
    pub channels: Channels,
    pub registrations: Vec<Registration>,
    pub gateway: Gateway,
    pub faults: Vec<Fault>,
    pub requests: Vec<Request>,
    /// Everything that must fail the test: unknown routes, schema mismatches, refused actions.
    pub errors: Vec<String>,
    next_id: u64,
}

impl Inner {
    /// A fresh snowflake.
    pub fn next_id(&mut self) -> u64 {
        self.next_id += 1;
        1_000_000 + self.next_id
    }
}

pub struct State {
    pub app_id: u64,
    pub token: String,
    pub addr: SocketAddr,
    inner: Mutex<Inner>,
    changed: Notify,
}

impl State {
    pub fn new(addr: SocketAddr, app_id: u64, token: &str) -> Self {
        Self {
            app_id,
            token: token.to_owned(),
            addr,
            inner: Mutex::default(),
            changed: Notify::new(),
        }
    }

    /// Reads or changes the state; waiters are woken afterwards.
    pub fn with<T>(&self, f: impl FnOnce(&mut Inner) -> T) -> T {
        let out = f(&mut self.lock());
        self.changed.notify_waiters();
        out
    }

    fn lock(&self) -> MutexGuard<'_, Inner> {
        // A panicking test thread must not hide the recorded errors from the others.
        self.inner.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Records a failure the test will see.
    pub fn fail(&self, error: String) {
        self.with(|inner| inner.errors.push(error));
    }

    /// Takes the first planned fault for `route`.
    pub fn take_fault(&self, route: Route) -> Option<FaultAction> {
        self.with(|inner| {
            let at = inner.faults.iter().position(|f| f.route == route)?;
            Some(inner.faults.remove(at).action)
        })
    }

    /// Waits until `f` finds what it looks for; panics with `what` after [`WAIT`].
    pub async fn wait<T>(&self, what: &str, mut f: impl FnMut(&Inner) -> Option<T>) -> T {
        let deadline = tokio::time::Instant::now() + WAIT;
        loop {
            let notified = self.changed.notified();
            tokio::pin!(notified);
            notified.as_mut().enable();
            if let Some(found) = f(&self.lock()) {
                return found;
            }
            if tokio::time::timeout_at(deadline, notified).await.is_err() {
                let inner = self.lock();
                panic!(
                    "timed out after {WAIT:?} waiting for {what}\nerrors: {:#?}\nrequests: {:#?}",
                    inner.errors, inner.requests
                );
            }
        }
    }
}
