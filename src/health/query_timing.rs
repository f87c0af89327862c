//! Database query latency, read from the line sqlx logs after each query.
//!
//! sqlx times every statement it runs and reports it as a `sqlx::query` event with an
//! `elapsed_secs` field. Taking it from there times every query, on either database, without
//! wrapping each of the store's functions. The events are only built while the listener is
//! on ([`enable`]): sqlx asks whether anyone listens before it formats a line, and this layer
//! says no until then, so a bot without `METRICS_ADDR` pays nothing. What the operator's
//! `RUST_LOG` shows is unchanged: this layer has its own filter beside the log's.

use std::sync::LazyLock;
use std::sync::atomic::{AtomicBool, Ordering};

use prometheus_client::metrics::histogram::Histogram;
use tracing::field::{Field, Visit};
use tracing::subscriber::Interest;
use tracing::{Event, Metadata, Subscriber};
use tracing_subscriber::layer::{Context, Filter, Layer};
use tracing_subscriber::registry::LookupSpan;

/// The target sqlx logs its statements under.
const TARGET: &str = "sqlx::query";
/// The field that holds a statement's duration, in seconds.
const FIELD: &str = "elapsed_secs";
/// A SQLite read takes well under a millisecond; a locked database waits up to 5 s.
const BUCKETS: [f64; 11] = [
    0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1.0, 5.0,
];

/// One histogram for the process: logging is set up before the configuration is read, so
/// before any `Metrics` exists.
static QUERY_SECONDS: LazyLock<Histogram> = LazyLock::new(|| Histogram::new(BUCKETS));
static ENABLED: AtomicBool = AtomicBool::new(false);

/// The histogram every query is observed in (clones share it).
pub(super) fn histogram() -> Histogram {
    QUERY_SECONDS.clone()
}

/// Starts timing queries: called when the metrics listener starts.
pub(super) fn enable() {
    ENABLED.store(true, Ordering::Relaxed);
}

/// The layer `logging` installs beside the log's own.
pub fn layer<S>() -> impl Layer<S>
where
    S: Subscriber + for<'span> LookupSpan<'span>,
{
    QueryTiming.with_filter(OnlyQueries)
}

struct QueryTiming;

impl<S: Subscriber> Layer<S> for QueryTiming {
    fn on_event(&self, event: &Event<'_>, _: Context<'_, S>) {
        let mut seconds = None;
        event.record(&mut Elapsed(&mut seconds));
        if let Some(seconds) = seconds {
            QUERY_SECONDS.observe(seconds);
        }
    }
}

/// Lets through sqlx's statement lines, and only while [`ENABLED`].
struct OnlyQueries;

impl<S> Filter<S> for OnlyQueries {
    fn enabled(&self, meta: &Metadata<'_>, _: &Context<'_, S>) -> bool {
        meta.target() == TARGET && ENABLED.load(Ordering::Relaxed)
    }

    fn callsite_enabled(&self, meta: &'static Metadata<'static>) -> Interest {
        // "Sometimes": asked again at each query, since `ENABLED` changes once at start.
        if meta.target() == TARGET {
            Interest::sometimes()
        } else {
            Interest::never()
        }
    }

    fn max_level_hint(&self) -> Option<tracing::level_filters::LevelFilter> {
        // sqlx logs statements at debug, slow ones at warn.
        Some(tracing::level_filters::LevelFilter::DEBUG)
    }
}

struct Elapsed<'a>(&'a mut Option<f64>);

impl Visit for Elapsed<'_> {
    fn record_f64(&mut self, field: &Field, value: f64) {
        if field.name() == FIELD {
            *self.0 = Some(value);
        }
    }

    fn record_debug(&mut self, _: &Field, _: &dyn std::fmt::Debug) {}
}
