//! The `METRICS_ADDR` listener: plain HTTP/1 on hyper, three read-only routes, no framework.
//!
//! It answers only `GET` (and `HEAD`), reads no request body and keeps no state of its own, so
//! the worst a client can do is hold a few connections open: it has [`MAX_CONNECTIONS`] at
//! once and [`HEADER_WAIT`] to send its request line.

use std::convert::Infallible;
use std::future::Future;
use std::io;
use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;

use http_body_util::Full;
use hyper::body::{Bytes, Incoming};
use hyper::header::{CONTENT_TYPE, HeaderValue};
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Method, Request, Response, StatusCode};
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::net::TcpListener;
use tokio::sync::Semaphore;
use tokio::task::JoinHandle;

use super::metrics::{self, Metrics};
use super::query_timing;
use super::readiness::Readiness;
use super::shards::ShardWatch;

/// Connections served at once; a scraper and a probe or two need far fewer.
const MAX_CONNECTIONS: usize = 32;
/// How long a client may take to send its request's headers.
const HEADER_WAIT: Duration = Duration::from_secs(5);
/// After a failed accept (out of file descriptors, say), before the next.
const ACCEPT_PAUSE: Duration = Duration::from_millis(100);

/// Reads, at each scrape, the gauges only their owner can see (the back-off, the keys
/// linked); `startup` builds it.
pub type Sampler = Arc<dyn Fn() -> Pin<Box<dyn Future<Output = ()> + Send>> + Send + Sync>;

/// What the routes read.
#[derive(Clone)]
pub struct Endpoints {
    pub metrics: Metrics,
    pub readiness: Readiness,
    pub shards: ShardWatch,
    pub sampler: Sampler,
}

/// Binds `addr`, and starts timing database queries for `/metrics`. Done before anything
/// else starts, so a port in use stops the bot at once, and the start's queries are timed.
pub async fn bind(addr: SocketAddr) -> io::Result<TcpListener> {
    let listener = TcpListener::bind(addr).await?;
    query_timing::enable();
    Ok(listener)
}

/// Serves `endpoints` on `listener` until the task is aborted.
pub fn serve(listener: TcpListener, endpoints: Endpoints) -> JoinHandle<()> {
    let room = Arc::new(Semaphore::new(MAX_CONNECTIONS));
    tokio::spawn(async move {
        loop {
            let Ok(permit) = Arc::clone(&room).acquire_owned().await else {
                return;
            };
            let stream = match listener.accept().await {
                Ok((stream, _)) => stream,
                Err(error) => {
                    tracing::warn!(%error, "the metrics listener could not accept a connection");
                    tokio::time::sleep(ACCEPT_PAUSE).await;
                    continue;
                }
            };
            let endpoints = endpoints.clone();
            tokio::spawn(async move {
                let service = service_fn(move |request| {
                    let endpoints = endpoints.clone();
                    async move { Ok::<_, Infallible>(route(&request, &endpoints).await) }
                });
                let connection = http1::Builder::new()
                    .timer(TokioTimer::new())
                    .header_read_timeout(HEADER_WAIT)
                    .serve_connection(TokioIo::new(stream), service);
                // A client hanging up early is the client's business.
                let _ = connection.await;
                drop(permit);
            });
        }
    })
}

async fn route(request: &Request<Incoming>, endpoints: &Endpoints) -> Response<Full<Bytes>> {
    if !matches!(*request.method(), Method::GET | Method::HEAD) {
        return text(StatusCode::METHOD_NOT_ALLOWED, "only GET\n");
    }
    match request.uri().path() {
        "/healthz" => text(StatusCode::OK, "ok\n"),
        "/readyz" => ready(endpoints).await,
        "/metrics" => scrape(endpoints).await,
        _ => text(
            StatusCode::NOT_FOUND,
            "not found; try /healthz, /readyz or /metrics\n",
        ),
    }
}

async fn ready(endpoints: &Endpoints) -> Response<Full<Bytes>> {
    let (status, body) = match endpoints.readiness.check().await {
        Ok(()) => (StatusCode::OK, serde_json::json!({"ready": true})),
        Err(reason) => (
            StatusCode::SERVICE_UNAVAILABLE,
            serde_json::json!({"ready": false, "reason": reason.to_string()}),
        ),
    };
    respond(status, "application/json", body.to_string())
}

async fn scrape(endpoints: &Endpoints) -> Response<Full<Bytes>> {
    if let Some(shards) = endpoints.shards.states().await {
        endpoints.metrics.set_shards(&shards);
    }
    (endpoints.sampler)().await;
    respond(
        StatusCode::OK,
        metrics::CONTENT_TYPE,
        endpoints.metrics.encode(),
    )
}

fn text(status: StatusCode, body: &'static str) -> Response<Full<Bytes>> {
    respond(status, "text/plain; charset=utf-8", body.to_owned())
}

fn respond(status: StatusCode, content_type: &'static str, body: String) -> Response<Full<Bytes>> {
    let mut response = Response::new(Full::new(Bytes::from(body)));
    *response.status_mut() = status;
    response
        .headers_mut()
        .insert(CONTENT_TYPE, HeaderValue::from_static(content_type));
    response
}
