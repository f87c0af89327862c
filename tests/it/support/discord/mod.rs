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
mod lookups;
mod message;
mod modal;
pub mod model;
pub mod multipart;
pub mod payload;
mod posts;
mod rest;
mod routes;
pub mod schema;
mod server;
mod slash;
mod state;
mod texts;
mod user;
mod validate;
mod weather;

use std::net::{Ipv4Addr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;

use serde_json::Value;
use tokio::net::TcpListener;

pub use channels::{Post, Refusal as ChannelRefusal};
pub use interaction::{Interaction, Reply};
pub use modal::Modal;
pub use posts::Posted;
pub use state::{FaultAction, Registration, Request, Route, WAIT};
pub use user::{Guild, Member};

use server::Listening;
use state::{Outgoing, State};

/// The application (and bot user) id. "MTAx" in the token is base64 for "101", as in a real
/// token, whose first part encodes the bot's id.
pub const APP_ID: u64 = 101;
/// The bot token the server accepts: three dot-separated parts, like a real one.
pub const TOKEN: &str = "MTAx.fake.token";

pub struct FakeDiscord {
    state: Arc<State>,
    /// `None` while the server is away (see [`FakeDiscord::go_away`]).
    listening: std::sync::Mutex<Option<Listening>>,
}

impl FakeDiscord {
    pub async fn start() -> Self {
        Self::start_with_token(TOKEN).await
    }

    /// A server that accepts `token` as the bot's instead of [`TOKEN`]: one whose parts a
    /// test can look for in what the bot prints.
    pub async fn start_with_token(token: &str) -> Self {
        let listener = TcpListener::bind(SocketAddr::from((Ipv4Addr::LOCALHOST, 0)))
            .await
            .expect("bind a loopback port");
        let addr = listener.local_addr().expect("local address");
        let state = Arc::new(State::new(addr, APP_ID, token));
        let listening = Listening::start(listener, state.clone());
        Self {
            state,
            listening: std::sync::Mutex::new(Some(listening)),
        }
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

    /// Every message (interaction replies and channel posts), in its latest state, by id.
    pub fn messages(&self) -> std::collections::BTreeMap<u64, model::Message> {
        self.state.with(|inner| inner.model.messages.clone())
    }

    /// Every message the bot posted in a channel so far, oldest first, as it sent them; what
    /// members see of one now, after edits and clicks: [`Self::post`].
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

    /// From now on every post in `channel` is answered only after `delay`, as when Discord
    /// rate-limits that channel and the bot's HTTP client waits its turn; other channels stay
    /// fast.
    pub fn slow_posts_in(&self, channel: u64, delay: Duration) {
        self.state
            .with(|inner| inner.channels.slow.insert(channel, delay));
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
                inner.gateway.dispatch(Some(id), "GUILD_CREATE", guild);
            }
        });
    }

    /// The guilds the bot has left so far (`DELETE /users/@me/guilds/{id}`), in order.
    pub fn left_guilds(&self) -> Vec<u64> {
        self.state.with(|inner| inner.left_guilds.clone())
    }

    /// Waits until the bot has left `guild`.
    pub async fn wait_for_leave(&self, guild: u64) {
        self.state
            .wait(&format!("the bot to leave guild {guild}"), |inner| {
                inner.left_guilds.contains(&guild).then_some(())
            })
            .await;
    }

    /// Sends a `GUILD_DELETE` for `id` as Discord does when the bot is removed from the guild
    /// (kicked, or the guild deleted): no `unavailable` field, which serenity 0.12 reads as
    /// `false`.
    pub fn remove_from_guild(&self, id: u64) {
        let event = serde_json::json!({"id": id.to_string()});
        self.state
            .with(|inner| inner.gateway.dispatch(Some(id), "GUILD_DELETE", event));
    }

    /// Sends a `GUILD_DELETE` with `unavailable: true`, as Discord does when a guild goes
    /// down in an outage; the bot is still in the guild.
    pub fn guild_outage(&self, id: u64) {
        let event = serde_json::json!({"id": id.to_string(), "unavailable": true});
        self.state
            .with(|inner| inner.gateway.dispatch(Some(id), "GUILD_DELETE", event));
    }

    /// Drops every gateway connection without a close frame, as a network fault would.
    /// Events sent until the bot is back are delivered after its RESUME or IDENTIFY.
    pub fn drop_gateway(&self) {
        self.take_connections(|| Outgoing::Drop);
    }

    /// Asks connections opened from now on to heartbeat every `interval` (HELLO's), so that
    /// the bot measures its gateway latency within a test.
    pub fn heartbeat_every(&self, interval: Duration) {
        let ms = u64::try_from(interval.as_millis()).unwrap_or(u64::MAX);
        self.state
            .with(|inner| inner.gateway.heartbeat_interval_ms = ms);
    }

    /// From now on RESUMEs go unanswered (no RESUMED), until [`Self::release_resumes`]: the
    /// bot's shards stay resuming, as when Discord is slow to take them back after a fault.
    pub fn hold_resumes(&self) {
        self.state
            .with(|inner| inner.gateway.holding_resumes = true);
    }

    /// Waits until `count` RESUMEs are held back.
    pub async fn wait_for_held_resumes(&self, count: usize) {
        self.state
            .wait("the bot to try resuming its gateway session", |inner| {
                (inner.gateway.held_resumes.len() >= count).then_some(())
            })
            .await;
    }

    /// Answers the RESUMEs held back, and every later one at once.
    pub fn release_resumes(&self) {
        self.state.with(gateway::release_resumes);
    }

    /// Asks the bot to reconnect (op 7 RECONNECT) on every shard, as Discord does before
    /// maintenance.
    pub fn request_reconnect(&self) {
        let frame = serde_json::json!({"op": 7, "d": null});
        self.take_connections(|| Outgoing::Frame(frame.clone()));
    }

    fn take_connections(&self, last: impl Fn() -> Outgoing) {
        self.state
            .with(|inner| inner.gateway.take_connections(last));
    }

    /// Waits until the gateway has seen `identifies` IDENTIFYs in total and every session
    /// is ready (READY sent).
    pub async fn wait_for_sessions(&self, identifies: u32) {
        self.state
            .wait("the bot to open a gateway session", |inner| {
                (inner.gateway.identifies >= identifies && inner.gateway.all_ready()).then_some(())
            })
            .await;
    }

    /// Waits until the gateway has seen `resumes` RESUMEs in total and every session is
    /// ready again.
    pub async fn wait_for_resumes(&self, resumes: u32) {
        self.state
            .wait("the bot to resume its gateway session", |inner| {
                (inner.gateway.resumes >= resumes && inner.gateway.all_ready()).then_some(())
            })
            .await;
    }

    /// From now on `GET /gateway/bot` recommends `shards` shards, and an IDENTIFY for fewer
    /// is closed with 4011 (Sharding required), as Discord does once a shard would hold
    /// more than 2,500 guilds. Call before the bot starts.
    pub fn require_shards(&self, shards: u32) {
        self.state.with(|inner| {
            inner.gateway.recommended = shards;
            inner.gateway.required = shards;
        });
    }

    /// From now on `GET /gateway/bot` recommends `shards` shards, but an IDENTIFY for fewer
    /// is still accepted: Discord's recommendation runs ahead of its requirement.
    pub fn recommend_shards(&self, shards: u32) {
        self.state.with(|inner| inner.gateway.recommended = shards);
    }

    /// Waits until shards `0..total` each have a ready session of `total` shards. serenity
    /// starts one shard every 5 seconds, so this waits 5 seconds a shard longer than usual.
    pub async fn wait_for_shards(&self, total: u32) {
        self.wait_for_shard_range(0..=total - 1, total).await;
    }

    /// Waits until shards `ids` of `total` each have a ready session: what one of several
    /// processes runs.
    pub async fn wait_for_shard_range(&self, ids: std::ops::RangeInclusive<u32>, total: u32) {
        let within = WAIT + Duration::from_secs(5) * (ids.end() - ids.start() + 1);
        self.state
            .wait_within(within, "every shard to open a gateway session", |inner| {
                let gateway = &inner.gateway;
                let all = ids
                    .clone()
                    .all(|id| gateway.sessions.get(&id).is_some_and(|s| s.ready));
                (gateway.total == total && all).then_some(())
            })
            .await;
    }

    /// The shards of `total` that have a ready session now, so that a caller can send each
    /// shard's guilds as it comes up, as Discord does after each READY.
    pub fn ready_shards(&self, total: u32) -> Vec<u32> {
        self.state.with(|inner| {
            let gateway = &inner.gateway;
            if gateway.total != total {
                return Vec::new();
            }
            (0..total)
                .filter(|id| gateway.sessions.get(id).is_some_and(|s| s.ready))
                .collect()
        })
    }

    /// Every IDENTIFY's `[shard, total]`, in order, refused ones included.
    pub fn identified(&self) -> Vec<[u32; 2]> {
        self.state.with(|inner| inner.gateway.identified.clone())
    }

    /// Every close code the gateway sent, in order.
    pub fn closes(&self) -> Vec<u16> {
        self.state.with(|inner| inner.gateway.closes.clone())
    }

    /// The shard a guild's events go to, for the shard count the bot identified with.
    pub fn shard_of(&self, guild: u64) -> u32 {
        self.state.with(|inner| inner.gateway.shard_of(Some(guild)))
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
    /// Closes the connection of the next `route` call without answering it.
    pub fn drop_next(&self, route: Route) {
        self.plan(route, FaultAction::Drop);
    }

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
        self.stop_listening();
        self.take_connections(|| Outgoing::Drop);
        if !std::thread::panicking() {
            self.assert_no_errors();
        }
    }
}
