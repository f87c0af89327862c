//! A visit to everything a member can make the bot say: every command, the kill prompt, a
//! panel, a countdown, the audit channel, the key's form, refusals and HEO's failures. The
//! pseudo-locale test runs it and reads every text the bot sent on the way.

use poise::serenity_prelude::Permissions;
use serde_json::Value;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

use super::KEY;
use crate::support::bot::World;
use crate::support::discord::{Interaction, Member};

/// What the tour types, or HEO answers, that the bot echoes back as data.
pub const DATA: &[&str] = &[
    "srv_bad",
    "srv_1",
    "srv_2",
    "mc",
    "line one",
    "line two",
    "Europe/Berlin",
    "UTC",
    "say",
    // The warning message the tour types for the players.
    "back",
];
const AUDIT_CHANNEL: u64 = 5601;
const ROLE: u64 = 5602;

/// Waits for `run`'s reply, whatever it is.
async fn answered(run: Interaction) -> Interaction {
    run.reply().await;
    run
}

/// Runs `command` as `member` and waits for its reply.
async fn say(member: &Member, command: &str) -> Interaction {
    answered(member.slash(command).await).await
}

/// Clicks the `index`th button of the message `run` answered with; waits for the click's
/// first answer (an update of that message, or a reply).
async fn click(member: &Member, run: &Interaction, index: usize) -> Interaction {
    let shown = run.reply().await.message();
    let label = shown.buttons()[index].label.clone();
    let click = member.click_as_seen(&shown, &label).await;
    click.response().await;
    click
}

pub async fn visit_everything(world: &World, admin: &Member, plain: &Member) {
    keys(admin).await;
    power(world, admin).await;
    names_and_history(admin).await;
    roles(admin, plain).await;
    audit_channel(world, admin).await;
    panel(world, admin).await;
    countdown(world, admin).await;
    schedules(admin).await;
    mistakes(world, admin).await;
}

async fn keys(admin: &Member) {
    let modal = admin.slash("/link-key").await.modal().await;
    answered(modal.submit(&[KEY]).await).await;
    let modal = admin.slash("/link-key").await.modal().await;
    answered(modal.submit(&["short"]).await).await;
}

async fn power(world: &World, admin: &Member) {
    say(admin, "/server start server:srv_1").await;
    say(admin, "/server stop server:srv_1").await;
    say(admin, "/server restart server:srv_1").await;
    let cancelled = say(admin, "/server kill server:srv_1").await;
    click(admin, &cancelled, 1).await;
    let killed = say(admin, "/server kill server:srv_1").await;
    let confirm = click(admin, &killed, 0).await;
    confirm.followup(0).await;
    say(admin, "/server kill server:srv_1 force:true").await;
    say(admin, "/server logs server:srv_1").await;
    say(admin, "/heo status").await;
    say(admin, "/language show").await;
    let _ = world;
}

async fn names_and_history(admin: &Member) {
    say(admin, "/server add id:srv_2 name:mc").await;
    say(admin, "/server list").await;
    admin
        .autocomplete("/server start server:m", "server")
        .await
        .choices()
        .await;
    say(admin, "/server history").await;
    say(admin, "/server history refusals:true").await;
    say(admin, "/server history server:mc").await;
    say(admin, "/server remove server:mc").await;
}

async fn roles(admin: &Member, plain: &Member) {
    say(admin, "/power-role list").await;
    say(
        admin,
        &format!("/power-role grant action:start role:<@&{ROLE}>"),
    )
    .await;
    say(
        admin,
        &format!("/power-role grant action:logs role:<@&{ROLE}>"),
    )
    .await;
    say(admin, "/power-role list").await;
    say(plain, "/server start server:srv_1").await;
    say(plain, "/server logs server:srv_1").await;
    say(
        admin,
        &format!("/power-role revoke action:start role:<@&{ROLE}>"),
    )
    .await;
    say(
        admin,
        &format!("/power-role revoke action:kill role:<@&{ROLE}>"),
    )
    .await;
}

async fn audit_channel(world: &World, admin: &Member) {
    say(admin, &format!("/audit-channel channel:<#{AUDIT_CHANNEL}>")).await;
    say(admin, "/server restart server:srv_1").await;
    world.discord.wait_for_posts(AUDIT_CHANNEL, 2).await;
    say(admin, "/audit-channel").await;
}

async fn panel(world: &World, admin: &Member) {
    say(admin, "/server panel server:srv_1").await;
    let posted = world
        .discord
        .wait_for_post(admin.channel, "a panel", |m| m.buttons().len() == 4)
        .await;
    let start = posted.message().buttons()[0].label.clone();
    answered(posted.click(admin, &start).await).await;
    let edits = posted.message().edits.len();
    posted
        .wait_until("the panel shows the start", |m| m.edits.len() > edits)
        .await;
    let kill = posted.message().buttons()[3].label.clone();
    posted.click(admin, &kill).await.response().await;
    say(admin, "/server panel server:srv_1 remove:true").await;
}

async fn countdown(world: &World, admin: &Member) {
    say(admin, "/server restart server:srv_1 warn:1m message:back").await;
    let posted = world
        .discord
        .wait_for_post(admin.channel, "a countdown", |m| m.buttons().len() == 1)
        .await;
    let abort = posted.message().buttons()[0].label.clone();
    posted.click(admin, &abort).await.response().await;
    posted
        .wait_until("the countdown is aborted", |m| m.buttons().is_empty())
        .await;
}

async fn schedules(admin: &Member) {
    say(admin, "/schedule timezone zone:Europe/Berlin").await;
    say(
        admin,
        "/schedule add server:srv_1 action:restart at:04:00 every:daily warn:10m",
    )
    .await;
    say(
        admin,
        "/schedule add server:srv_1 action:stop at:05:00 every:weekly weekday:Friday",
    )
    .await;
    say(admin, "/schedule list").await;
    say(admin, "/schedule pause id:1").await;
    say(admin, "/schedule resume id:1").await;
    say(admin, "/schedule remove id:1").await;
    say(admin, "/schedule add server:srv_1 action:restart at:99:00").await;
}

async fn mistakes(world: &World, admin: &Member) {
    Mock::given(method("POST"))
        .and(path("/v1/hosting/game/power/srv_bad/start"))
        .respond_with(ResponseTemplate::new(403).set_body_json(serde_json::json!({
            "success": false, "error": "forbidden", "message": "no access"
        })))
        .with_priority(1)
        .mount(&world.heo)
        .await;
    say(admin, "/server start server:srv_bad").await;
    say(admin, "/server start server:..").await;
    say(admin, "/server stop server:srv_1 warn:forever").await;
    say(admin, "/server add id:srv_2 name:..").await;
    say(admin, "/language set language:klingon").await;
    say(admin, "/unlink-key").await;
    say(admin, "/server start server:srv_1").await;
    let outsider = world
        .discord
        .guild(1)
        .member(Permissions::USE_APPLICATION_COMMANDS);
    say(&outsider.speaking(&admin.locale), "/link-key").await;
}

/// What HEO's console was sent: the in-game warnings, which players read.
pub async fn console_lines(heo: &MockServer) -> Vec<String> {
    let received = heo.received_requests().await.unwrap_or_default();
    received
        .iter()
        .filter(|request| request.url.path().contains("/console/"))
        .map(|request| {
            let body: Value = serde_json::from_slice(&request.body).unwrap_or(Value::Null);
            body["command"].as_str().unwrap_or_default().to_owned()
        })
        .collect()
}
