//! Checks request bodies against Discord's official OpenAPI 3.1 description
//! (`tests/fixtures/discord-openapi.json`), with the validator in [`super::validate`].

use std::fmt;
use std::sync::OnceLock;

use serde_json::Value;

pub use super::validate::check;
use super::validate::escape;

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

/// The parsed spec, loaded once per test binary.
pub fn spec() -> &'static Value {
    static SPEC: OnceLock<Value> = OnceLock::new();
    SPEC.get_or_init(|| {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/discord-openapi.json"
        );
        let text = std::fs::read_to_string(path).expect("read tests/fixtures/discord-openapi.json");
        serde_json::from_str(&text).expect("parse the Discord OpenAPI spec")
    })
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
    check(schema, body, "", &format!("#{pointer}"))
}
