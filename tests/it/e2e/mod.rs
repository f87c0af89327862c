//! End-to-end: the real bot, started as `main` starts it, driven through the Discord test
//! server (`support::discord`) with a wiremock HEO behind it. One file per area; the helpers
//! every area shares are here.

mod audit;
mod audit_channel;
mod audit_guilds_apart;
mod audit_posting;
mod audit_refusals;
mod countdown_outcomes;
mod countdowns;
mod database;
mod fair_share;
mod faults;
mod guards;
mod guilds;
mod health;
mod heo_status;
mod image;
mod keys;
mod kill;
mod languages;
mod lifecycle;
mod logs;
mod metrics;
mod panel_warnings;
mod panels;
mod power;
mod roles;
mod scale_out;
mod scheduled_runs;
mod schedules;
mod server_logs;
mod servers;
mod shards;
mod shutdown;
mod startup;
mod tour;
mod weather_running;
mod weather_start;

use poise::serenity_prelude::Permissions;
use serde_json::json;
use tempfile::TempDir;
use wiremock::matchers::method;
use wiremock::{Mock, MockServer, ResponseTemplate};

use crate::support::bot::World;
use crate::support::discord::model::{Message, ResponseKind};
use crate::support::discord::{self, FakeDiscord, Interaction, Member, Reply};
use crate::support::process::BotProcess;

/// Long enough (≥ 12 characters) that the bot shows its last four as a hint.
const KEY: &str = "heo-test-key-0001";
const POWER_PATH: &str = "/v1/hosting/game/power";
/// Lets one member send actions back to back.
const NO_COOLDOWN: (&str, &str) = ("POWER_COOLDOWN_SECS", "0");

/// HEO's documented success.
fn accepted() -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_json(json!({
        "success": true,
        "action": "restart",
        "server_id": "srv_1",
        "status": "requested",
        "message": "Restart action sent",
    }))
}

/// A new member of guild `guild` with Manage Server.
fn admin(world: &World, guild: u64) -> Member {
    world.discord.guild(guild).member(Permissions::MANAGE_GUILD)
}

/// Makes HEO accept every power action.
async fn mount_accepted(heo: &MockServer) {
    Mock::given(method("POST"))
        .respond_with(accepted())
        .mount(heo)
        .await;
}

/// Guild 1's admin, once they have linked [`KEY`].
async fn linked_admin(discord: &FakeDiscord) -> Member {
    let admin = discord.guild(1).member(Permissions::MANAGE_GUILD);
    link_key(&admin, KEY).await;
    admin
}

/// Starts a world with `settings`, HEO accepting every action and guild 1's key linked;
/// returns guild 1's admin.
async fn start_linked(settings: &[(&str, &str)]) -> (World, Member) {
    let world = World::start_with(settings).await;
    mount_accepted(&world.heo).await;
    let admin = linked_admin(&world.discord).await;
    (world, admin)
}

/// Guild 1's admin with [`KEY`] linked, HEO accepting every call (console commands too: their
/// success is the same `{"success": true, …}`) and no member cooldown, on a clock standing at
/// `start` that only the returned hand moves.
async fn start_linked_driven(
    start: chrono::DateTime<chrono::Utc>,
) -> (World, Member, heo_bot::clock::DrivenClock) {
    let (world, hand) = World::start_driven(&[NO_COOLDOWN], start).await;
    mount_accepted(&world.heo).await;
    let admin = linked_admin(&world.discord).await;
    (world, admin, hand)
}

/// Submits `key` through the `/link-key` modal; returns the answer, which is private.
async fn submit_key(admin: &Member, key: &str) -> Message {
    let modal = admin.slash("/link-key").await.modal().await;
    let answer = modal.submit(&[key]).await.reply().await.message();
    assert!(answer.ephemeral, "the key's answer is private: {answer:#?}");
    answer
}

/// Links `key` through the `/link-key` modal, as an admin would; returns the confirmation.
async fn link_key(admin: &Member, key: &str) -> Message {
    let linked = submit_key(admin, key).await;
    assert_contains(&linked.content, "is now linked");
    linked
}

/// Runs `command` and returns its reply's text, public or private.
async fn reply_text(member: &Member, command: &str) -> String {
    member.slash(command).await.reply().await.message().content
}

/// Runs `command` and returns its private reply's text.
async fn private_reply(member: &Member, command: &str) -> String {
    let reply = member.slash(command).await.reply().await.message();
    assert!(
        reply.ephemeral,
        "{command}: only the member sees it: {reply:#?}"
    );
    reply.content
}

/// Runs `command`, checks it was deferred publicly, and returns the public reply.
async fn public_reply(member: &Member, command: &str) -> Message {
    let run = member.slash(command).await;
    let ack = run.response().await;
    assert_eq!(ack.kind, ResponseKind::Defer, "{command}: {ack:#?}");
    assert!(!ack.ephemeral, "{command}: the defer is public");
    let reply = run.reply().await.message();
    assert!(!reply.ephemeral, "{command}: the channel sees the outcome");
    reply
}

/// Runs a power command that must go through; returns the channel's reply.
async fn requested(member: &Member, command: &str) -> Message {
    let reply = public_reply(member, command).await;
    assert!(
        reply.content.contains("requested"),
        "{command}: {}",
        reply.content
    );
    reply
}

