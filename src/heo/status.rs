//! HEO's two unauthenticated endpoints, `GET /health` and `GET /v1/status`, which tell
//! whether the provider answers and how it says it is doing (`heo-bot doctor` asks them). No
//! key is sent. The classifiers are pure and unit-tested, like [`super::classify`]; this is
//! the only other place that reads HEO's status codes.

use serde::Deserialize;
use serde_json::Value;

use super::HeoClient;
use super::client::read_capped;

/// The most characters of a text HEO sent that are shown: it goes to a terminal.
const MAX_SHOWN_CHARS: usize = 80;

/// `GET /health` answered `{"status": "healthy"}`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Healthy {
    /// The API's version, when it said.
    pub version: Option<String>,
}

/// What `GET /v1/status` says of the provider.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProviderStatus {
    /// Everything works.
    Up,
    /// Something is disrupted: the names HEO listed (possibly none).
    Disrupted(Vec<String>),
    /// Something is under maintenance: the names HEO listed (possibly none).
    Maintenance(Vec<String>),
    /// HEO does not know its own status (the documented 503 `{"status": "error"}`).
    Unknown,
    /// A status the contract does not name, as HEO spelled it.
    Other(String),
}

/// Why a status endpoint gave no usable answer.
#[derive(Debug, thiserror::Error)]
pub enum ProbeError {
    /// No answer within `HEO_TIMEOUT_SECS`: HEO or the network to it is down or slow.
    #[error("HEO did not answer in time")]
    Timeout,
    /// The connection failed (refused, DNS, TLS): check `HEO_API_URL` and the network.
    #[error("could not connect to HEO")]
    Unreachable(#[source] reqwest::Error),
    /// An answer with a status the endpoint does not document: often a wrong `HEO_API_URL`
    /// (404), a proxy, or an outage (5xx).
    #[error("HEO answered {status}")]
    Status { status: u16 },
    /// `GET /health` answered, but not healthy: the status it gave instead.
    #[error("HEO says it is not healthy ({0})")]
    Unhealthy(String),
    /// A success whose body is not the documented one: often something else at `HEO_API_URL`.
    #[error("HEO answered {status} with an unreadable body")]
    Unreadable { status: u16 },
}

#[derive(Deserialize)]
struct StatusBody {
    status: String,
    version: Option<String>,
    #[serde(default)]
    disrupted: Vec<Value>,
    #[serde(default)]
    maintenance: Vec<Value>,
}

impl HeoClient {
    /// `GET /health`.
    pub async fn health(&self) -> Result<Healthy, ProbeError> {
        let (status, body) = self.probe("/health").await?;
        classify_health(status, &body)
    }

    /// `GET /v1/status`.
    pub async fn status(&self) -> Result<ProviderStatus, ProbeError> {
        let (status, body) = self.probe("/v1/status").await?;
        classify_status(status, &body)
    }

    async fn probe(&self, path: &str) -> Result<(u16, Vec<u8>), ProbeError> {
        let response = self
            .http
            .get(format!("{}{path}", self.base_url))
            .send()
            .await
            .map_err(|error| {
                if error.is_timeout() {
                    ProbeError::Timeout
                } else {
                    // Without the URL: it is printed, and an operator's URL may carry a
                    // password.
                    ProbeError::Unreachable(error.without_url())
                }
            })?;
        let status = response.status().as_u16();
        Ok((status, read_capped(response).await))
    }
}

/// Reads `GET /health`'s answer.
pub fn classify_health(status: u16, body: &[u8]) -> Result<Healthy, ProbeError> {
    if !(200..300).contains(&status) {
        return Err(ProbeError::Status { status });
    }
    let body: StatusBody =
        serde_json::from_slice(body).map_err(|_| ProbeError::Unreadable { status })?;
    match body.status.as_str() {
        "healthy" => Ok(Healthy {
            version: body.version.map(|v| shown(&v)),
        }),
        other => Err(ProbeError::Unhealthy(shown(other))),
    }
}

/// Reads `GET /v1/status`'s answer.
pub fn classify_status(status: u16, body: &[u8]) -> Result<ProviderStatus, ProbeError> {
    let parsed = serde_json::from_slice::<StatusBody>(body).ok();
    match (status, parsed) {
        (200..=299, Some(body)) => Ok(match body.status.as_str() {
            "up" => ProviderStatus::Up,
            "disrupted" => ProviderStatus::Disrupted(names(&body.disrupted)),
            "maintenance" => ProviderStatus::Maintenance(names(&body.maintenance)),
            other => ProviderStatus::Other(shown(other)),
        }),
        (200..=299, None) => Err(ProbeError::Unreadable { status }),
        (503, Some(body)) if body.status == "error" => Ok(ProviderStatus::Unknown),
        _ => Err(ProbeError::Status { status }),
    }
}

/// The list's entries by name. Their shape is not documented: a string is its own name, an
/// object is named by its first text field among a few likely ones, else shown as JSON.
fn names(list: &[Value]) -> Vec<String> {
    list.iter()
        .map(|entry| {
            let name = match entry {
                Value::String(name) => Some(name.as_str()),
                Value::Object(fields) => ["name", "service", "component", "title", "id"]
                    .iter()
                    .find_map(|field| fields.get(*field).and_then(Value::as_str)),
                _ => None,
            };
            shown(&name.map_or_else(|| entry.to_string(), str::to_owned))
        })
        .collect()
}

/// `text` made safe for a terminal: no control characters (an escape sequence could rewrite
/// the report), at most [`MAX_SHOWN_CHARS`].
fn shown(text: &str) -> String {
    let mut clean: String = text.chars().filter(|c| !c.is_control()).collect();
    if let Some((cut, _)) = clean.char_indices().nth(MAX_SHOWN_CHARS) {
        clean.truncate(cut);
        clean.push('…');
    }
    clean
}

#[cfg(test)]
mod tests {
    use super::*;

