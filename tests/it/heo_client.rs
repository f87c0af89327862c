//! The HEO client against a real HTTP server on loopback.

use std::time::Duration;

use heo_bot::domain::{PowerAction, ServerId};
use heo_bot::heo::{HeoClient, HeoError};
use secrecy::SecretString;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use url::Url;
use wiremock::matchers::{header, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

const KEY: &str = "heo_live_k3y_for_tests_0001";

fn client_for(uri: &str, timeout: Duration) -> HeoClient {
    HeoClient::new(&Url::parse(uri).unwrap(), timeout).unwrap()
}

fn key() -> SecretString {
    SecretString::from(KEY.to_owned())
}

fn srv(id: &str) -> ServerId {
    ServerId::parse(id).unwrap()
}

fn error_body(code: &str) -> serde_json::Value {
    serde_json::json!({"success": false, "error": code, "message": "m"})
}

async fn power_against(template: ResponseTemplate) -> Result<(), HeoError> {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(template)
        .mount(&server)
        .await;
    client_for(&server.uri(), Duration::from_secs(5))
        .power(&key(), &srv("srv_1"), PowerAction::Restart)
        .await
        .map(|_| ())
}

#[tokio::test]
async fn each_action_posts_to_its_endpoint_with_the_bearer_key() {
    let server = MockServer::start().await;
    for action in PowerAction::ALL {
        Mock::given(method("POST"))
            .and(path(format!("/v1/hosting/game/power/srv_123/{action}")))
            .and(header("authorization", format!("Bearer {KEY}").as_str()))
            .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({
                "success": true, "action": action.to_string(), "server_id": "srv_123",
                "status": "requested", "message": "sent"
            })))
            .expect(1)
            .mount(&server)
            .await;
    }
    let client = client_for(&server.uri(), Duration::from_secs(5));
    for action in PowerAction::ALL {
        let accepted = client.power(&key(), &srv("srv_123"), action).await.unwrap();
        assert_eq!(
            accepted.action.as_deref(),
            Some(action.to_string().as_str())
        );
    }
    let requests = server.received_requests().await.unwrap();
    assert_eq!(requests.len(), 4);
    for request in requests {
        let is_kill = request.url.path().ends_with("/kill");
        let query = request.url.query();
        if is_kill {
            assert_eq!(query, Some("force=true"), "a kill is always confirmed");
        } else {
            assert_eq!(query, None, "only kill carries force");
        }
    }
}

#[tokio::test]
async fn a_base_url_with_a_trailing_slash_or_prefix_is_joined_cleanly() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/proxy/v1/hosting/game/power/srv_1/start"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(serde_json::json!({"success": true, "server_id": "srv_1"})),
        )
        .expect(1)
        .mount(&server)
        .await;
    let client = client_for(&format!("{}/proxy/", server.uri()), Duration::from_secs(5));
    client
        .power(&key(), &srv("srv_1"), PowerAction::Start)
        .await
        .unwrap();
}

#[tokio::test]
async fn every_documented_error_is_classified() {
    type Expected = fn(&HeoError) -> bool;
    let cases: Vec<(u16, Option<&str>, Expected)> = vec![
        (400, Some("confirmation_required"), |e| {
            matches!(e, HeoError::ConfirmationRequired)
        }),
        (401, Some("unauthorized"), |e| {
            matches!(e, HeoError::Unauthorized)
        }),
        (403, Some("forbidden"), |e| matches!(e, HeoError::Forbidden)),
        (403, Some("insufficient_scope"), |e| {
            matches!(e, HeoError::InsufficientScope)
        }),
        (403, Some("unauthorized"), |e| {
            matches!(e, HeoError::Forbidden)
        }),
        (403, Some("brand_new_code"), |e| {
            matches!(e, HeoError::Forbidden)
        }),
        (404, Some("not_found"), |e| matches!(e, HeoError::NotFound)),
        (405, Some("method_not_allowed"), |e| {
            matches!(e, HeoError::MethodNotAllowed)
        }),
        (429, None, |e| {
            matches!(e, HeoError::RateLimited { retry_after: None })
        }),
        (502, Some("provider_error"), |e| {
            matches!(e, HeoError::GameServerUnreachable)
        }),
        (503, None, |e| {
            matches!(e, HeoError::ProviderUnavailable { status: 503 })
        }),
        (504, None, |e| {
            matches!(e, HeoError::ProviderUnavailable { status: 504 })
        }),
        (418, None, |e| {
            matches!(e, HeoError::UnexpectedStatus { status: 418 })
        }),
    ];
    for (status, code, expected) in cases {
        let mut template = ResponseTemplate::new(status);
        if let Some(code) = code {
            template = template.set_body_json(error_body(code));
        }
        let error = power_against(template).await.unwrap_err();
        assert!(expected(&error), "{status} {code:?} gave {error:?}");
        assert_eq!(error.http_status(), Some(status));
    }
}

