//! What the Discord test server reports on its own, without the bot: a bad body that meets
//! a planned failure, and gateway frames Discord would refuse.

use futures_util::{SinkExt, StreamExt};
use serde_json::{Value, json};
use tokio::net::TcpStream;
use tokio_tungstenite::tungstenite::Message;

use crate::support::discord::{ChannelRefusal, FakeDiscord, Route, TOKEN};

mod posts;
mod weather;

#[tokio::test]
async fn a_malformed_reply_that_meets_a_planned_failure_is_still_reported() {
    let discord = FakeDiscord::start().await;
    let unknown = json!({"message": "Unknown interaction", "code": 10062});
    discord.fail_next(Route::Callback, 404, unknown.clone());

    let url = format!("{}/api/v10/interactions/1/token/callback", discord.url());
    let misspelled = json!({"type": 4, "data": {"content": "hi", "flag": 64}});
    let response = reqwest::Client::new()
        .post(url)
        .json(&misspelled)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 404, "the planned failure still answers");
    assert_eq!(response.json::<Value>().await.unwrap(), unknown);
    let errors = discord.take_errors();
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(errors[0].contains("/data/flag"), "{errors:#?}");
}

#[tokio::test]
async fn a_misspelled_identify_and_an_unknown_opcode_are_reported_to_the_test() {
    let discord = FakeDiscord::start().await;
    let addr = discord.url().trim_start_matches("http://").to_owned();
    let tcp = TcpStream::connect(&addr).await.unwrap();
    let (mut ws, _) = tokio_tungstenite::client_async(format!("ws://{addr}/?v=10"), tcp)
        .await
        .unwrap();
    let properties = json!({"os": "linux", "browser": "test", "device": "test"});
    let identify = json!({"op": 2, "d": {"token": TOKEN, "intent": 1, "properties": properties}});
    let frames = [
        identify,
        json!({"op": 99, "d": null}),
        json!({"op": 1, "d": null}),
    ];
    for frame in frames {
        ws.send(Message::Text(frame.to_string())).await.unwrap();
    }

    // Frames are handled in order: once the heartbeat is acknowledged, the two before it
    // have been checked.
    while let Some(Ok(message)) = ws.next().await {
        let frame: Value = serde_json::from_str(message.to_text().unwrap()).unwrap();
        if frame["op"] == 11 {
            break;
        }
    }
    let errors = discord.take_errors();
    assert_eq!(errors.len(), 2, "{errors:#?}");
    assert!(errors[0].starts_with("gateway frame op 2"), "{errors:#?}");
    assert!(errors[0].contains("\"intents\""), "{errors:#?}");
    assert!(errors[1].starts_with("gateway frame op 99"), "{errors:#?}");
}

/// `GET {path}` on the test server with the bot's token: the status and the JSON body.
async fn get(discord: &FakeDiscord, path: &str) -> (u16, Value) {
    call(discord, reqwest::Method::GET, path, None).await
}

/// `{method} {path}` on the test server with the bot's token and `body`: the status and
/// the JSON body (`null` when there is none).
async fn call(
    discord: &FakeDiscord,
    method: reqwest::Method,
    path: &str,
    body: Option<&Value>,
) -> (u16, Value) {
    let mut request = reqwest::Client::new()
        .request(method, format!("{}/api/v10{path}", discord.url()))
        .header("authorization", format!("Bot {TOKEN}"));
    if let Some(body) = body {
        request = request.json(body);
    }
    let response = request.send().await.unwrap();
    let status = response.status().as_u16();
    let bytes = response.bytes().await.unwrap();
    (
        status,
        serde_json::from_slice(&bytes).unwrap_or(Value::Null),
    )
}

#[tokio::test]
async fn the_lookups_doctor_makes_are_answered_from_the_servers_state_within_the_spec() {
    let discord = FakeDiscord::start().await;
    let guild = discord.guild(3);
    for channel in [3001, 3002, 3003] {
        guild.add_channel(channel);
    }
    discord.refuse_posts(3002, ChannelRefusal::MissingPermissions);
    discord.refuse_posts(3003, ChannelRefusal::MissingAccess);

    let (status, channel) = get(&discord, "/channels/3001").await;
    assert_eq!((status, &channel["guild_id"]), (200, &json!("3")));
    assert_eq!(channel["permission_overwrites"], json!([]));
    let (_, muted) = get(&discord, "/channels/3002").await;
    assert_eq!(muted["permission_overwrites"][0]["deny"], "2048", "{muted}");
    let (status, hidden) = get(&discord, "/channels/3003").await;
    assert_eq!((status, &hidden["code"]), (403, &json!(50001)));
    let (status, unknown) = get(&discord, "/channels/3999").await;
    assert_eq!((status, &unknown["code"]), (404, &json!(10003)));

    let (status, guild) = get(&discord, "/guilds/3").await;
    assert_eq!((status, &guild["roles"][0]["id"]), (200, &json!("3")));
    let (status, member) = get(&discord, "/guilds/3/members/101").await;
    assert_eq!((status, &member["user"]["id"]), (200, &json!("101")));
    let (status, commands) = get(&discord, "/applications/101/guilds/3/commands").await;
    assert_eq!((status, commands), (200, json!([])));
    discord.assert_no_errors();
}
