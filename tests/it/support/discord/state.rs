//! The test server's shared state: the recorded model, the gateway session, planned faults
//! and every failure a test must see. One lock; every change wakes the waiters.

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::sync::{Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

use serde_json::Value;
use tokio::sync::{Notify, mpsc};

use super::channels::Channels;
use super::model::Model;

/// Far longer than any test: the bot's heartbeats are acknowledged but never needed, unless
/// a test asks for a shorter interval.
const HEARTBEAT_INTERVAL_MS: u64 = 41_250;

/// How long a test waits for the bot before it fails.
pub const WAIT: Duration = Duration::from_secs(10);

/// A REST route the bot may call, for planning faults and reading the request log.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Route {
    Gateway,
    /// `GET /gateway/bot`: the gateway URL and the recommended shard count.
    GatewayBot,
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
    /// `PATCH /channels/{id}/messages/{message_id}`: an edit of a message in a channel.
    EditChannelMessage,
    /// `DELETE /users/@me/guilds/{id}`: the bot leaves a guild.
    LeaveGuild,
    /// `GET /applications/{id}/commands` or `.../guilds/{id}/commands`: the registered
    /// commands.
    GetCommands,
    /// `GET /channels/{id}`.
    GetChannel,
    /// `GET /guilds/{id}`.
    GetGuild,
    /// `GET /guilds/{id}/members/{user}`.
    GetMember,
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
    /// Close the connection without answering, as when the network fails mid-request.
    Drop,
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

/// A frame for an open gateway connection.
#[derive(Debug)]
pub enum Outgoing {
    Frame(Value),
    /// Drop the TCP connection without a close frame.
    Drop,
    /// Close the connection with this close code, as Discord does (4010, 4011, ...).
    Close(u16),
    /// A text frame that is not JSON: a gateway sending garbage.
    Garbage(String),
}

/// One shard's session: the connection bound to it (after its IDENTIFY or RESUME), if open.
#[derive(Debug)]
pub struct Session {
    pub conn: Option<u64>,
    pub session_id: String,
    pub seq: u64,
    /// Whether the bound connection has had READY or RESUMED.
    pub ready: bool,
}

/// The gateway: one session per shard. A guild's events go to shard
/// `(guild_id >> 22) % total`, as Discord routes them; events without a guild to shard 0.
#[derive(Debug)]
pub struct Gateway {
    /// What `GET /gateway/bot` recommends.
    pub recommended: u32,
    /// The fewest shards an IDENTIFY may ask for: fewer is closed with 4011 (Sharding
    /// required), as Discord does when a shard would hold too many guilds.
    pub required: u32,
    pub identifies: u32,
    pub resumes: u32,
    /// Every IDENTIFY's `[shard, total]`, in order (refused ones included).
    pub identified: Vec<[u32; 2]>,
    /// Every close code the server sent, in order.
    pub closes: Vec<u16>,
    /// The shard count of the sessions: the last accepted IDENTIFY's.
    pub total: u32,
    pub sessions: BTreeMap<u32, Session>,
    /// Open connections by number.
    pub conns: BTreeMap<u64, mpsc::UnboundedSender<Outgoing>>,
    pub connections: u64,
    /// Dispatches waiting for their shard's session: guild, event, data.
    pub pending: Vec<(Option<u64>, String, Value)>,
    /// The heartbeat interval HELLO asks for.
    pub heartbeat_interval_ms: u64,
    /// Whether RESUMEs are held back unanswered, as a gateway slow to come back would.
    pub holding_resumes: bool,
    /// The RESUMEs held back: the connection and the frame's data.
    pub held_resumes: Vec<(u64, Value)>,
    /// Whether new connections wait for their HELLO, as a gateway that accepts the
    /// connection and then says nothing.
    pub holding_hellos: bool,
    /// The connections still waiting for their HELLO.
    pub held_hellos: Vec<u64>,
    /// The close code every IDENTIFY is answered with, if any: Discord refusing the token
    /// (4004) or the intents (4013, 4014).
    pub refusing_identifies: Option<u16>,
}

impl Default for Gateway {
    fn default() -> Self {
        Self {
            recommended: 1,
            required: 1,
            identifies: 0,
            resumes: 0,
            identified: Vec::new(),
            closes: Vec::new(),
            total: 1,
            sessions: BTreeMap::new(),
            conns: BTreeMap::new(),
            connections: 0,
            pending: Vec::new(),
            heartbeat_interval_ms: HEARTBEAT_INTERVAL_MS,
            holding_resumes: false,
            held_resumes: Vec::new(),
            holding_hellos: false,
            held_hellos: Vec::new(),
            refusing_identifies: None,
        }
    }
}

impl Gateway {
    /// The shard Discord delivers `guild`'s events on.
    pub fn shard_of(&self, guild: Option<u64>) -> u32 {
        guild.map_or(0, |guild| ((guild >> 22) % u64::from(self.total)) as u32)
    }

    /// HELLO for connection `conn`: the first frame Discord sends.
    pub fn hello(&self, conn: u64) {
        let interval = self.heartbeat_interval_ms;
        self.send_on(
            conn,
            serde_json::json!({"op": 10, "d": {"heartbeat_interval": interval}}),
        );
    }

    /// Sends a frame on connection `conn`, if it is open.
    pub fn send_on(&self, conn: u64, frame: Value) {
        if let Some(tx) = self.conns.get(&conn) {
            let _ = tx.send(Outgoing::Frame(frame));
        }
    }

    /// Closes connection `conn` with `code`, as Discord does.
    pub fn close(&mut self, conn: u64, code: u16) {
        self.closes.push(code);
        if let Some(tx) = self.conns.get(&conn) {
            let _ = tx.send(Outgoing::Close(code));
        }
    }

    /// Sends an op 0 dispatch on the shard that owns `guild`, with that session's next
    /// sequence number, or keeps it until that session is ready.
    pub fn dispatch(&mut self, guild: Option<u64>, event: &str, data: Value) {
        let shard = self.shard_of(guild);
        let ready = self.sessions.get(&shard).is_some_and(|s| s.ready);
        let unsent = if ready {
            self.dispatch_on(shard, event, data).err()
        } else {
            Some(data)
        };
        if let Some(data) = unsent {
            self.pending.push((guild, event.to_owned(), data));
        }
    }

    /// Marks `shard`'s session ready after `event` (READY or RESUMED) and sends what waited
    /// for it.
    pub fn become_ready(&mut self, shard: u32, event: &str, data: Value) {
        if let Some(session) = self.sessions.get_mut(&shard) {
            session.ready = true;
        }
        let _ = self.dispatch_on(shard, event, data);
        for (guild, event, data) in std::mem::take(&mut self.pending) {
            self.dispatch(guild, &event, data);
        }
    }

    /// Sends an op 0 dispatch on `shard`'s connection with that session's next sequence
    /// number, ready or not (READY and RESUMED go to the shard that asked, whatever its
    /// guilds). Hands `data` back when there is no open connection to send it on.
    fn dispatch_on(&mut self, shard: u32, event: &str, data: Value) -> Result<(), Value> {
        let session = self.sessions.get_mut(&shard);
        let tx = session
            .as_ref()
            .and_then(|s| s.conn)
            .and_then(|conn| self.conns.get(&conn));
        let (Some(session), Some(tx)) = (session, tx) else {
            return Err(data);
        };
        session.seq += 1;
        let frame = serde_json::json!({"op": 0, "s": session.seq, "t": event, "d": data});
        tx.send(Outgoing::Frame(frame))
            .map_err(|unsent| match unsent.0 {
                Outgoing::Frame(mut frame) => frame["d"].take(),
                Outgoing::Drop | Outgoing::Close(_) | Outgoing::Garbage(_) => Value::Null,
            })
    }

    /// Whether every session is bound to an open, ready connection (and there is one).
    pub fn all_ready(&self) -> bool {
        !self.sessions.is_empty() && self.sessions.values().all(|s| s.ready)
    }

    /// Sends `last` on every open connection and unbinds every session: what comes next
    /// waits for the bot's RESUME or IDENTIFY.
    pub fn take_connections(&mut self, last: impl Fn() -> Outgoing) {
        for session in self.sessions.values_mut() {
            session.ready = false;
            session.conn = None;
        }
        for tx in std::mem::take(&mut self.conns).values() {
            let _ = tx.send(last());
        }
    }

    /// Connection `conn` ended: the session bound to it waits for the bot to come back.
    pub fn disconnected(&mut self, conn: u64) {
        self.conns.remove(&conn);
        for session in self.sessions.values_mut() {
            if session.conn == Some(conn) {
                session.conn = None;
                session.ready = false;
            }
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
    /// The guilds the bot left, in order.
    pub left_guilds: Vec<u64>,
    /// Everything that must fail the test: unknown routes, schema mismatches, refused actions.
    pub errors: Vec<String>,
    /// Every JSON body the bot sent that met the schema, with its route, in order.
    pub bodies: Vec<(Route, Value)>,
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
    pub async fn wait<T>(&self, what: &str, f: impl FnMut(&Inner) -> Option<T>) -> T {
        self.wait_within(WAIT, what, f).await
    }

    /// Waits up to `within` until `f` finds what it looks for; panics with `what` then.
    pub async fn wait_within<T>(
        &self,
        within: Duration,
        what: &str,
        mut f: impl FnMut(&Inner) -> Option<T>,
    ) -> T {
        let deadline = tokio::time::Instant::now() + within;
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
                    "timed out after {within:?} waiting for {what}\nerrors: {:#?}\nrequests: {:#?}",
                    inner.errors, inner.requests
                );
            }
        }
    }
}
