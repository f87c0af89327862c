//! Checks request bodies (and the test server's own answers to the lookups `heo-bot doctor`
//! makes) against Discord's official OpenAPI 3.1 description
//! (`tests/fixtures/discord-openapi.json`), and gateway frames the bot sends against a
//! schema written from Discord's gateway documentation (`tests/fixtures/discord-gateway.json`),
//! both with the closed-object validator in [`super::validate`].

use std::fmt;
use std::sync::OnceLock;

use serde_json::Value;

use super::keywords::escape;
pub use super::validate::Validator;

/// Where a body breaks the schema, and how.
#[derive(Debug, Clone)]
pub struct Mismatch {
    /// JSON pointer into the body.
    pub at: String,
    /// JSON pointer into the spec, ending at the keyword that failed.
    pub schema_path: String,
    pub reason: String,
}

impl fmt::Display for Mismatch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let at = if self.at.is_empty() { "/" } else { &self.at };
        write!(
            f,
            "body {at}: {} (schema {})",
            self.reason, self.schema_path
        )
    }
}

/// The parsed REST spec, loaded once per test binary.
pub fn spec() -> &'static Value {
    static SPEC: OnceLock<Value> = OnceLock::new();
    SPEC.get_or_init(|| fixture("discord-openapi.json"))
}

/// The gateway schema (frames a client sends), loaded once per test binary.
pub fn gateway_spec() -> &'static Value {
    static SPEC: OnceLock<Value> = OnceLock::new();
    SPEC.get_or_init(|| fixture("discord-gateway.json"))
}

fn fixture(name: &str) -> Value {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("read {path}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("parse {path}: {e}"))
}

/// Validates `body` against the JSON request body of `method` on the spec's path `template`
/// (such as `/interactions/{interaction_id}/{interaction_token}/callback`).
pub fn check_request(method: &str, template: &str, body: &Value) -> Result<(), Mismatch> {
    let method = method.to_ascii_lowercase();
    let pointer = format!(
        "/paths/{}/{method}/requestBody/content/application~1json/schema",
        escape(template)
    );
    let schema = spec()
        .pointer(&pointer)
        .unwrap_or_else(|| panic!("the spec has no JSON request body at {pointer}"));
    Validator::new(spec()).check(schema, body, "", &format!("#{pointer}"))
}

/// Validates `body`, the test server's own answer, against the spec's JSON response with
/// status 200 for `method` on the path `template`.
pub fn check_response(method: &str, template: &str, body: &Value) -> Result<(), Mismatch> {
    let method = method.to_ascii_lowercase();
    let pointer = format!(
        "/paths/{}/{method}/responses/200/content/application~1json/schema",
        escape(template)
    );
    let schema = spec()
        .pointer(&pointer)
        .unwrap_or_else(|| panic!("the spec has no JSON 200 response at {pointer}"));
    Validator::new(spec()).check(schema, body, "", &format!("#{pointer}"))
}

/// Whether the spec's operation `method` on the path `template` takes a request body; a
/// mismatch when the spec declares no such operation (Discord would answer 404 or 405).
pub fn takes_body(method: &str, template: &str) -> Result<bool, Mismatch> {
    let method = method.to_ascii_lowercase();
    let pointer = format!("/paths/{}/{method}", escape(template));
    match spec().pointer(&pointer) {
        Some(operation) => Ok(operation.get("requestBody").is_some()),
        None => Err(Mismatch {
            at: String::new(),
            schema_path: format!("#{pointer}"),
            reason: "the spec declares no such operation".into(),
        }),
    }
}

/// Validates a frame the bot sent on the gateway (heartbeat, IDENTIFY, RESUME, ...).
pub fn check_frame(frame: &Value) -> Result<(), Mismatch> {
    let root = gateway_spec();
    Validator::new(root).check(root, frame, "", "#")
}
