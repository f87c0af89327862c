//! One loopback port for both halves: WebSocket upgrades go to the gateway, everything else
//! to the REST routes.

use std::panic::AssertUnwindSafe;
use std::sync::Arc;

use futures_util::FutureExt;
use http_body_util::Full;
use hyper::body::{Bytes, Incoming};
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Request, Response, StatusCode};
use hyper_util::rt::TokioIo;
use tokio::net::TcpListener;
use tokio::task::JoinHandle;

use super::state::State;
use super::{gateway, rest};

/// Accepts connections until the returned task is aborted.
pub fn spawn(listener: TcpListener, state: Arc<State>) -> JoinHandle<()> {
    tokio::spawn(async move {
        loop {
            let Ok((stream, _)) = listener.accept().await else {
                continue;
            };
            // Small gateway frames and responses must leave at once: with Nagle's algorithm on,
            // they wait for the peer's delayed ACK (40 ms on Linux) and skew every timing.
            let _ = stream.set_nodelay(true);
            let state = state.clone();
            tokio::spawn(async move {
                let service = service_fn(move |req| {
                    let state = state.clone();
                    async move {
                        if gateway::is_upgrade(&req) {
                            return Ok(gateway::upgrade(req, state));
                        }
                        // An error from the service makes hyper close the connection.
                        rest_or_report(req, &state).await.ok_or(Dropped)
                    }
                });
                let connection = http1::Builder::new()
                    .serve_connection(TokioIo::new(stream), service)
                    .with_upgrades();
                // A client hanging up mid-request is the client's business.
                let _ = connection.await;
            });
        }
    })
}

/// A planned fault: the connection is closed without an answer.
#[derive(Debug)]
struct Dropped;

impl std::fmt::Display for Dropped {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("connection dropped as planned")
    }
}

impl std::error::Error for Dropped {}

/// A bug in the test server must fail the test that hit it, not just drop the bot's request.
/// `None` when the connection is to be dropped.
async fn rest_or_report(req: Request<Incoming>, state: &State) -> Option<Response<Full<Bytes>>> {
    let what = format!("{} {}", req.method(), req.uri().path());
    match AssertUnwindSafe(rest::handle(req, state))
        .catch_unwind()
        .await
    {
        Ok(response) => response,
        Err(_) => {
            state.fail(format!("the test server panicked answering {what}"));
            let mut response = Response::new(Full::default());
            *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
            Some(response)
        }
    }
}
