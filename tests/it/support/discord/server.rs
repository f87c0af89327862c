//! One loopback port for both halves: WebSocket upgrades go to the gateway, everything else
//! to the REST routes.

use std::net::SocketAddr;
use std::panic::AssertUnwindSafe;
use std::sync::Arc;
use std::time::Duration;

use futures_util::FutureExt;
use http_body_util::Full;
use hyper::body::{Bytes, Incoming};
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Request, Response, StatusCode};
use hyper_util::rt::TokioIo;
use tokio::net::TcpListener;
use tokio::task::JoinHandle;
use tokio::time::Instant;
use tokio_util::sync::CancellationToken;

use super::state::State;
use super::{gateway, rest};

/// The listening half of the server: the accept loop and every connection it opened, which
/// go away together (see [`Listening::stop`]).
pub struct Listening {
    stop: CancellationToken,
    accepting: JoinHandle<()>,
}

impl Listening {
    /// Accepts connections on `listener` until stopped.
    pub fn start(listener: TcpListener, state: Arc<State>) -> Self {
        let stop = CancellationToken::new();
        let accepting = tokio::spawn(accept(listener, state, stop.clone()));
        Self { stop, accepting }
    }

    /// Closes the port and every connection opened on it, as a host that went away: new
    /// connections are refused, and requests under way get no answer.
    pub fn stop(self) {
        self.stop.cancel();
        self.accepting.abort();
    }
}

async fn accept(listener: TcpListener, state: Arc<State>, stop: CancellationToken) {
    loop {
        let accepted = tokio::select! {
            biased;
            () = stop.cancelled() => return,
            accepted = listener.accept() => accepted,
        };
        let Ok((stream, _)) = accepted else {
            continue;
        };
        // Small gateway frames and responses must leave at once: with Nagle's algorithm on,
        // they wait for the peer's delayed ACK (40 ms on Linux) and skew every timing.
        let _ = stream.set_nodelay(true);
        let state = state.clone();
        let stop = stop.clone();
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
            // A client hanging up mid-request is the client's business; a stop drops the
            // connection unanswered.
            tokio::select! {
                _ = connection => {}
                () = stop.cancelled() => {}
            }
        });
    }
}

/// Binds `addr` again after a stop. The old socket closes as its task ends, a moment after
/// the stop: until then the bind is retried.
pub async fn rebind(addr: SocketAddr) -> TcpListener {
    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        match TcpListener::bind(addr).await {
            Ok(listener) => return listener,
            Err(error) if Instant::now() > deadline => panic!("bind {addr} again: {error}"),
            Err(_) => tokio::time::sleep(Duration::from_millis(20)).await,
        }
    }
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
