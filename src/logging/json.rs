//! `LOG_FORMAT=json`: one JSON object a line, for log shippers.
//!
//! Not tracing-subscriber's own JSON format: that one writes an error field as its top-level
//! message only, so "a Discord request failed" would lose the "error sending request for url
//! (...)" beneath it, the cause chain the logs exist for. Here an error field keeps its causes
//! in `<field>.sources`, as the text format prints them. A line reads:
//!
//! ```json
//! {"timestamp":"…","level":"WARN","target":"heo_bot::…","fields":{"message":"…","error":"…","error.sources":["…"]},"spans":[{"name":"…","…":"…"}]}
//! ```

use std::error::Error;
use std::fmt;

use serde_json::{Map, Value};
use tracing::field::{Field, Visit};
use tracing::{Event, Subscriber};
use tracing_subscriber::fmt::format::{JsonFields, Writer};
use tracing_subscriber::fmt::{FmtContext, FormatEvent, FormattedFields};
use tracing_subscriber::registry::LookupSpan;

/// The event format; spans' fields are kept as JSON by [`JsonFields`], so each layer using
/// this format must use that field formatter too.
pub(super) struct JsonLines;

impl<S> FormatEvent<S, JsonFields> for JsonLines
where
    S: Subscriber + for<'a> LookupSpan<'a>,
{
    fn format_event(
        &self,
        ctx: &FmtContext<'_, S, JsonFields>,
        mut writer: Writer<'_>,
        event: &Event<'_>,
    ) -> fmt::Result {
        let meta = event.metadata();
        let mut fields = Map::new();
        event.record(&mut FieldsVisitor(&mut fields));
        let mut line = Map::new();
        let now = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Micros, true);
        line.insert("timestamp".into(), now.into());
        line.insert("level".into(), meta.level().to_string().into());
        line.insert("target".into(), meta.target().into());
        line.insert("fields".into(), fields.into());
        if let Some(scope) = ctx.event_scope() {
            let spans: Vec<Value> = scope
                .from_root()
                .map(|span| {
                    let mut object = Map::new();
                    object.insert("name".into(), span.name().into());
                    let extensions = span.extensions();
                    if let Some(fields) = extensions.get::<FormattedFields<JsonFields>>()
                        && let Ok(Value::Object(fields)) = serde_json::from_str(&fields.fields)
                    {
                        object.extend(fields);
                    }
                    object.into()
                })
                .collect();
            line.insert("spans".into(), spans.into());
        }
        // One write per event: the redacting writer sees the whole line at once.
        writeln!(writer, "{}", Value::Object(line))
    }
}

/// An event's fields as JSON values; an error with its causes.
struct FieldsVisitor<'a>(&'a mut Map<String, Value>);

impl FieldsVisitor<'_> {
    fn put(&mut self, field: &Field, value: impl Into<Value>) {
        self.0.insert(field.name().to_owned(), value.into());
    }
}

impl Visit for FieldsVisitor<'_> {
    fn record_f64(&mut self, field: &Field, value: f64) {
        self.put(field, value);
    }

    fn record_i64(&mut self, field: &Field, value: i64) {
        self.put(field, value);
    }

    fn record_u64(&mut self, field: &Field, value: u64) {
        self.put(field, value);
    }

    fn record_bool(&mut self, field: &Field, value: bool) {
        self.put(field, value);
    }

    fn record_str(&mut self, field: &Field, value: &str) {
        self.put(field, value);
    }

    fn record_error(&mut self, field: &Field, value: &(dyn Error + 'static)) {
        self.put(field, value.to_string());
        let sources: Vec<Value> = std::iter::successors(value.source(), |&cause| cause.source())
            .map(|cause| cause.to_string().into())
            .collect();
        if !sources.is_empty() {
            self.0
                .insert(format!("{}.sources", field.name()), sources.into());
        }
    }

    fn record_debug(&mut self, field: &Field, value: &dyn fmt::Debug) {
        self.put(field, format!("{value:?}"));
    }
}
