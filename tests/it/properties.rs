//! Hostile input, as property tests: whatever the provider answers and whatever a user
//! types, the classifier does not panic, a server ID stays one path segment, and every
//! reply fits in a Discord message.

use std::time::{Duration, SystemTime};

use heo_bot::domain::{AuditEntry, HistoryKind, Outcome, PowerAction, ServerId};
use heo_bot::heo::{HeoError, classify};
use heo_bot::i18n::Lang;
use heo_bot::power::{PowerOutcome, PowerRequest, Refusal};
use heo_bot::replies::{self, DISCORD_MESSAGE_LIMIT};
use proptest::prelude::*;
use reqwest::header::HeaderValue;
use url::Url;

const BASE: &str = "https://api.heo-systems.net/v1/hosting/game/power/";

/// Bodies a provider or a proxy could send: raw bytes, and JSON close to the documented one.
fn body() -> impl Strategy<Value = Vec<u8>> {
    let json = (
        any::<Option<bool>>(),
        any::<Option<String>>(),
        any::<Option<String>>(),
    )
        .prop_map(|(success, error, server_id)| {
            serde_json::json!({"success": success, "error": error, "server_id": server_id})
                .to_string()
                .into_bytes()
        });
    prop_oneof![prop::collection::vec(any::<u8>(), 0..512), json]
}

/// What a user could type as a server ID: anything, and strings made of the characters
/// that matter to a URL.
fn typed_id() -> impl Strategy<Value = String> {
    let tricky = prop::sample::select(vec![
        "/", "?", "#", ".", "..", "%", "%2e", "%2F", "\\", " ", "`", "é", "\u{202e}", "@", "srv_1",
        ";", "&", "=", "+", ":", "\u{0}", "\n",
    ]);
    prop_oneof![
        any::<String>(),
        prop::collection::vec(tricky, 0..12).prop_map(|parts| parts.concat()),
    ]
}

fn action() -> impl Strategy<Value = PowerAction> {
    prop::sample::select(vec![
        PowerAction::Start,
        PowerAction::Stop,
        PowerAction::Restart,
        PowerAction::Kill,
    ])
}

fn outcome() -> impl Strategy<Value = Outcome> {
    prop::sample::select(Outcome::ALL.to_vec())
}

/// Every provider error, with arbitrary statuses and waits where they carry one.
fn provider_error(kind: u8, status: u16, wait: Option<u64>) -> HeoError {
    match kind % 13 {
        0 => HeoError::ConfirmationRequired,
        1 => HeoError::Unauthorized,
        2 => HeoError::Forbidden,
        3 => HeoError::InsufficientScope,
        4 => HeoError::NotFound,
        5 => HeoError::MethodNotAllowed,
        6 => HeoError::RateLimited {
            retry_after: wait.map(Duration::from_secs),
        },
        7 => HeoError::GameServerUnreachable,
        8 => HeoError::ProviderUnavailable { status },
        9 => HeoError::UnexpectedStatus { status },
        10 => HeoError::UnreadableSuccess { status },
        11 => HeoError::Timeout,
        _ => {
            // A real reqwest error without a network: a URL it refuses to build.
            let refused = reqwest::Client::new().post("http://[::1").build();
            HeoError::Unreachable(refused.expect_err("an unbuildable URL"))
        }
    }
}