#[tokio::test]
async fn retry_after_is_honoured_in_seconds_and_as_a_date() {
    let seconds = ResponseTemplate::new(429).insert_header("Retry-After", "42");
    match power_against(seconds).await.unwrap_err() {
        HeoError::RateLimited { retry_after } => {
            assert_eq!(retry_after, Some(Duration::from_secs(42)))
        }
        other => panic!("{other:?}"),
    }
    let in_two_minutes =
        httpdate::fmt_http_date(std::time::SystemTime::now() + Duration::from_secs(120));
    let date = ResponseTemplate::new(429)
        .insert_header("Retry-After", in_two_minutes.as_str())
        .set_body_string("Too many requests");
    match power_against(date).await.unwrap_err() {
        HeoError::RateLimited {
            retry_after: Some(wait),
        } => assert!((100..=120).contains(&wait.as_secs()), "{wait:?}"),
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn a_500_with_an_html_body_is_provider_trouble() {
    let html = ResponseTemplate::new(500).set_body_raw(
        "<html><body>Internal Server Error</body></html>",
        "text/html",
    );
    assert!(matches!(
        power_against(html).await.unwrap_err(),
        HeoError::ProviderUnavailable { status: 500 }
    ));
}

#[tokio::test]
async fn a_success_with_a_non_json_body_is_unreadable() {
    let garbage = ResponseTemplate::new(200).set_body_raw("OK!", "text/plain");
    assert!(matches!(
        power_against(garbage).await.unwrap_err(),
        HeoError::UnreadableSuccess { status: 200 }
    ));
}

#[tokio::test]
async fn a_redirect_is_not_followed() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/hosting/game/power/srv_1/restart"))
        .respond_with(
            ResponseTemplate::new(307).insert_header("Location", "/elsewhere/srv_2/restart"),
        )
        .mount(&server)
        .await;
    let error = client_for(&server.uri(), Duration::from_secs(5))
        .power(&key(), &srv("srv_1"), PowerAction::Restart)
        .await
        .unwrap_err();
    assert!(matches!(error, HeoError::UnexpectedStatus { status: 307 }));
    assert_eq!(server.received_requests().await.unwrap().len(), 1);
}

#[tokio::test]
async fn a_truncated_success_body_is_unreadable() {
    let uri = raw_server(
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n{\"success\":tr",
    )
    .await;
    let error = client_for(&uri, Duration::from_secs(5))
        .power(&key(), &srv("srv_1"), PowerAction::Start)
        .await
        .unwrap_err();
    assert!(
        matches!(error, HeoError::UnreadableSuccess { status: 200 }),
        "{error:?}"
    );
}

#[tokio::test]
async fn a_truncated_error_body_is_still_classified_by_status() {
    let uri = raw_server(
        b"HTTP/1.1 403 Forbidden\r\nContent-Length: 500\r\n\r\n{\"success\":false,\"error\":\"insuff",
    )
    .await;
    let error = client_for(&uri, Duration::from_secs(5))
        .power(&key(), &srv("srv_1"), PowerAction::Start)
        .await
        .unwrap_err();
    assert!(matches!(error, HeoError::Forbidden), "{error:?}");
}

#[tokio::test]
async fn a_hanging_provider_times_out() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(200).set_delay(Duration::from_secs(5)))
        .mount(&server)
        .await;
    let error = client_for(&server.uri(), Duration::from_millis(300))
        .power(&key(), &srv("srv_1"), PowerAction::Stop)
        .await
        .unwrap_err();
    assert!(matches!(error, HeoError::Timeout), "{error:?}");
    assert_eq!(error.http_status(), None);
}

#[tokio::test]
async fn a_refused_connection_is_unreachable_and_never_shows_the_key() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    drop(listener);
    let error = client_for(&format!("http://127.0.0.1:{port}"), Duration::from_secs(5))
        .power(&key(), &srv("srv_1"), PowerAction::Start)
        .await
        .unwrap_err();
    assert!(matches!(error, HeoError::Unreachable(_)), "{error:?}");
    let everything = format!("{error} {error:?} {:?}", std::error::Error::source(&error));
    // The text does name the request (its address), so a key sent anywhere but in the
    // Authorization header (the path, the query) would be seen here.
    assert!(
        everything.contains(&format!("127.0.0.1:{port}")),
        "{everything}"
    );
    assert!(!everything.contains(KEY), "{everything}");
}

#[tokio::test]
async fn ids_that_try_to_escape_stay_one_path_segment() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(serde_json::json!({"success": true})),
        )
        .mount(&server)
        .await;
    let client = client_for(&server.uri(), Duration::from_secs(5));
    let cases = [
        ("../x", "/v1/hosting/game/power/..%2Fx/start"),
        ("a/b", "/v1/hosting/game/power/a%2Fb/start"),
        ("a?b", "/v1/hosting/game/power/a%3Fb/start"),
        ("a#b", "/v1/hosting/game/power/a%23b/start"),
        ("%2e%2e", "/v1/hosting/game/power/%252e%252e/start"),
        (
            "../../v1/other?force=true#",
            "/v1/hosting/game/power/..%2F..%2Fv1%2Fother%3Fforce%3Dtrue%23/start",
        ),
    ];
    for (id, _) in cases {
        client
            .power(&key(), &srv(id), PowerAction::Start)
            .await
            .unwrap();
    }
    let requests = server.received_requests().await.unwrap();
    let seen: Vec<(&str, Option<&str>)> = requests
        .iter()
        .map(|r| (r.url.path(), r.url.query()))
        .collect();
    let expected: Vec<(&str, Option<&str>)> = cases.iter().map(|(_, p)| (*p, None)).collect();
    assert_eq!(seen, expected);
}

/// A one-shot HTTP server that writes `response` verbatim and hangs up: for bodies shorter
/// than their Content-Length, which a well-behaved mock server cannot send.
async fn raw_server(response: &'static [u8]) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        let (mut socket, _) = listener.accept().await.unwrap();
        let mut request = vec![0u8; 4096];
        let _ = socket.read(&mut request).await;
        socket.write_all(response).await.unwrap();
        socket.shutdown().await.ok();
    });
    format!("http://{addr}")
}