/// The answer `run` got straight away, without a defer: a private message.
async fn private_answer(run: &Interaction) -> Message {
    let response = run.response().await;
    assert_eq!(response.kind, ResponseKind::Message, "{response:#?}");
    assert!(response.ephemeral, "only the member sees it: {response:#?}");
    let answer = run.reply().await.message();
    assert!(answer.ephemeral, "{answer:#?}");
    answer
}

/// Opens the kill prompt for `server` and returns it as first shown: private, with Kill
/// and Cancel.
async fn kill_prompt(member: &Member, server: &str) -> Reply {
    let kill = member.slash(&format!("/server kill server:{server}")).await;
    let shown = private_answer(&kill).await;
    let labels: Vec<_> = shown.buttons().into_iter().map(|b| b.label).collect();
    assert_eq!(labels, ["Kill", "Cancel"], "{shown:#?}");
    kill.reply().await
}

/// Fails, showing `text`, if `text` does not contain `part`.
#[track_caller]
fn assert_contains(text: &str, part: &str) {
    assert!(text.contains(part), "{part:?} is not in: {text}");
}

/// A request HEO received, reduced to what the contract says about it.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Sent {
    method: String,
    path: String,
    query: Option<String>,
    authorization: Option<String>,
}

impl Sent {
    /// A `POST` of `action` on `server` with `key`, `force=true` for a kill only.
    fn power(server: &str, action: &str, key: &str) -> Self {
        Self {
            method: "POST".into(),
            path: format!("{POWER_PATH}/{server}/{action}"),
            query: (action == "kill").then(|| "force=true".into()),
            authorization: Some(format!("Bearer {key}")),
        }
    }
}

/// Everything HEO has received so far, oldest first, but its status page: the bot asks
/// that after a failure HEO's own trouble may explain (`heo_status.rs` counts those asks).
async fn sent_to_heo(heo: &MockServer) -> Vec<Sent> {
    let requests = heo
        .received_requests()
        .await
        .expect("request recording is on");
    requests
        .iter()
        .filter(|r| r.url.path() != "/v1/status")
        .map(|r| Sent {
            method: r.method.to_string(),
            path: r.url.path().to_owned(),
            query: r.url.query().map(str::to_owned),
            authorization: r
                .headers
                .get("authorization")
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned),
        })
        .collect()
}

/// Fails unless HEO has received exactly `expected`, in that order.
async fn assert_sent(heo: &MockServer, expected: &[Sent]) {
    assert_eq!(sent_to_heo(heo).await, expected, "what HEO received");
}

/// Stops the bot cleanly, as on SIGTERM (it waits for the actions under way), then fails
/// unless HEO received exactly `expected`, in that order, or Discord saw an error. Read only
/// after the stop: a look while the bot runs would miss a send it makes late, in the
/// background, and dropping the world aborts the bot before such a send.
async fn assert_sent_by_the_stop(world: World, expected: &[Sent]) {
    let World {
        bot, discord, heo, ..
    } = world;
    bot.stop().await.expect("the bot stops cleanly");
    assert_sent(&heo, expected).await;
    discord.assert_no_errors();
}

/// Fails if `text` holds any five characters in a row of `secret`: a key may show at most
/// its last four.
fn assert_no_secret(text: &str, secret: &str) {
    let chars: Vec<char> = secret.chars().collect();
    for window in chars.windows(5) {
        let part: String = window.iter().collect();
        assert!(
            !text.contains(&part),
            "{part:?} of a secret is shown in: {text}"
        );
    }
}

/// The real binary, started as `main` starts it, with its own Discord, HEO and folder.
struct Binary {
    discord: FakeDiscord,
    heo: MockServer,
    dir: TempDir,
    bot: BotProcess,
}

impl Binary {
    /// Starts the binary with HEO accepting every action and guild 1's key linked; returns
    /// it and guild 1's admin.
    async fn start_linked() -> (Self, Member) {
        let discord = FakeDiscord::start().await;
        let heo = MockServer::start().await;
        mount_accepted(&heo).await;
        let dir = TempDir::new().expect("a temporary directory");
        let bot = start_binary(&discord, &heo, &dir, &[]).await;
        let admin = linked_admin(&discord).await;
        let binary = Self {
            discord,
            heo,
            dir,
            bot,
        };
        (binary, admin)
    }
}

/// Runs the binary against the test servers with `settings` on top of the defaults, and
/// waits until it is ready.
async fn start_binary(
    discord: &FakeDiscord,
    heo: &MockServer,
    dir: &TempDir,
    settings: &[(&str, &str)],
) -> BotProcess {
    let mut bot = spawn_binary(discord, heo, dir, settings);
    bot.wait_for_output("heo-bot is ready").await;
    bot
}

/// Runs the binary against the test servers with `settings` on top of the defaults, in `dir`
/// and on its `heo-bot.db`.
fn spawn_binary(
    discord: &FakeDiscord,
    heo: &MockServer,
    dir: &TempDir,
    settings: &[(&str, &str)],
) -> BotProcess {
    let database = format!("sqlite://{}", dir.path().join("heo-bot.db").display());
    let (discord_url, heo_url) = (discord.url(), heo.uri());
    let mut vars = vec![
        ("DISCORD_TOKEN", discord::TOKEN),
        ("DISCORD_API_URL", discord_url.as_str()),
        ("HEO_API_URL", heo_url.as_str()),
        ("DATABASE_URL", database.as_str()),
    ];
    vars.extend_from_slice(settings);
    BotProcess::spawn(&vars, dir.path())
}
