//! The test server's channel posts without the bot: a post keeps its buttons, an edit
//! changes what members see and keeps the history, a member's click on a posted button
//! reaches the gateway and the bot's update changes the post, as on Discord.

use futures_util::{SinkExt, StreamExt};
use poise::serenity_prelude::Permissions;
use reqwest::Method;
use serde_json::{Value, json};
use tokio::net::TcpStream;
use tokio_tungstenite::tungstenite::Message;

use super::call;
use crate::support::discord::model::Button;
use crate::support::discord::{ChannelRefusal, FakeDiscord, Interaction, Route, TOKEN};

/// An action row with the countdown's Abort button.
fn abort_row(disabled: bool) -> Value {
    let button = json!({
        "type": 2, "style": 4, "label": "Abort", "custom_id": "heo-countdown:abort:42",
        "disabled": disabled,
    });
    json!([{"type": 1, "components": [button]}])
}

fn body(content: &str, components: Value) -> Value {
    json!({"content": content, "components": components, "allowed_mentions": {"parse": []}})
}

/// The message id in a message Discord answered.
fn id_of(message: &Value) -> u64 {
    message["id"].as_str().unwrap().parse().unwrap()
}

async fn post(discord: &FakeDiscord, channel: u64, body: &Value) -> (u16, Value) {
    let path = format!("/channels/{channel}/messages");
    call(discord, Method::POST, &path, Some(body)).await
}

async fn edit(discord: &FakeDiscord, channel: u64, id: &Value, body: &Value) -> (u16, Value) {
    let path = format!("/channels/{channel}/messages/{}", id.as_str().unwrap());
    call(discord, Method::PATCH, &path, Some(body)).await
}

#[tokio::test]
async fn an_edit_of_a_posted_button_changes_what_members_see_and_keeps_the_history() {
    let discord = FakeDiscord::start().await;
    let (status, sent) = post(&discord, 7001, &body("Stopping in 30 s", abort_row(false))).await;
    assert_eq!(status, 200, "{sent}");
    let shown = &sent["components"][0]["components"][0];
    assert_eq!(
        (&shown["label"], &shown["id"]),
        (&json!("Abort"), &json!(2)),
        "numbered"
    );
    let id = id_of(&sent);
    let abort = Button {
        label: "Abort".into(),
        style: 4,
        custom_id: "heo-countdown:abort:42".into(),
        disabled: false,
    };
    assert_eq!(discord.post(id).buttons(), vec![abort.clone()]);

    let (status, edited) = edit(
        &discord,
        7001,
        &sent["id"],
        &body("Stopped", abort_row(true)),
    )
    .await;
    assert_eq!(
        (status, &edited["content"]),
        (200, &json!("Stopped")),
        "{edited}"
    );
    assert!(edited["edited_timestamp"].is_string(), "{edited}");
    let shown = discord
        .wait_for_post(7001, "stopped", |m| m.content == "Stopped")
        .await;
    let disabled = Button {
        disabled: true,
        ..abort
    };
    assert_eq!(shown.message().button("Abort"), Some(disabled.clone()));
    let (status, _) = edit(&discord, 7001, &sent["id"], &body("Stopped.", json!([]))).await;
    assert_eq!(status, 200);

    let now = discord.post(id);
    assert_eq!((now.content.as_str(), now.buttons()), ("Stopped.", vec![]));
    assert_eq!(now.edits.len(), 2);
    assert_eq!(
        json!(now.history[0].components),
        abort_row(true),
        "disabled, then gone"
    );
    assert!(now.created_at <= now.history[0].at && now.history[0].at <= now.history[1].at);
    let posts = discord.posts();
    assert_eq!(posts.len(), 1, "an edit is no new post");
    assert_eq!(
        posts[0].content, "Stopping in 30 s",
        "posts() keeps what was sent"
    );
    discord.assert_no_errors();
}

#[tokio::test]
async fn an_edit_without_allowed_mentions_fails_the_test() {
    let discord = FakeDiscord::start().await;
    let (_, sent) = post(&discord, 7001, &body("Stopping in 30 s", abort_row(false))).await;
    let unguarded = json!({"content": "Stopped by @everyone"});
    edit(&discord, 7001, &sent["id"], &unguarded).await;
    let errors = discord.take_errors();
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(
        errors[0].contains("without allowed_mentions"),
        "{errors:#?}"
    );
}

