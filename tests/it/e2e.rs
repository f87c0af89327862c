//! End-to-end: the real bot, started as `main` starts it, driven through the Discord test
//! server (`support::discord`) with a wiremock HEO behind it.

use std::time::Duration;

use heo_bot::StartError;
use poise::serenity_prelude::Permissions;
use serde_json::{Value, json};
use tempfile::TempDir;
use wiremock::matchers::{header, method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

use crate::support::bot::{Bot, World};
use crate::support::discord::model::{ACK_DEADLINE, ResponseKind};
use crate::support::discord::{FakeDiscord, Member, Route, schema};

const KEY: &str = "heo-test-key-0001";
const MANAGE_GUILD: &str = "32";

fn accepted() -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_json(json!({"success": true, "server_id": "srv_1"}))
}

/// Links `key` through the `/link-key` modal, as an admin would.
async fn link_key(admin: &Member, key: &str) {
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
}

fn named<'a>(list: &'a Value, name: &str) -> &'a Value {
    let found = list
        .as_array()
        .and_then(|all| all.iter().find(|c| c["name"] == name));
    found.unwrap_or_else(|| panic!("no {name:?} in {list:#}"))
}

#[tokio::test]
async fn startup_registers_server_link_key_and_unlink_key_for_manage_server_only() {
    let world = World::start().await;
    let registration = world.discord.registration().await;

    assert_eq!(
        registration.guild, None,
        "without DEV_GUILD_ID commands are global"
    );
    let commands = Value::Array(registration.commands);
    for name in ["server", "link-key", "unlink-key"] {
        let command = named(&commands, name);
        assert_eq!(
            command["default_member_permissions"], MANAGE_GUILD,
            "{name}"
        );
        let description = command["description"].as_str().unwrap();
        assert!(
            (1..=100).contains(&description.len()),
            "{name}: {description:?}"
        );
    }
    let server = named(&commands, "server");
    for action in ["start", "stop", "restart", "kill"] {
        let sub = named(&server["options"], action);
        assert_eq!(sub["type"], 1, "{action} is a subcommand");
        let target = named(&sub["options"], "server");
        assert_eq!(
            (&target["type"], &target["required"]),
            (&json!(3), &json!(true))
        );
    }
    let force = named(&named(&server["options"], "kill")["options"], "force");
    assert_eq!(force["type"], 5, "force is a boolean");
    assert_ne!(force["required"], true, "force is optional");
    for name in ["link-key", "unlink-key"] {
        let options = named(&commands, name)["options"].as_array().cloned();
        assert_eq!(
            options.unwrap_or_default(),
            Vec::<Value>::new(),
            "{name} takes no options"
        );
    }
    world.discord.assert_no_errors();
}

#[tokio::test]
async fn a_key_linked_through_the_modal_is_used_for_a_public_server_restart() {
    let world = World::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/hosting/game/power/srv_1/restart"))
        .and(header("authorization", format!("Bearer {KEY}").as_str()))
        .respond_with(accepted())
        .expect(1)
        .mount(&world.heo)
        .await;
    let admin = world.discord.guild(1).member(Permissions::MANAGE_GUILD);
    link_key(&admin, KEY).await;

    let restart = admin.slash("/server restart server:srv_1").await;
    let ack = restart.response().await;
    assert_eq!(
        ack.kind,
        ResponseKind::Defer,
        "acknowledged before HEO is called"
    );
    assert!(!ack.ephemeral, "the defer is public");
    let reply = restart.reply().await.message();
    assert!(!reply.ephemeral, "the channel sees the outcome");
    assert!(
        reply.content.contains("Restart requested"),
        "{}",
        reply.content
    );
    assert!(reply.content.contains("srv_1"), "{}", reply.content);
    world.discord.assert_no_errors();
}

#[tokio::test]
async fn a_provider_slower_than_discords_deadline_still_gets_the_interaction_acknowledged() {
    let world = World::start().await;
    let slow = accepted().set_delay(ACK_DEADLINE + Duration::from_millis(500));
    Mock::given(method("POST"))
        .and(path("/v1/hosting/game/power/srv_1/start"))
        .respond_with(slow)
        .expect(1)
        .mount(&world.heo)
        .await;
    let admin = world.discord.guild(1).member(Permissions::MANAGE_GUILD);
    link_key(&admin, KEY).await;

    let start = admin.slash("/server start server:srv_1").await;
    let ack = start.response().await;
    let sent_at = start.record().sent_at;
    assert!(
        ack.at - sent_at < Duration::from_secs(1),
        "acknowledged after {:?}",
        ack.at - sent_at
    );
    let reply = start.reply().await.message();
    assert!(
        reply.content.contains("Start requested"),
        "{}",
        reply.content
    );
    let shown_at = reply.edits.last().copied().unwrap_or(reply.created_at);
    assert!(
        shown_at - sent_at > ACK_DEADLINE,
        "the reply came after HEO answered"
    );
    world.discord.assert_no_errors();
}

