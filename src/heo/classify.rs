//! The one place that turns a provider response into a success or a [`HeoError`].
//!
//! Pure, so every status, header and body the provider could send is unit-tested here.

use std::time::{Duration, SystemTime};

use serde::Deserialize;

use super::HeoError;

/// The provider accepted the action. The game server may take a while to get there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Accepted {
    /// The action the provider says it accepted, when it said.
    pub action: Option<String>,
    /// The server the provider says it accepted the action for, when it said.
    pub server_id: Option<String>,
}

/// The documented success body; unknown fields are ignored.
#[derive(Deserialize)]
struct SuccessBody {
    success: bool,
    action: Option<String>,
    server_id: Option<String>,
}

/// The documented error body. `error` is optional because a 429 or a proxy may send none.
#[derive(Deserialize)]
struct ErrorBody {
    error: Option<String>,
}

/// Classifies a response by status first, then by the body's `error` code.
///
/// `retry_after` is the raw `Retry-After` header, if any; `now` resolves its date form.
pub fn classify(
    status: u16,
    retry_after: Option<&str>,
    body: &[u8],
    now: SystemTime,
) -> Result<Accepted, HeoError> {
    if (200..300).contains(&status) {
        return match serde_json::from_slice::<SuccessBody>(body) {
            Ok(b) if b.success => Ok(Accepted {
                action: b.action,
                server_id: b.server_id,
            }),
            _ => Err(HeoError::UnreadableSuccess { status }),
        };
    }
    Err(classify_error(status, retry_after, body, now))
}

/// Classifies an answer that is not a success, by status first, then by the body's `error`
/// code: shared by every call the bot makes with a key (power actions, logs).
pub(super) fn classify_error(
    status: u16,
    retry_after: Option<&str>,
    body: &[u8],
    now: SystemTime,
) -> HeoError {
    let code = error_code(body);
    match status {
        400 if code.as_deref() == Some("confirmation_required") => HeoError::ConfirmationRequired,
        401 => HeoError::Unauthorized,
        // An unknown 403 code (the VPS API sends `unauthorized`) still means "no access".
        403 if code.as_deref() == Some("insufficient_scope") => HeoError::InsufficientScope,
        403 => HeoError::Forbidden,
        404 => HeoError::NotFound,
        405 => HeoError::MethodNotAllowed,
        429 => HeoError::RateLimited {
            retry_after: retry_after.and_then(|v| parse_retry_after(v, now)),
        },
        502 => HeoError::GameServerUnreachable,
        500..=599 => HeoError::ProviderUnavailable { status },
        _ => HeoError::UnexpectedStatus { status },
    }
}

fn error_code(body: &[u8]) -> Option<String> {
    serde_json::from_slice::<ErrorBody>(body).ok()?.error
}

/// `Retry-After` is either delay-seconds or an HTTP date (RFC 9110 §10.2.3). A date in the
/// past means "now"; anything unreadable is ignored. Read as HEO sent it: the power desk's
/// back-off keeps a floor (and a ceiling) whatever it says.
fn parse_retry_after(value: &str, now: SystemTime) -> Option<Duration> {
    let value = value.trim();
    if let Ok(secs) = value.parse::<u64>() {
        return Some(Duration::from_secs(secs));
    }
    let at = httpdate::parse_http_date(value).ok()?;
    Some(at.duration_since(now).unwrap_or(Duration::ZERO))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn now() -> SystemTime {
        httpdate::parse_http_date("Sun, 29 Nov 2026 10:00:00 GMT").unwrap()
    }

    fn err(status: u16, body: &str) -> HeoError {
        classify(status, None, body.as_bytes(), now()).unwrap_err()
    }

    fn body(code: &str) -> String {
        format!(r#"{{"success":false,"error":"{code}","message":"m"}}"#)
    }

    #[test]
    fn a_documented_success_is_accepted() {
        let body = br#"{"success":true,"action":"restart","server_id":"srv_1","status":"requested","message":"Restart action sent"}"#;
        let accepted = classify(200, None, body, now()).unwrap();
        assert_eq!(accepted.action.as_deref(), Some("restart"));
        assert_eq!(accepted.server_id.as_deref(), Some("srv_1"));
    }

    #[test]
    fn a_success_status_with_a_bad_body_is_unreadable() {
        for body in [
            "",
            "<html>",
            r#"{"success":false}"#,
            r#"{"success":tr"#,
            "null",
        ] {
            assert!(matches!(
                err(200, body),
                HeoError::UnreadableSuccess { status: 200 }
            ));
        }
    }

    #[test]
    fn every_documented_error_gets_its_variant() {
        assert!(matches!(
            err(400, &body("confirmation_required")),
            HeoError::ConfirmationRequired
        ));
        assert!(matches!(
            err(401, &body("unauthorized")),
            HeoError::Unauthorized
        ));
        assert!(matches!(err(403, &body("forbidden")), HeoError::Forbidden));
        assert!(matches!(
            err(403, &body("insufficient_scope")),
            HeoError::InsufficientScope
        ));
        assert!(matches!(err(404, &body("not_found")), HeoError::NotFound));
        assert!(matches!(
            err(405, &body("method_not_allowed")),
            HeoError::MethodNotAllowed
        ));
        assert!(matches!(
            err(429, ""),
            HeoError::RateLimited { retry_after: None }
        ));
        assert!(matches!(
            err(502, &body("provider_error")),
            HeoError::GameServerUnreachable
        ));
    }

    #[test]
    fn status_wins_over_an_unknown_or_missing_code() {
        assert!(matches!(
            err(403, &body("unauthorized")),
            HeoError::Forbidden
        ));
        assert!(matches!(err(403, "not json"), HeoError::Forbidden));
        assert!(matches!(err(401, ""), HeoError::Unauthorized));
        assert!(matches!(
            err(502, "<html>Bad Gateway</html>"),
            HeoError::GameServerUnreachable
        ));
        assert!(matches!(
            err(400, &body("something_new")),
            HeoError::UnexpectedStatus { status: 400 }
        ));
    }

    #[test]
    fn other_statuses_are_unavailable_or_unexpected() {
        for status in [500, 503, 504] {
            assert!(
                matches!(err(status, "<html>oops</html>"), HeoError::ProviderUnavailable { status: s } if s == status)
            );
        }
        for status in [301, 302, 409, 418, 451] {
            assert!(
                matches!(err(status, ""), HeoError::UnexpectedStatus { status: s } if s == status)
            );
        }
    }

    #[test]
    fn retry_after_is_read_as_seconds_or_as_a_date() {
        let retry = |v| match classify(429, Some(v), b"", now()).unwrap_err() {
            HeoError::RateLimited { retry_after } => retry_after,
            other => panic!("{other:?}"),
        };
        assert_eq!(retry("30"), Some(Duration::from_secs(30)));
        assert_eq!(retry(" 7 "), Some(Duration::from_secs(7)));
        assert_eq!(
            retry("Sun, 29 Nov 2026 10:01:30 GMT"),
            Some(Duration::from_secs(90))
        );
        assert_eq!(retry("Sun, 29 Nov 2026 09:00:00 GMT"), Some(Duration::ZERO));
        assert_eq!(retry("soon"), None);
        assert_eq!(retry("-5"), None);
    }
}