    fn status(code: u16, body: &str) -> Result<ProviderStatus, ProbeError> {
        classify_status(code, body.as_bytes())
    }

    #[test]
    fn the_documented_health_answer_is_healthy_with_its_version() {
        let healthy = classify_health(200, br#"{"status":"healthy","version":"2.4.1"}"#);
        assert_eq!(healthy.unwrap().version.as_deref(), Some("2.4.1"));
        let bare = classify_health(200, br#"{"status":"healthy"}"#).unwrap();
        assert_eq!(bare.version, None);
    }

    #[test]
    fn a_health_answer_that_is_not_healthy_or_not_json_or_not_a_success_is_an_error() {
        let unhealthy = classify_health(200, br#"{"status":"degraded"}"#).unwrap_err();
        assert!(matches!(unhealthy, ProbeError::Unhealthy(s) if s == "degraded"));
        let html = classify_health(200, b"<html>welcome</html>").unwrap_err();
        assert!(matches!(html, ProbeError::Unreadable { status: 200 }));
        for code in [404, 500, 502, 503] {
            let failed = classify_health(code, br#"{"status":"healthy"}"#).unwrap_err();
            assert!(matches!(failed, ProbeError::Status { status } if status == code));
        }
    }

    #[test]
    fn each_documented_status_is_read_with_what_it_lists() {
        assert_eq!(
            status(200, r#"{"status":"up"}"#).unwrap(),
            ProviderStatus::Up
        );
        let disrupted = r#"{"status":"disrupted","disrupted":["game-power",{"name":"eu-west"}]}"#;
        assert_eq!(
            status(200, disrupted).unwrap(),
            ProviderStatus::Disrupted(vec!["game-power".into(), "eu-west".into()])
        );
        let maintenance = r#"{"status":"maintenance","maintenance":[{"service":"consoles"}]}"#;
        assert_eq!(
            status(200, maintenance).unwrap(),
            ProviderStatus::Maintenance(vec!["consoles".into()])
        );
        let unknown = status(503, r#"{"status":"error"}"#).unwrap();
        assert_eq!(unknown, ProviderStatus::Unknown);
    }

    #[test]
    fn an_undocumented_status_or_answer_is_told_apart_from_the_documented_ones() {
        assert_eq!(
            status(200, r#"{"status":"degraded"}"#).unwrap(),
            ProviderStatus::Other("degraded".into())
        );
        assert_eq!(
            status(200, r#"{"status":"disrupted"}"#).unwrap(),
            ProviderStatus::Disrupted(Vec::new())
        );
        assert!(matches!(
            status(200, "<html>"),
            Err(ProbeError::Unreadable { status: 200 })
        ));
        assert!(matches!(
            status(503, "<html>"),
            Err(ProbeError::Status { status: 503 })
        ));
        assert!(matches!(
            status(404, r#"{"success":false,"error":"not_found"}"#),
            Err(ProbeError::Status { status: 404 })
        ));
    }

    #[test]
    fn what_heo_lists_reaches_the_terminal_without_control_characters_and_cut_short() {
        let sneaky = format!(
            r#"{{"status":"disrupted","disrupted":["\u001b[2Jgone", "{}", 7]}}"#,
            "x".repeat(200)
        );
        let ProviderStatus::Disrupted(names) = status(200, &sneaky).unwrap() else {
            panic!("disrupted");
        };
        assert_eq!(names[0], "[2Jgone");
        assert_eq!(names[1].chars().count(), MAX_SHOWN_CHARS + 1);
        assert!(names[1].ends_with('…'));
        assert_eq!(names[2], "7");
    }
}
