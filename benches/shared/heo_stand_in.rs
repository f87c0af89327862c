//! A minimal HEO: answers every power POST with the documented success at once, and
//! counts requests that are not the call the benchmark asked for: a `POST` restart of
//! `srv_<i>` with the key linked for guild `i % guilds + 1`, the guild that sent it. Those
//! get a 404, so the bot's reply shows the mistake too.

use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use http_body_util::Full;
use hyper::body::{Bytes, Incoming};
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Request, Response};
use hyper_util::rt::TokioIo;
use tokio::net::TcpListener;

/// The key the benchmark links for `guild`.
pub fn key_for(guild: u64) -> String {
    format!("heo-bench-key-{guild:05}")
}

#[derive(Default)]
struct Counters {
    requests: AtomicUsize,
    unexpected: AtomicUsize,
}

pub struct HeoStandIn {
    pub url: String,
    counters: Arc<Counters>,
}

impl HeoStandIn {
    pub fn requests(&self) -> usize {
        self.counters.requests.load(Ordering::Relaxed)
    }

    /// Requests that were not a restart of `srv_<i>` with guild `i % guilds + 1`'s key.
    pub fn unexpected(&self) -> usize {
        self.counters.unexpected.load(Ordering::Relaxed)
    }
}

pub async fn start(guilds: u64) -> HeoStandIn {
    let listener = TcpListener::bind(SocketAddr::from(([127, 0, 0, 1], 0)))
        .await
        .expect("bind the HEO stand-in");
    let url = format!("http://{}", listener.local_addr().expect("address"));
    let counters = Arc::new(Counters::default());
    let shared = counters.clone();
    tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            let _ = stream.set_nodelay(true);
            let counters = shared.clone();
            tokio::spawn(async move {
                let service = service_fn(move |req| answer(req, guilds, counters.clone()));
                let _ = http1::Builder::new()
                    .serve_connection(TokioIo::new(stream), service)
                    .await;
            });
        }
    });
    HeoStandIn { url, counters }
}

async fn answer(
    req: Request<Incoming>,
    guilds: u64,
    counters: Arc<Counters>,
) -> Result<Response<Full<Bytes>>, std::convert::Infallible> {
    counters.requests.fetch_add(1, Ordering::Relaxed);
    if !is_the_restart_asked_for(&req, guilds) {
        counters.unexpected.fetch_add(1, Ordering::Relaxed);
        let mut refused = Response::new(Full::new(Bytes::from_static(b"{}")));
        *refused.status_mut() = hyper::StatusCode::NOT_FOUND;
        return Ok(refused);
    }
    let server = server_in(&req);
    let body = format!(
        r#"{{"success":true,"action":"restart","server_id":"{server}","status":"requested","message":"Restart action sent"}}"#
    );
    Ok(Response::new(Full::new(Bytes::from(body))))
}

fn is_the_restart_asked_for(req: &Request<Incoming>, guilds: u64) -> bool {
    let action = req.uri().path().split('/').nth(6);
    if req.method() != hyper::Method::POST || action != Some("restart") {
        return false;
    }
    let server = server_in(req);
    let Some(i) = server
        .strip_prefix("srv_")
        .and_then(|i| i.parse::<u64>().ok())
    else {
        return false;
    };
    let expected = format!("Bearer {}", key_for(i % guilds + 1));
    req.headers()
        .get("authorization")
        .is_some_and(|v| v.as_bytes() == expected.as_bytes())
}

/// The `{server_id}` of `/v1/hosting/game/power/{server_id}/{action}`.
fn server_in(req: &Request<Incoming>) -> &str {
    req.uri().path().split('/').nth(5).unwrap_or_default()
}
