//! End-to-end: the real bot, started as `main` starts it, driven through the Discord test
//! server (`support::discord`) with a wiremock HEO behind it. One file per area; the helpers
//! every area shares are here.

mod audit;
mod audit_channel;
mod audit_refusals;
mod database;
mod faults;
mod guards;
mod guilds;
mod keys;
mod kill;
mod lifecycle;
mod logs;
mod power;
mod roles;
mod servers;
mod shutdown;
mod startup;

use poise::serenity_prelude::Permissions;
use serde_json::json;
use tempfile::TempDir;
use wiremock::{MockServer, ResponseTemplate};

use crate::support::bot::World;
use crate::support::discord::model::Message;
use crate::support::discord::{self, FakeDiscord, Member};
use crate::support::process::BotProcess;

/// Long enough (≥ 12 characters) that the bot shows its last four as a hint.
const KEY: &str = "heo-test-key-0001";
const POWER_PATH: &str = "/v1/hosting/game/power";

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

/// Links `key` through the `/link-key` modal, as an admin would; returns the confirmation.
async fn link_key(admin: &Member, key: &str) -> Message {
    let modal = admin.slash("/link-key").await.modal().await;
    let linked = modal.submit(&[key]).await.reply().await.message();
    assert!(
        linked.ephemeral,
        "the key confirmation is private: {linked:#?}"
    );
    assert!(
        linked.content.contains("is now linked"),
        "{}",
        linked.content
    );
    linked
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

/// Everything HEO has received so far, oldest first.
async fn sent_to_heo(heo: &MockServer) -> Vec<Sent> {
    let requests = heo
        .received_requests()
        .await
        .expect("request recording is on");
    requests
        .iter()
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

/// Runs the binary against the test servers with `settings` on top of the defaults, and
/// waits until it is ready.
async fn start_binary(
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
    let mut bot = BotProcess::spawn(&vars, dir.path());
    bot.wait_for_output("heo-bot is ready").await;
    bot
}
