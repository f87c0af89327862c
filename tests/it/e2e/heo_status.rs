//! HEO's own status (`GET /v1/status`): added to a power failure HEO's trouble may explain,
//! asked at most once a minute, and shown by `/heo status` to anyone.

use poise::serenity_prelude::Permissions;
use serde_json::{Value, json};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

use super::{NO_COOLDOWN, assert_contains, kill_prompt, linked_admin, private_reply, public_reply};
use crate::support::bot::World;

const STATUS_PATH: &str = "/v1/status";

/// HEO answers every power action 502 `provider_error`.
async fn mount_bad_gateway(heo: &MockServer) {
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(502).set_body_json(json!({
            "success": false, "error": "provider_error", "message": "Failed to send action",
        })))
        .mount(heo)
        .await;
}

/// HEO's status page answers `status` with `body`.
async fn mount_status(heo: &MockServer, status: u16, body: Value) {
    Mock::given(method("GET"))
        .and(path(STATUS_PATH))
        .respond_with(ResponseTemplate::new(status).set_body_json(body))
        .mount(heo)
        .await;
}

/// How many times HEO's status page was asked.
async fn status_asked(heo: &MockServer) -> usize {
    let requests = heo.received_requests().await.expect("recording is on");
    requests
        .iter()
        .filter(|r| r.url.path() == STATUS_PATH)
        .count()
}

#[tokio::test]
async fn a_power_failure_says_what_heo_reports_and_asks_it_once_for_two_failures() {
    let world = World::start_with(&[NO_COOLDOWN]).await;
    mount_bad_gateway(&world.heo).await;
    let disrupted =
        json!({"status": "disrupted", "disrupted": ["game-power", {"name": "eu-west"}]});
    mount_status(&world.heo, 200, disrupted).await;
    let admin = linked_admin(&world.discord).await;

    for command in ["/server restart server:srv_1", "/server start server:srv_2"] {
        let reply = public_reply(&admin, command).await.content;
        assert_contains(&reply, "could not pass the action on");
        assert_contains(
            &reply,
            "HEO's status page reports a disruption affecting `game-power`, `eu-west`.",
        );
    }
    assert_eq!(
        status_asked(&world.heo).await,
        1,
        "asked once a minute at most"
    );
    world.discord.assert_no_errors();
}

#[tokio::test]
async fn a_confirmed_kill_that_fails_says_what_heo_reports_too() {
    let world = World::start_with(&[]).await;
    mount_bad_gateway(&world.heo).await;
    let maintenance = json!({"status": "maintenance", "maintenance": ["eu-west"]});
    mount_status(&world.heo, 200, maintenance).await;
    let admin = linked_admin(&world.discord).await;

    let prompt = kill_prompt(&admin, "srv_1").await;
    let outcome = prompt.click("Kill").await.reply().await.message();
    assert_contains(&outcome.content, "could not pass the action on");
    assert_contains(
        &outcome.content,
        "HEO's status page reports maintenance affecting `eu-west`.",
    );
    world.discord.assert_no_errors();
}

#[tokio::test]
async fn a_power_failure_says_nothing_more_while_heo_reports_everything_up() {
    let world = World::start_with(&[]).await;
    mount_bad_gateway(&world.heo).await;
    mount_status(&world.heo, 200, json!({"status": "up"})).await;
    let admin = linked_admin(&world.discord).await;

    let reply = public_reply(&admin, "/server restart server:srv_1")
        .await
        .content;
    assert_contains(&reply, "could not pass the action on");
    assert!(!reply.contains("status page reports"), "{reply}");
    assert_eq!(status_asked(&world.heo).await, 1);
    world.discord.assert_no_errors();
}

#[tokio::test]
async fn a_failure_heo_cannot_explain_does_not_ask_its_status() {
    let world = World::start_with(&[]).await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(401))
        .mount(&world.heo)
        .await;
    let admin = linked_admin(&world.discord).await;

    let reply = public_reply(&admin, "/server restart server:srv_1")
        .await
        .content;
    assert_contains(&reply, "rejected");
    assert_eq!(status_asked(&world.heo).await, 0);
    world.discord.assert_no_errors();
}

#[tokio::test]
async fn any_member_sees_heo_status_privately_in_plain_words() {
    let world = World::start_with(&[]).await;
    let member = world.discord.guild(1).member(Permissions::empty());
    let maintenance = json!({"status": "maintenance", "maintenance": [{"service": "consoles"}]});
    mount_status(&world.heo, 200, maintenance).await;

    let text = private_reply(&member, "/heo status").await;
    assert_eq!(text, "🔧 HEO reports maintenance affecting `consoles`.");
    world.discord.assert_no_errors();
}

#[tokio::test]
async fn heo_status_says_when_heo_does_not_know_or_answers_oddly() {
    let world = World::start_with(&[]).await;
    let member = world.discord.guild(1).member(Permissions::empty());
    mount_status(&world.heo, 503, json!({"status": "error"})).await;
    let text = private_reply(&member, "/heo status").await;
    assert_contains(&text, "does not know its own status");
    world.discord.assert_no_errors();
}

#[tokio::test]
async fn the_heo_command_is_open_to_everyone() {
    let world = World::start_with(&[]).await;
    let registration = world.discord.registration().await;
    let heo = registration
        .commands
        .iter()
        .find(|c| c["name"] == "heo")
        .expect("/heo is registered");
    assert!(heo["default_member_permissions"].is_null(), "{heo:#}");
}
