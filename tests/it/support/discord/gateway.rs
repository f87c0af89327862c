//! The WebSocket gateway: HELLO, IDENTIFY → READY (per shard, refusing a shard Discord
//! would refuse with 4010 or 4011), heartbeat ACK, RESUME → RESUMED, and the dispatches
//! tests inject, each on its guild's shard. Plain JSON text frames: serenity asks for no
//! compression.

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
use tokio_tungstenite::tungstenite::protocol::frame::coding::CloseCode;
use tokio_tungstenite::tungstenite::protocol::{CloseFrame, Role};

use super::payload;
use super::schema;
use super::state::{Inner, Outgoing, Session, State};

/// Discord's close codes for a shard ID or count it does not accept, and for a shard that
/// would hold too many guilds.
const INVALID_SHARD: u16 = 4010;
const SHARDING_REQUIRED: u16 = 4011;

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
    // The session keeps its own sender: a connection the server no longer tracks (after a
    // RECONNECT or an invalid session) stays open until the bot closes it, as Discord's does.
    let conn = state.with(|inner| {
        let gateway = &mut inner.gateway;
        gateway.connections += 1;
        let conn = gateway.connections;
        gateway.conns.insert(conn, tx.clone());
        if gateway.holding_hellos {
            gateway.held_hellos.push(conn);
        } else {
            gateway.hello(conn);
        }
        conn
    });
    loop {
        tokio::select! {
            incoming = stream.next() => match incoming {
                Some(Ok(Message::Text(text))) => on_frame(state, conn, &text),
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
                Some(Outgoing::Close(code)) => {
                    let frame = CloseFrame {
                        code: CloseCode::from(code),
                        reason: "".into(),
                    };
                    let _ = sink.send(Message::Close(Some(frame))).await;
                    break;
                }
                Some(Outgoing::Garbage(text)) => {
                    if sink.send(Message::Text(text)).await.is_err() {
                        break;
                    }
                }
                Some(Outgoing::Drop) | None => break,
            },
        }
    }
    drop(tx);
    state.with(|inner| inner.gateway.disconnected(conn));
}

/// Checks a frame the bot sent on connection `conn` against the gateway schema, then
/// answers it. A frame Discord would refuse (with close code 4001 or 4002) is recorded for
/// the test, and still answered where it can be: the test then fails on the recorded reason
/// instead of timing out on a session that never got ready.
fn on_frame(state: &State, conn: u64, text: &str) {
    let Ok(frame) = serde_json::from_str::<Value>(text) else {
        state.fail(format!("gateway frame is not JSON: {text}"));
        return;
    };
    if let Err(mismatch) = schema::check_frame(&frame) {
        state.fail(format!("gateway frame op {}: {mismatch}", frame["op"]));
    }
    state.with(|inner| match frame["op"].as_u64() {
        Some(1) => inner.gateway.send_on(conn, json!({"op": 11})),
        Some(2) => identify(state, inner, conn, &frame["d"]),
        Some(6) if inner.gateway.holding_resumes => {
            inner.gateway.held_resumes.push((conn, frame["d"].clone()));
        }
        Some(6) => resume(inner, conn, &frame["d"]),
        // Presence updates, member requests and the like: nothing to answer. An unknown
        // opcode has already failed the schema check above.
        _ => {}
    });
}

/// IDENTIFY: checks the token and the shard as Discord does, then opens the shard's session.
fn identify(state: &State, inner: &mut Inner, conn: u64, data: &Value) {
    if data["token"].as_str().map(|t| t.trim_start_matches("Bot ")) != Some(state.token.as_str()) {
        inner.errors.push("IDENTIFY with the wrong token".into());
    }
    // Without `shard`, Discord takes the session as shard 0 of 1.
    let shard = |i: usize| data["shard"][i].as_u64().map(|n| n as u32);
    let (id, total) = (shard(0).unwrap_or(0), shard(1).unwrap_or(1));
    let gateway = &mut inner.gateway;
    gateway.identified.push([id, total]);
    if let Some(code) = gateway.refusing_identifies {
        return gateway.close(conn, code);
    }
    if total == 0 || id >= total {
        return gateway.close(conn, INVALID_SHARD);
    }
    if total < gateway.required {
        return gateway.close(conn, SHARDING_REQUIRED);
    }
    if total != gateway.total {
        // The bot started over with another shard count: the old sessions are gone.
        gateway.sessions.clear();
        gateway.total = total;
    }
    gateway.identifies += 1;
    let session_id = format!("session-{}", gateway.identifies);
    let resume_url = format!("ws://{}", state.addr);
    let ready = payload::ready(state.app_id, &session_id, &resume_url, [id, total]);
    let session = Session {
        conn: Some(conn),
        session_id,
        seq: 0,
        ready: false,
    };
    gateway.sessions.insert(id, session);
    gateway.become_ready(id, "READY", ready);
}

/// Stops holding RESUMEs back and answers those held, in order.
pub fn release_resumes(inner: &mut Inner) {
    inner.gateway.holding_resumes = false;
    for (conn, data) in std::mem::take(&mut inner.gateway.held_resumes) {
        resume(inner, conn, &data);
    }
}

/// RESUME: binds the connection to the session it names, or says it cannot be resumed.
fn resume(inner: &mut Inner, conn: u64, data: &Value) {
    let gateway = &mut inner.gateway;
    let asked = data["session_id"].as_str();
    let found = gateway
        .sessions
        .iter_mut()
        .find(|(_, session)| Some(session.session_id.as_str()) == asked);
    let Some((&shard, session)) = found else {
        return gateway.send_on(conn, json!({"op": 9, "d": false}));
    };
    session.conn = Some(conn);
    gateway.resumes += 1;
    gateway.become_ready(shard, "RESUMED", json!({}));
}