/// Unreserved characters (RFC 3986) or `%XX`, nothing else.
fn only_unreserved_or_escapes(segment: &str) -> bool {
    let bytes = segment.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => i += 1,
            b'%' if bytes.len() > i + 2
                && bytes[i + 1].is_ascii_hexdigit()
                && bytes[i + 2].is_ascii_hexdigit() =>
            {
                i += 3
            }
            _ => return false,
        }
    }
    true
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn the_classifier_never_panics_and_keeps_the_status(
        status in 0u16..=999,
        retry_after in prop::option::of(prop::collection::vec(any::<u8>(), 0..40)),
        body in body(),
        now_secs in 0u64..=4_102_444_800,
    ) {
        // As the client reads the header: only a valid header value that is visible ASCII.
        let header = retry_after
            .as_deref()
            .and_then(|bytes| HeaderValue::from_bytes(bytes).ok());
        let retry_after = header.as_ref().and_then(|v| v.to_str().ok());
        let now = SystemTime::UNIX_EPOCH + Duration::from_secs(now_secs);
        match classify(status, retry_after, &body, now) {
            Ok(_) => prop_assert!((200..300).contains(&status)),
            Err(error) => prop_assert_eq!(error.http_status(), Some(status)),
        }
    }

    #[test]
    fn any_retry_after_text_is_read_without_panicking(text in any::<String>(), status in 0u16..=999) {
        let _ = classify(status, Some(&text), b"", SystemTime::now());
    }

    #[test]
    fn a_server_id_is_refused_or_reaches_heo_as_exactly_one_path_segment(typed in typed_id()) {
        let Ok(id) = ServerId::parse(&typed) else {
            return Ok(());
        };
        let segment = id.path_segment();
        prop_assert!(!segment.is_empty());
        prop_assert!(segment != "." && segment != "..", "{segment}");
        prop_assert!(only_unreserved_or_escapes(&segment), "{segment}");
        let decoded = percent_encoding::percent_decode_str(&segment).decode_utf8().unwrap();
        prop_assert_eq!(decoded.as_ref(), id.as_str());

        // As reqwest sends it: the URL parser keeps the segment exactly as it was.
        let url = Url::parse(&format!("{BASE}{segment}/restart")).unwrap();
        prop_assert_eq!(url.path(), format!("/v1/hosting/game/power/{segment}/restart"));
        prop_assert_eq!(url.query(), None);
        prop_assert_eq!(url.fragment(), None);
    }

    #[test]
    fn every_power_reply_fits_a_discord_message_with_balanced_backticks(
        typed in typed_id(),
        action in action(),
        member in any::<u64>(),
        outcome in 0u8..22,
        status in any::<u16>(),
        wait in prop::option::of(any::<u64>()),
    ) {
        let Ok(server) = ServerId::parse(&typed) else {
            return Ok(());
        };
        let request = PowerRequest { guild: 1, member, server, name: None, action, schedule: None, panel: None };
        let any_wait = Duration::from_secs(wait.unwrap_or(0));
        let outcome = match outcome {
            13 => PowerOutcome::Requested,
            14 => PowerOutcome::NoKey,
            15 => PowerOutcome::StoreFailed,
            16 => PowerOutcome::KeyUnreadable,
            17 => PowerOutcome::Refused(Refusal::InProgress { within: any_wait }),
            18 => PowerOutcome::Refused(Refusal::CoolingDown { wait: any_wait }),
            19 => PowerOutcome::Refused(Refusal::BackingOff { wait: any_wait }),
            20 => PowerOutcome::Refused(Refusal::GuildBudget { wait: any_wait }),
            21 => PowerOutcome::Refused(Refusal::Busy { within: any_wait }),
            kind => PowerOutcome::Failed(provider_error(kind, status, wait)),
        };
        let text = replies::power_outcome(Lang::ENGLISH, &request, &outcome);
        prop_assert!(!text.trim().is_empty());
        prop_assert!(text.chars().count() <= DISCORD_MESSAGE_LIMIT, "{} chars", text.chars().count());
        prop_assert_eq!(text.matches('`').count() % 2, 0, "unbalanced backticks: {}", text);
    }

    #[test]
    fn a_history_of_any_ten_entries_fits_a_discord_message_with_balanced_backticks(
        entries in prop::collection::vec(
            (typed_id(), prop::option::of(".{0,32}"), action(), outcome(), any::<Option<u16>>()),
            0..=10,
        ),
        member in any::<u64>(),
        at in any::<i64>(),
    ) {
        let rows: Vec<AuditEntry> = entries
            .into_iter()
            .map(|(server, name, action, outcome, http_status)| AuditEntry {
                guild: 1, member, server, name, action, outcome, http_status, at,
                schedule: None,
                panel: None,
            })
            .collect();
        let scope = rows.first().map(|row| (row.server.as_str(), row.name.as_deref()));
        // In every language: the limit is counted on the text as written in it.
        for lang in Lang::all().chain([Lang::pseudo()]) {
            let kinds = [HistoryKind::Sent, HistoryKind::NotSent];
            let texts = kinds.into_iter().flat_map(|kind| {
                [
                    replies::audit_history(lang, &rows, None, kind),
                    replies::audit_history(lang, &rows, scope, kind),
                ]
            });
            for text in texts {
                prop_assert!(text.chars().count() <= DISCORD_MESSAGE_LIMIT, "{} chars", text.chars().count());
                prop_assert_eq!(text.matches('`').count() % 2, 0, "unbalanced backticks: {}", text);
            }
            for row in &rows {
                let line = replies::audit_channel_line(lang, row);
                prop_assert_eq!(line.matches('`').count() % 2, 0, "unbalanced backticks: {}", line);
            }
        }
    }
}
