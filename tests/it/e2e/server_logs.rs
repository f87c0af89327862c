//! `/server logs`: a game server's latest log, privately, through the real bot: a code block
//! or an attachment, made safe to show, and the permission and key scope it needs.

use poise::serenity_prelude::Permissions;
use serde_json::json;
use wiremock::matchers::{header, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

use super::{KEY, assert_contains, assert_no_secret, linked_admin, private_reply, start_linked};
use crate::support::bot::World;
use crate::support::discord::Member;
use crate::support::discord::model::{Message, ResponseKind};

const LOG_PATH: &str = "/v1/hosting/game/logs/srv_1/latest";
const LOGGERS: u64 = 7101;
/// A member `/server` was opened to, without Manage Server.
const PLAIN: Permissions = Permissions::USE_APPLICATION_COMMANDS;

/// HEO answers srv_1's log request, made with [`KEY`], with `log`.
async fn mount_log(heo: &MockServer, log: &str) {
    Mock::given(method("GET"))
        .and(path(LOG_PATH))
        .and(header("authorization", format!("Bearer {KEY}").as_str()))
        .respond_with(ResponseTemplate::new(200).set_body_string(log))
        .mount(heo)
        .await;
}

/// Runs `command`; checks it was acknowledged privately; returns the private answer.
async fn logs(member: &Member, command: &str) -> Message {
    let run = member.slash(command).await;
    let ack = run.response().await;
    assert!(ack.ephemeral, "{command}: private: {ack:#?}");
    let answer = run.reply().await.message();
    assert!(answer.ephemeral, "{command}: {answer:#?}");
    answer
}

#[tokio::test]
async fn a_short_log_is_a_private_code_block_without_escape_codes_or_a_way_out() {
    let world = World::start_with(&[]).await;
    let admin = linked_admin(&world.discord).await;
    let log = "boot\n\u{1b}[32m[INFO]\u{1b}[0m Done\u{1b}]0;title\u{7}\n\
               <player> ``` @everyone <@&1> hi\u{0}\nlast\n";
    mount_log(&world.heo, log).await;

    let answer = logs(&admin, "/server logs server:srv_1 lines:3").await;
    let expected = "📜 The last 3 lines of the latest log of `srv_1`:\n```\n[INFO] Done\n\
                    <player> ˋˋˋ @everyone <@&1> hi\nlast\n```";
    assert_eq!(answer.content, expected);
    assert_eq!(answer.content.matches("```").count(), 2, "only the fences");
    assert!(answer.attachments.is_empty());
    // Allowed mentions are checked on every message by the test server.
    world.discord.assert_no_errors();
}

#[tokio::test]
async fn a_long_log_is_attached_with_its_last_lines() {
    let world = World::start_with(&[]).await;
    let admin = linked_admin(&world.discord).await;
    let log: String = (1..=2000)
        .map(|n| format!("\u{1b}[1mline {n}\u{1b}[0m\n"))
        .collect();
    mount_log(&world.heo, &log).await;

    let answer = logs(&admin, "/server logs server:srv_1 lines:500").await;
    assert_contains(&answer.content, "The last 500 lines");
    assert_contains(&answer.content, "are attached");
    let [file] = answer.attachments.as_slice() else {
        panic!("one file: {answer:#?}");
    };
    assert_eq!(file.filename, "srv_1-latest.log");
    let text = String::from_utf8(file.bytes.clone()).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 500);
    assert_eq!(lines[0], "line 1501");
    assert_eq!(lines[499], "line 2000");
    world.discord.assert_no_errors();
}

#[tokio::test]
async fn a_key_without_the_logs_scope_is_told_it_lacks_game_logs_read() {
    let world = World::start_with(&[]).await;
    let admin = linked_admin(&world.discord).await;
    Mock::given(method("GET"))
        .and(path(LOG_PATH))
        .respond_with(ResponseTemplate::new(403).set_body_json(json!({
            "success": false, "error": "insufficient_scope", "message": "read scope only",
        })))
        .mount(&world.heo)
        .await;

    let answer = logs(&admin, "/server logs server:srv_1").await;
    assert_contains(&answer.content, "Could not read the log");
    assert_contains(&answer.content, "`game-logs:read`");
    assert!(!answer.content.contains("power"), "{}", answer.content);
    assert_no_secret(&answer.content, KEY);
    world.discord.assert_no_errors();
}

#[tokio::test]
async fn only_a_role_granted_logs_or_manage_server_may_read_logs_once_roles_are_granted() {
    let (world, admin) = start_linked(&[]).await;
    mount_log(&world.heo, "hello\n").await;
    let granted = private_reply(
        &admin,
        &format!("/power-role grant action:logs role:<@&{LOGGERS}>"),
    )
    .await;
    assert_contains(&granted, "may now **read** game servers' logs");
    let guild = world.discord.guild(1);
    let reader = guild.member_with_roles(PLAIN, &[LOGGERS]);
    let outsider = guild.member(PLAIN);

    let read = logs(&reader, "/server logs server:srv_1").await;
    assert_contains(&read.content, "```\nhello\n```");

    let run = outsider.slash("/server logs server:srv_1").await;
    let refused = run.response().await;
    assert_eq!(refused.kind, ResponseKind::Message, "refused at once");
    let text = run.reply().await.message().content;
    assert_contains(
        &text,
        "You need the role <@&7101> to read game servers' logs",
    );
    assert_contains(&text, "Manage Server");
    let requests = world.heo.received_requests().await.unwrap();
    let asked = requests.iter().filter(|r| r.url.path() == LOG_PATH).count();
    assert_eq!(asked, 1, "only the reader's request reached HEO");

    let list = private_reply(&admin, "/power-role list").await;
    assert_contains(&list, "- `logs`: <@&7101>");
    world.discord.assert_no_errors();
}