#[tokio::test]
async fn confirming_a_kill_prompt_sends_exactly_one_forced_kill_and_tells_the_channel() {
    let world = World::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/hosting/game/power/srv_1/kill"))
        .and(query_param("force", "true"))
        .and(header("authorization", format!("Bearer {KEY}").as_str()))
        .respond_with(accepted())
        .expect(1)
        .mount(&world.heo)
        .await;
    let admin = world.discord.guild(1).member(Permissions::MANAGE_GUILD);
    link_key(&admin, KEY).await;

    let kill = admin.slash("/server kill server:srv_1").await;
    assert_eq!(kill.response().await.kind, ResponseKind::Message);
    let prompt = kill.reply().await;
    let shown = prompt.message();
    assert!(shown.ephemeral, "only the invoker sees the prompt");
    let labels: Vec<_> = shown
        .buttons()
        .into_iter()
        .map(|b| (b.label, b.style, b.disabled))
        .collect();
    assert_eq!(
        labels,
        [("Kill".into(), 4, false), ("Cancel".into(), 2, false)]
    );
    assert!(
        world.heo.received_requests().await.unwrap().is_empty(),
        "nothing sent before Confirm"
    );

    let confirm = prompt.click("Kill").await;
    assert_eq!(confirm.response().await.kind, ResponseKind::Update);
    let closed = prompt.message();
    assert!(closed.buttons().iter().all(|b| b.disabled), "{closed:#?}");
    let outcome = confirm.reply().await.message();
    assert!(!outcome.ephemeral, "the channel sees the kill");
    assert!(
        outcome.content.contains("Kill requested"),
        "{}",
        outcome.content
    );
    assert_eq!(world.heo.received_requests().await.unwrap().len(), 1);
    world.discord.assert_no_errors();
}

#[tokio::test]
async fn after_the_gateway_drops_the_bot_resumes_and_still_answers() {
    let world = World::start().await;
    let admin = world.discord.guild(1).member(Permissions::MANAGE_GUILD);
    let before = admin.slash("/unlink-key").await.reply().await.message();
    assert!(
        before.content.contains("nothing to remove"),
        "{}",
        before.content
    );

    world.discord.drop_gateway();
    world.discord.wait_for_resumes(1).await;
    let after = admin.slash("/unlink-key").await.reply().await.message();
    assert!(
        after.content.contains("nothing to remove"),
        "{}",
        after.content
    );

    world.discord.request_reconnect();
    world.discord.wait_for_resumes(2).await;
    let again = admin.slash("/unlink-key").await.reply().await.message();
    assert!(
        again.content.contains("nothing to remove"),
        "{}",
        again.content
    );
    assert_eq!(
        world.discord.sessions(),
        (1, 2),
        "one IDENTIFY, then only RESUMEs"
    );
    world.discord.assert_no_errors();
}

#[test]
fn the_test_server_names_the_schema_path_a_body_breaks() {
    let callback = "/interactions/{interaction_id}/{interaction_token}/callback";
    let good = json!({"type": 4, "data": {"content": "hi", "flags": 64}});
    schema::check_request("POST", callback, &good).expect("a valid reply");

    let long = json!({"type": 4, "data": {"content": "x".repeat(2001)}});
    let mismatch = schema::check_request("POST", callback, &long).unwrap_err();
    assert_eq!(mismatch.at, "/data/content");
    assert!(
        mismatch.schema_path.ends_with("/content/maxLength"),
        "{mismatch}"
    );

    let button = json!({"type": 4, "data": {"components": [
        {"type": 1, "components": [{"type": 2, "style": 9, "label": "x", "custom_id": "a"}]}
    ]}});
    let mismatch = schema::check_request("POST", callback, &button).unwrap_err();
    assert!(mismatch.at.ends_with("/style"), "{mismatch}");
}

#[tokio::test]
async fn when_discord_refuses_the_first_reply_the_member_still_gets_an_answer() {
    let world = World::start().await;
    let unknown = json!({"message": "Unknown interaction", "code": 10062});
    world.discord.fail_next(Route::Callback, 404, unknown);
    let admin = world.discord.guild(1).member(Permissions::MANAGE_GUILD);

    let unlink = admin.slash("/unlink-key").await;
    let reply = unlink.reply().await.message();
    assert!(reply.ephemeral);
    assert!(
        reply.content.contains("Something went wrong"),
        "{}",
        reply.content
    );
    world.discord.assert_no_errors();
}

#[tokio::test]
async fn an_unknown_route_answers_404_and_is_reported_to_the_test() {
    let world = World::start().await;
    let url = format!("{}/api/v10/channels/1/messages", world.discord.url());
    let response = reqwest::Client::new().post(url).send().await.unwrap();
    assert_eq!(response.status(), 404);
    let body: Value = response.json().await.unwrap();
    assert_eq!(body, json!({"message": "Unknown", "code": 0}));
    let errors = world.discord.take_errors();
    assert_eq!(errors, ["unknown route POST /api/v10/channels/1/messages"]);
}

#[tokio::test]
async fn when_discord_refuses_the_command_registration_the_bot_stops_with_an_error() {
    let discord = FakeDiscord::start().await;
    let heo = MockServer::start().await;
    let db = TempDir::new().unwrap();
    let outage = json!({"message": "500: Internal Server Error", "code": 0});
    discord.fail_next(Route::RegisterCommands, 500, outage);

    let bot = Bot::start(&discord, &heo, &db, &[]);
    let ended = bot.exit().await;
    assert!(matches!(ended, Err(StartError::Registration)), "{ended:?}");
}
