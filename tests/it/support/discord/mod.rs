//! A Discord-compatible test server on loopback: REST under `/api/v10` and the WebSocket
//! gateway on one port. It drives the real bot with interactions, records what a Discord
//! user would see (see [`model`]), validates every body the bot sends against Discord's
//! official OpenAPI schema, and can inject faults. Anything Discord would refuse fails the
//! test: through [`FakeDiscord::assert_no_errors`], or when the server is dropped.
//!
//! The protocol details it follows are in `../shared/discord-e2e.md`.

mod channels;
mod gateway;
mod interaction;
mod keywords;
mod lenient;
mod modal;
pub mod model;
pub mod payload;
mod rest;
pub mod schema;
mod server;
mod slash;
mod state;
mod user;
mod validate;

use std::net::{Ipv4Addr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;

use serde_json::Value;
use tokio::net::TcpListener;
use tokio::task::JoinHandle;

pub use channels::{Post, Refusal as ChannelRefusal};
pub use interaction::{Interaction, Reply};
pub use modal::Modal;
pub use state::{FaultAction, Registration, Request, Route, WAIT};
pub use user::{Guild, Member};

use state::{Outgoing, State};

/// The application (and bot user) id. "MTAx" in the token is base64 for "101", as in a real
/// token, whose first part encodes the bot's id.
pub const APP_ID: u64 = 101;
/// The bot token the server accepts: three dot-separated parts, like a real one.
pub const TOKEN: &str = "MTAx.fake.token";

pub struct FakeDiscord {
    state: Arc<State>,
    server: JoinHandle<()>,
}

impl FakeDiscord {
    pub async fn start() -> Self {
        let listener = TcpListener::bind(SocketAddr::from((Ipv4Addr::LOCALHOST, 0)))
            .await
            .expect("bind a loopback port");
        let addr = listener.local_addr().expect("local address");
        let state = Arc::new(State::new(addr, APP_ID, TOKEN));
        let server = server::spawn(listener, state.clone());
        Self { state, server }
    }

    /// The base URL for `DISCORD_API_URL`.
    pub fn url(&self) -> String {
        format!("http://{}", self.state.addr)
    }

    /// A guild; its one text channel's id is derived from `id`.
    pub fn guild(&self, id: u64) -> Guild {
        Guild {
            state: self.state.clone(),
            id,
            channel: id * 1000 + 1,
        }
    }

    /// Waits for the first command registration: poise answers no interaction before it.
    pub async fn registration(&self) -> Registration {
        self.state
            .wait("the bot to register its commands", |inner| {
                inner.registrations.first().cloned()
            })
            .await
    }

    /// Waits until the bot has registered its commands `count` times in all (a restarted
    /// bot registers again).
    pub async fn wait_for_registrations(&self, count: usize) {
        self.state
            .wait("the bot to register its commands again", |inner| {
                (inner.registrations.len() >= count).then_some(())
            })
            .await;
    }

    /// Every registration so far.
    pub fn registrations(&self) -> Vec<Registration> {
        self.state.with(|inner| inner.registrations.clone())
    }

    /// Every message, in its latest state, by id.
    pub fn messages(&self) -> std::collections::BTreeMap<u64, model::Message> {
        self.state.with(|inner| inner.model.messages.clone())
    }

    /// Every message the bot posted in a channel so far, oldest first.
    pub fn posts(&self) -> Vec<Post> {
        self.state.with(|inner| inner.channels.posts.clone())
    }

    /// Waits until the bot has posted `count` messages in `channel`, and returns them.
    pub async fn wait_for_posts(&self, channel: u64, count: usize) -> Vec<Post> {
        self.state
            .wait(&format!("{count} posts in channel {channel}"), |inner| {
                let posts: Vec<Post> = inner
                    .channels
                    .posts
                    .iter()
                    .filter(|post| post.channel == channel)
                    .cloned()
                    .collect();
                (posts.len() >= count).then_some(posts)
            })
            .await
    }

    /// From now on `channel` turns the bot's messages away as `refusal` says.
    pub fn refuse_posts(&self, channel: u64, refusal: ChannelRefusal) {
        self.state
            .with(|inner| inner.channels.refusing.insert(channel, refusal));
    }

    /// From now on members may not send messages in `channel` (the bot still may): a command
    /// naming it carries the member's permissions there without Send Messages.
    pub fn mute_members_in(&self, channel: u64) {
        self.state
            .with(|inner| inner.channels.muted.insert(channel));
    }

    /// Every REST request answered so far.
    pub fn requests(&self) -> Vec<Request> {
        self.state.with(|inner| inner.requests.clone())
    }

    /// IDENTIFYs and RESUMEs the gateway has received.
    pub fn sessions(&self) -> (u32, u32) {
        self.state
            .with(|inner| (inner.gateway.identifies, inner.gateway.resumes))
    }

    /// Sends a `GUILD_CREATE` for each guild, as Discord does after READY for every guild
    /// the bot is in (delivered once the session is ready).
    pub fn announce_guilds(&self, ids: impl IntoIterator<Item = u64>) {
        self.state.with(|inner| {
            for id in ids {
                let guild = payload::guild(id, self.guild(id).channel);
                inner.gateway.dispatch("GUILD_CREATE", guild);
            }
        });
    }

    /// Sends a `GUILD_DELETE` for `id` as Discord does when the bot is removed from the guild
    /// (kicked, or the guild deleted): no `unavailable` field, which serenity 0.12 reads as
    /// `false`.
    pub fn remove_from_guild(&self, id: u64) {
        let event = serde_json::json!({"id": id.to_string()});
        self.state
            .with(|inner| inner.gateway.dispatch("GUILD_DELETE", event));
    }

    /// Sends a `GUILD_DELETE` with `unavailable: true`, as Discord does when a guild goes
    /// down in an outage; the bot is still in the guild.
    pub fn guild_outage(&self, id: u64) {
        let event = serde_json::json!({"id": id.to_string(), "unavailable": true});
        self.state
            .with(|inner| inner.gateway.dispatch("GUILD_DELETE", event));
    }

    /// Drops the gateway connection without a close frame, as a network fault would.
    /// Events sent until the bot is back are delivered after its RESUME or IDENTIFY.
    pub fn drop_gateway(&self) {
        self.take_connection(Outgoing::Drop);
    }

    /// Asks the bot to reconnect (op 7 RECONNECT), as Discord does before maintenance.
    pub fn request_reconnect(&self) {
        let frame = serde_json::json!({"op": 7, "d": null});
        self.take_connection(Outgoing::Frame(frame));
    }

    fn take_connection(&self, last: Outgoing) {
        self.state.with(|inner| {
            let gateway = &mut inner.gateway;
            gateway.ready = false;
            if let Some((_, tx)) = gateway.conn.take() {
                let _ = tx.send(last);
            }
        });
    }

    /// Waits until the gateway has seen `identifies` IDENTIFYs in total and the session is
    /// ready (READY sent).
    pub async fn wait_for_sessions(&self, identifies: u32) {
        self.state
            .wait("the bot to open a gateway session", |inner| {
                (inner.gateway.identifies >= identifies && inner.gateway.ready).then_some(())
            })
            .await;
    }

    /// Waits until the gateway has seen `resumes` RESUMEs in total.
    pub async fn wait_for_resumes(&self, resumes: u32) {
        self.state
            .wait("the bot to resume its gateway session", |inner| {
                (inner.gateway.resumes >= resumes && inner.gateway.ready).then_some(())
            })
            .await;
    }

    /// The next call to `route` answers `status` with `body` and does nothing else.
    /// Planned several times, it fails that many calls in a row.
    pub fn fail_next(&self, route: Route, status: u16, body: Value) {
        self.fail_next_after(route, Duration::ZERO, status, body);
    }

    /// The next call to `route` answers `status` with `body` only after `after`, and does
    /// nothing else.
    pub fn fail_next_after(&self, route: Route, after: Duration, status: u16, body: Value) {
        let action = FaultAction::Fail {
            status,
            body,
            after,
        };
        self.plan(route, action);
    }

    /// The next call to `route` is answered only after `delay`.
    pub fn delay_next(&self, route: Route, delay: Duration) {
        self.plan(route, FaultAction::Delay(delay));
    }

    fn plan(&self, route: Route, action: FaultAction) {
        self.state
            .with(|inner| inner.faults.push(state::Fault { route, action }));
    }

    /// What went wrong so far: unknown routes, schema mismatches, refused actions.
    pub fn errors(&self) -> Vec<String> {
        self.state.with(|inner| inner.errors.clone())
    }

    /// Takes the errors seen so far, for a test that caused them on purpose.
    pub fn take_errors(&self) -> Vec<String> {
        self.state.with(|inner| std::mem::take(&mut inner.errors))
    }

    pub fn assert_no_errors(&self) {
        let errors = self.errors();
        assert!(
            errors.is_empty(),
            "the Discord test server saw errors:\n{errors:#?}"
        );
    }
}

impl Drop for FakeDiscord {
    fn drop(&mut self) {
        self.server.abort();
        self.take_connection(Outgoing::Drop);
        if !std::thread::panicking() {
            self.assert_no_errors();
        }
    }
}
