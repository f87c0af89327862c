//! The WebSocket gateway: HELLO, IDENTIFY → READY, heartbeat ACK, RESUME → RESUMED, and the
//! dispatches tests inject. Plain JSON text frames: serenity asks for no compression.

use std::sync::Arc;

use futures_util::{SinkExt, StreamExt};
use http_body_util::Full;
use hyper::body::{Bytes, Incoming};
use hyper::{Request, Response, StatusCode};
use hyper_util::rt::TokioIo;
use serde_json::{Value, json};
use tokio::sync::mpsc;
use tokio_tungstenite::WebSocketStream;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::handshake::derive_accept_key;
use tokio_tungstenite::tungstenite::protocol::Role;

use super::payload;
use super::schema;
use super::state::{Outgoing, State};

/// Far longer than any test: the bot's heartbeats are acknowledged but never needed.
const HEARTBEAT_INTERVAL_MS: u64 = 41_250;

pub fn is_upgrade(req: &Request<Incoming>) -> bool {
    req.headers()
        .get("upgrade")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.eq_ignore_ascii_case("websocket"))
}

/// Answers the WebSocket handshake and runs the session on the upgraded connection.
pub fn upgrade(req: Request<Incoming>, state: Arc<State>) -> Response<Full<Bytes>> {
    let Some(key) = req.headers().get("sec-websocket-key") else {
        state.fail("gateway handshake without Sec-WebSocket-Key".into());
        return Response::builder()
            .status(StatusCode::BAD_REQUEST)
            .body(Full::default())
            .unwrap();
    };
    let accept = derive_accept_key(key.as_bytes());
    tokio::spawn(async move {
        match hyper::upgrade::on(req).await {
            Ok(upgraded) => {
                let io = TokioIo::new(upgraded);
                let ws = WebSocketStream::from_raw_socket(io, Role::Server, None).await;
                session(ws, &state).await;
            }
            Err(error) => state.fail(format!("gateway upgrade failed: {error}")),
        }
    });
    Response::builder()
        .status(StatusCode::SWITCHING_PROTOCOLS)
        .header("connection", "upgrade")
        .header("upgrade", "websocket")
        .header("sec-websocket-accept", accept)
        .body(Full::default())
        .unwrap()
}

async fn session<S>(ws: WebSocketStream<S>, state: &State)
where
    S: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin,
{
    let (mut sink, mut stream) = ws.split();
    let (tx, mut rx) = mpsc::unbounded_channel();
    let conn = state.with(|inner| {
        let gateway = &mut inner.gateway;
        gateway.connections += 1;
        gateway.conn = Some((gateway.connections, tx.clone()));
        gateway.ready = false;
        gateway.connections
    });
    let hello = json!({"op": 10, "d": {"heartbeat_interval": HEARTBEAT_INTERVAL_MS}});
    let _ = tx.send(Outgoing::Frame(hello));
    loop {
        tokio::select! {
            incoming = stream.next() => match incoming {
                Some(Ok(Message::Text(text))) => on_frame(state, &text),
                Some(Ok(Message::Close(_))) => {
                    // Sends the close reply tungstenite queued, as a polite server does.
                    let _ = sink.close().await;
                    break;
                }
                Some(Err(_)) | None => break,
                Some(Ok(_)) => {}
            },
            outgoing = rx.recv() => match outgoing {
                Some(Outgoing::Frame(frame)) => {
                    if sink.send(Message::Text(frame.to_string())).await.is_err() {
                        break;
                    }
                }
                Some(Outgoing::Drop) | None => break,
            },
        }
    }
    state.with(|inner| {
        let gateway = &mut inner.gateway;
        if gateway.conn.as_ref().is_some_and(|(n, _)| *n == conn) {
            gateway.conn = None;
            gateway.ready = false;
        }
    });
}

/// Checks a frame the bot sent against the gateway schema, then answers it. A frame
/// Discord would refuse (with close code 4001 or 4002) is recorded for the test, and still
/// answered where it can be: the test then fails on the recorded reason instead of timing
/// out on a session that never got ready.
fn on_frame(state: &State, text: &str) {
    let Ok(frame) = serde_json::from_str::<Value>(text) else {
        state.fail(format!("gateway frame is not JSON: {text}"));
        return;
    };
    if let Err(mismatch) = schema::check_frame(&frame) {
        state.fail(format!("gateway frame op {}: {mismatch}", frame["op"]));
    }
    let resume_url = format!("ws://{}", state.addr);
    state.with(|inner| {
        let gateway = &mut inner.gateway;
        match frame["op"].as_u64() {
            Some(1) => gateway.send(json!({"op": 11})),
            Some(2) => {
                if frame["d"]["token"]
                    .as_str()
                    .map(|t| t.trim_start_matches("Bot "))
                    != Some(state.token.as_str())
                {
                    inner.errors.push("IDENTIFY with the wrong token".into());
                }
                gateway.identifies += 1;
                gateway.session_id = format!("session-{}", gateway.identifies);
                gateway.seq = 0;
                let ready = payload::ready(state.app_id, &gateway.session_id, &resume_url);
                gateway.become_ready("READY", ready);
            }
            Some(6) => {
                if frame["d"]["session_id"].as_str() != Some(gateway.session_id.as_str()) {
                    gateway.send(json!({"op": 9, "d": false}));
                    return;
                }
                gateway.resumes += 1;
                gateway.become_ready("RESUMED", json!({}));
            }
            // Presence updates, member requests and the like: nothing to answer. An unknown
            // opcode has already failed the schema check above.
            _ => {}
        }
    });
}