#[tokio::test]
async fn an_edit_of_an_unknown_message_or_in_a_refusing_channel_is_refused_as_discord_does() {
    let discord = FakeDiscord::start().await;
    let (_, sent) = post(&discord, 7001, &body("Stopping in 30 s", abort_row(false))).await;
    let stopped = body("Stopped", json!([]));
    let unknown = json!({"message": "Unknown Message", "code": 10008});
    assert_eq!(
        edit(&discord, 7001, &json!("999"), &stopped).await,
        (404, unknown.clone())
    );
    let elsewhere = edit(&discord, 7002, &sent["id"], &stopped).await;
    assert_eq!(
        elsewhere,
        (404, unknown),
        "a message is edited in its own channel"
    );

    let planned = json!({"message": "Missing Access", "code": 50001});
    discord.fail_next(Route::EditChannelMessage, 403, planned.clone());
    assert_eq!(
        edit(&discord, 7001, &sent["id"], &stopped).await,
        (403, planned)
    );
    discord.refuse_posts(7001, ChannelRefusal::MissingPermissions);
    let (status, refused) = edit(&discord, 7001, &sent["id"], &stopped).await;
    assert_eq!((status, &refused["code"]), (403, &json!(50013)));
    assert!(discord.post(id_of(&sent)).edits.is_empty());
    discord.assert_no_errors();
}

/// A gateway session as the bot opens one: IDENTIFY, then frames up to READY.
async fn session(discord: &FakeDiscord) -> impl StreamExt<Item = Value> + Unpin {
    let addr = discord.url().trim_start_matches("http://").to_owned();
    let tcp = TcpStream::connect(&addr).await.unwrap();
    let url = format!("ws://{addr}/?v=10");
    let (mut ws, _) = tokio_tungstenite::client_async(url, tcp).await.unwrap();
    let properties = json!({"os": "linux", "browser": "test", "device": "test"});
    let identify = json!({"op": 2, "d": {"token": TOKEN, "intents": 1, "properties": properties}});
    ws.send(Message::Text(identify.to_string())).await.unwrap();
    let mut frames = Box::pin(ws.filter_map(|message| async move {
        serde_json::from_str::<Value>(message.ok()?.to_text().ok()?).ok()
    }));
    while frames.next().await.unwrap()["t"] != "READY" {}
    frames
}

#[tokio::test]
async fn a_click_on_a_posted_button_reaches_the_bot_and_its_update_edits_the_post() {
    let discord = FakeDiscord::start().await;
    let mut gateway = session(&discord).await;
    let guild = discord.guild(7);
    guild.add_channel(7002);
    let (_, sent) = post(&discord, 7002, &body("Stopping in 30 s", abort_row(false))).await;
    let posted = discord.wait_for_post(7002, "the countdown", |_| true).await;
    let member = guild.member(Permissions::MANAGE_GUILD);

    let click = member.click_post(&posted, "Abort").await;
    let event = loop {
        let frame = gateway.next().await.unwrap();
        if frame["t"] == "INTERACTION_CREATE" {
            break frame["d"].clone();
        }
    };
    assert_eq!(event["type"], 3);
    let data = json!({"custom_id": "heo-countdown:abort:42", "component_type": 2});
    assert_eq!(event["data"], data);
    assert_eq!(
        (&event["channel_id"], &event["guild_id"]),
        (&json!("7002"), &json!("7"))
    );
    assert_eq!(
        event["member"]["permissions"],
        Permissions::MANAGE_GUILD.bits().to_string()
    );
    assert_eq!(event["message"]["id"], sent["id"]);
    let button = &event["message"]["components"][0]["components"][0];
    assert_eq!(
        (&button["custom_id"], &button["disabled"]),
        (&data["custom_id"], &json!(false))
    );

    let onlooker = guild.member(Permissions::empty());
    let refused = onlooker.click_post(&posted, "Abort").await;
    let text = "Only an admin may abort";
    let private =
        json!({"type": 4, "data": {"content": text, "flags": 64, "allowed_mentions": {}}});
    answer(&discord, &refused, &private).await;
    let reply = refused.reply().await.message();
    assert!(reply.ephemeral && reply.channel == 7002, "{reply:#?}");
    assert!(
        posted.message().edits.is_empty(),
        "a private answer leaves the post alone"
    );

    let update = json!({"type": 7, "data": body("Aborted by a member", abort_row(true))});
    answer(&discord, &click, &update).await;
    let shown = posted
        .wait_until("the update", |m| m.edits.len() == 1)
        .await;
    assert_eq!(shown.content, "Aborted by a member");
    assert!(shown.button("Abort").unwrap().disabled);
    assert_eq!(
        click.record().original,
        Some(posted.id),
        "the update changed the post"
    );
    discord.assert_no_errors();
}

/// Answers `click` with the interaction callback `response`, as the bot would.
async fn answer(discord: &FakeDiscord, click: &Interaction, response: &Value) {
    let token = click.record().token;
    let callback = format!("/interactions/{}/{token}/callback", click.id);
    let (status, _) = call(discord, Method::POST, &callback, Some(response)).await;
    assert_eq!(status, 204);
}

#[tokio::test]
#[should_panic(expected = "a user cannot click the disabled button")]
async fn a_member_cannot_click_a_disabled_button_on_a_post() {
    let discord = FakeDiscord::start().await;
    post(&discord, 7001, &body("Stopped", abort_row(true))).await;
    let posted = discord.wait_for_post(7001, "the countdown", |_| true).await;
    let member = discord.guild(7).member(Permissions::empty());
    member.click_post(&posted, "Abort").await;
}
