//! Startup: command registration, and the test server's own guarantees that every other
//! end-to-end test relies on.

use std::time::Duration;

use heo_bot::StartError;
use poise::serenity_prelude::Permissions;
use serde_json::{Value, json};
use tempfile::TempDir;
use wiremock::MockServer;

use super::private_reply;
use crate::support::bot::{Bot, World};
use crate::support::discord::{FakeDiscord, Route, schema};

const MANAGE_GUILD: &str = "32";

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

/// The registration requests the test server answered, by status, oldest first.
fn registration_statuses(discord: &FakeDiscord) -> Vec<u16> {
    let requests = discord.requests().into_iter();
    let registrations = requests.filter(|r| r.route == Some(Route::RegisterCommands));
    registrations.map(|r| r.status).collect()
}

fn outage() -> Value {
    json!({"message": "500: Internal Server Error", "code": 0})
}

#[tokio::test]
async fn when_discord_refuses_the_command_registration_the_bot_stops_with_an_error() {
    let discord = FakeDiscord::start().await;
    let heo = MockServer::start().await;
    let db = TempDir::new().unwrap();
    let refusal = json!({
        "message": "Invalid Form Body",
        "code": 50035,
        "errors": {"0": {"name": {"_errors": [
            {"code": "APPLICATION_COMMAND_INVALID_NAME", "message": "Command name is invalid"}
        ]}}},
    });
    discord.fail_next(Route::RegisterCommands, 400, refusal);

    let bot = Bot::start(&discord, &heo, &db, &[]);
    let ended = bot.exit().await;
    assert!(matches!(ended, Err(StartError::Registration)), "{ended:?}");
    assert_eq!(
        registration_statuses(&discord),
        [400],
        "a refused command list is not sent again"
    );
}

#[tokio::test]
async fn a_registration_that_meets_a_discord_outage_once_is_retried_and_the_bot_runs_on() {
    let discord = FakeDiscord::start().await;
    let heo = MockServer::start().await;
    let db = TempDir::new().unwrap();
    discord.fail_next(Route::RegisterCommands, 500, outage());

    let bot = Bot::start(&discord, &heo, &db, &[]);
    discord.registration().await;
    let member = discord.guild(1).member(Permissions::MANAGE_GUILD);
    private_reply(&member, "/server history").await;
    assert_eq!(registration_statuses(&discord), [500, 200]);
    bot.stop().await.expect("the bot stops cleanly");
    discord.assert_no_errors();
}

#[tokio::test]
async fn a_registration_that_meets_an_outage_three_times_stops_the_bot_with_an_error() {
    let discord = FakeDiscord::start().await;
    let heo = MockServer::start().await;
    let db = TempDir::new().unwrap();
    for _ in 0..3 {
        discord.fail_next(Route::RegisterCommands, 500, outage());
    }

    let bot = Bot::start(&discord, &heo, &db, &[]);
    let ended = bot.exit().await;
    assert!(matches!(ended, Err(StartError::Registration)), "{ended:?}");
    assert_eq!(registration_statuses(&discord), [500, 500, 500]);
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
async fn an_unknown_route_answers_404_and_is_reported_to_the_test() {
    let world = World::start().await;
    let url = format!("{}/api/v10/channels/1/pins", world.discord.url());
    let response = reqwest::Client::new().post(url).send().await.unwrap();
    assert_eq!(response.status(), 404);
    let body: Value = response.json().await.unwrap();
    assert_eq!(body, json!({"message": "Unknown", "code": 0}));
    let errors = world.discord.take_errors();
    assert_eq!(errors, ["unknown route POST /api/v10/channels/1/pins"]);
}

#[test]
fn the_test_servers_guild_create_is_one_serenity_can_read() {
    // serenity drops an event it cannot read with no more than a debug line, so a drifted
    // payload would silently leave the benchmark's 10,000 guilds out of the bot's cache.
    let guild = crate::support::discord::payload::guild(5, 5001);
    let parsed: Result<poise::serenity_prelude::Guild, _> = serde_json::from_value(guild);
    let parsed = parsed.expect("serenity reads the test server's GUILD_CREATE");
    assert_eq!(parsed.id.get(), 5);
    assert_eq!(parsed.channels.len(), 1);
}

#[tokio::test]
async fn after_a_restart_commands_are_answered_while_the_registration_is_still_on_its_way() {
    // poise holds back every event until its setup returns, so registering inside the setup
    // held back the interactions (and the burst of GUILD_CREATEs) that came meanwhile.
    let world = World::start().await;
    let World {
        bot,
        discord,
        heo,
        db,
        ..
    } = world;
    bot.stop().await.expect("the bot stops cleanly");
    discord.delay_next(Route::RegisterCommands, Duration::from_secs(4));
    let bot = Bot::start(&discord, &heo, &db, &[]);
    discord.wait_for_sessions(2).await;

    let member = discord.guild(1).member(Permissions::MANAGE_GUILD);
    private_reply(&member, "/server history").await;
    assert_eq!(
        discord.registrations().len(),
        1,
        "answered before the new registration landed"
    );
    discord.wait_for_registrations(2).await;
    bot.stop().await.expect("the bot stops cleanly");
    discord.assert_no_errors();
}

/// Every string option of `option` and its sub-options, as (path, option).
fn string_options(path: &str, option: &Value, found: &mut Vec<(String, Value)>) {
    let path = format!("{path} {}", option["name"].as_str().unwrap_or("?"));
    if option["type"] == 3 {
        found.push((path.clone(), option.clone()));
    }
    for sub in option["options"].as_array().into_iter().flatten() {
        string_options(&path, sub, found);
    }
}

#[tokio::test]
async fn every_text_option_declares_a_length_limit_to_discord() {
    let world = World::start().await;
    let registration = world.discord.registration().await;
    let mut found = Vec::new();
    for command in &registration.commands {
        string_options("", command, &mut found);
    }
    assert!(found.len() >= 8, "{found:?}");
    for (path, option) in found {
        let limit = option["max_length"].as_u64();
        let expected = match path.rsplit(' ').next() {
            Some("name") if path.ends_with(" add name") => heo_bot::domain::MAX_SERVER_NAME_LEN,
            Some("warn") => heo_bot::domain::MAX_WARN_TEXT_LEN,
            Some("message") => heo_bot::domain::MAX_MESSAGE_CHARS,
            Some("console") if path.ends_with(" add console") => {
                heo_bot::domain::MAX_TEMPLATE_CHARS
            }
            // `/schedule`'s own options: a time, a number, a zone.
            Some("at" | "id") if path.contains("schedule ") => 20,
            Some("timezone" | "zone") if path.contains("schedule ") => 64,
            // A language's code, or `auto`.
            Some("language") if path.contains("language ") => 20,
            _ => heo_bot::domain::MAX_SERVER_ID_LEN,
        };
        assert_eq!(limit, Some(expected as u64), "{path}: {option:#}");
    }
}
