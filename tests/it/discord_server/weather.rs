//! The test server's bad weather on its own, without the bot: that a host which went away
//! refuses connections and drops those it had, and answers again on the same address.

use std::time::Duration;

use futures_util::StreamExt;
use serde_json::Value;
use tokio::net::TcpStream;
use tokio_tungstenite::tungstenite::Message;

use crate::support::discord::{FakeDiscord, TOKEN};

#[tokio::test]
async fn a_server_that_went_away_refuses_and_drops_connections_then_answers_on_the_same_port() {
    let discord = FakeDiscord::start().await;
    let addr = discord.url().trim_start_matches("http://").to_owned();
    let client = reqwest::Client::new();
    let url = format!("{}/api/v10/gateway/bot", discord.url());
    let gateway_bot = || {
        client
            .get(&url)
            .header("authorization", format!("Bot {TOKEN}"))
    };
    // A keep-alive connection and a gateway connection, both open before the outage.
    let before = gateway_bot().send().await.unwrap();
    assert_eq!(before.status(), 200);
    let mut ws = open_gateway(&addr).await;
    assert_eq!(next_op(&mut ws).await, Some(10), "HELLO");

    discord.go_away();
    let during = gateway_bot().send().await;
    assert!(during.is_err(), "answered while away: {during:?}");
    assert!(
        TcpStream::connect(&addr).await.is_err(),
        "the port still accepts"
    );
    assert_eq!(
        next_op(&mut ws).await,
        None,
        "the gateway connection stays open"
    );

    discord.come_back().await;
    let after = gateway_bot().send().await.unwrap();
    assert_eq!(after.status(), 200);
}

#[tokio::test]
async fn held_hellos_are_sent_on_release() {
    let discord = FakeDiscord::start().await;
    discord.hold_hellos();
    let addr = discord.url().trim_start_matches("http://").to_owned();
    let mut ws = open_gateway(&addr).await;
    let early = tokio::time::timeout(Duration::from_millis(300), ws.next()).await;
    assert!(early.is_err(), "a frame before the release: {early:?}");
    discord.release_hellos();
    assert_eq!(next_op(&mut ws).await, Some(10), "HELLO");
}

type Gateway = tokio_tungstenite::WebSocketStream<TcpStream>;

async fn open_gateway(addr: &str) -> Gateway {
    let tcp = TcpStream::connect(addr).await.unwrap();
    let (ws, _) = tokio_tungstenite::client_async(format!("ws://{addr}/?v=10"), tcp)
        .await
        .unwrap();
    ws
}

/// The opcode of the next frame, or `None` once the connection is gone.
async fn next_op(ws: &mut Gateway) -> Option<u64> {
    let next = tokio::time::timeout(Duration::from_secs(5), ws.next())
        .await
        .expect("a frame or the end of the connection within 5 s");
    match next {
        Some(Ok(Message::Text(text))) => {
            serde_json::from_str::<Value>(&text).unwrap()["op"].as_u64()
        }
        _ => None,
    }
}
