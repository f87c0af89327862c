//! Every sentence a user can read: non-empty, within Discord's limit, no key, no raw data.

use std::time::Duration;

use heo_bot::domain::{
    AddServer, Grantable, Grants, InvalidServerId, InvalidServerName, Lost, MAX_SERVER_ID_LEN,
    NamedServer, PowerAction, ServerId, ServerName,
};
use heo_bot::heo::HeoError;
use heo_bot::i18n::Lang;
use heo_bot::power::{LinkOutcome, PowerOutcome, PowerRequest, Refusal};
use heo_bot::replies::{self, DISCORD_MESSAGE_LIMIT};
use secrecy::SecretString;

use crate::support::pseudo::outside_catalogues;

const KEY: &str = "heo_live_SECRET_key_value_9876";
/// A role ID as long as real ones get.
const ROLE: u64 = 1_234_567_890_123_456_789;
/// The guild the role replies are for: also the ID of its `@everyone` role.
const GUILD: u64 = 1_234_567_890_123_456_000;

/// A connection error whose text carries [`KEY`] (in the URL it failed to reach), so a reply
/// that showed the error's text would show the key and fail [`assert_readable`].
async fn reqwest_error() -> reqwest::Error {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/{KEY}", listener.local_addr().unwrap());
    drop(listener);
    let error = reqwest::Client::new().post(url).send().await.unwrap_err();
    let chain = format!("{error} {error:?}");
    assert!(chain.contains(KEY), "the key must be in the error: {chain}");
    error
}

async fn every_provider_error() -> Vec<HeoError> {
    vec![
        HeoError::ConfirmationRequired,
        HeoError::Unauthorized,
        HeoError::Forbidden,
        HeoError::InsufficientScope,
        HeoError::NotFound,
        HeoError::MethodNotAllowed,
        HeoError::RateLimited { retry_after: None },
        HeoError::RateLimited {
            retry_after: Some(Duration::ZERO),
        },
        HeoError::RateLimited {
            retry_after: Some(Duration::from_secs(1)),
        },
        HeoError::RateLimited {
            retry_after: Some(Duration::from_secs(90)),
        },
        HeoError::RateLimited {
            retry_after: Some(Duration::from_secs(86_400 * 365)),
        },
        HeoError::GameServerUnreachable,
        HeoError::ProviderUnavailable { status: 503 },
        HeoError::UnexpectedStatus { status: 302 },
        HeoError::UnreadableSuccess { status: 200 },
        HeoError::Timeout,
        HeoError::Unreachable(reqwest_error().await),
    ]
}

/// Every catalogue, and the pseudo-locale (whose brackets make every message longer).
fn every_language() -> impl Iterator<Item = Lang> {
    Lang::all().chain([Lang::pseudo()])
}

/// In the pseudo-locale: every word of `texts` but the `typed` data came from a catalogue.
#[track_caller]
fn assert_from_catalogues(texts: &[String], typed: &[&str]) {
    let english = outside_catalogues(texts, typed);
    assert!(english.is_empty(), "written in code: {english:#?}");
}

fn assert_readable(text: &str) {
    assert!(!text.trim().is_empty());
    assert!(
        text.chars().count() <= DISCORD_MESSAGE_LIMIT,
        "{} chars",
        text.len()
    );
    assert!(!text.contains(KEY), "key in {text}");
    assert!(!text.contains("{\""), "raw JSON in {text}");
    assert!(!text.contains("Error"), "a Rust error in {text}");
    assert!(
        !text.contains("reqwest") && !text.contains("127.0.0.1"),
        "{text}"
    );
}

#[tokio::test]
async fn every_power_outcome_has_a_readable_reply_for_every_action_in_every_language() {
    for lang in every_language() {
        let longest_id = "`".repeat(MAX_SERVER_ID_LEN);
        for action in PowerAction::ALL {
            let named = [None, Some(HOSTILE_NAME.to_owned())];
            for (id, name) in [("srv_123", None), (longest_id.as_str(), None)]
                .into_iter()
                .chain(named.into_iter().map(|n| (longest_id.as_str(), n)))
            {
                let request = PowerRequest {
                    guild: 1,
                    member: u64::MAX,
                    server: ServerId::parse(id).unwrap(),
                    name,
                    action,
                    schedule: None,
                    panel: None,
                };
                let mut outcomes = vec![
                    PowerOutcome::Requested,
                    PowerOutcome::NoKey,
                    PowerOutcome::StoreFailed,
                    PowerOutcome::KeyUnreadable,
                ];
                outcomes.extend(
                    every_provider_error()
                        .await
                        .into_iter()
                        .map(PowerOutcome::Failed),
                );
                for outcome in &outcomes {
                    let text = replies::power_outcome(lang, &request, outcome);
                    assert_readable(&text);
                    assert!(text.contains(&format!("<@{}>", u64::MAX)), "{text}");
                    // Backticks in an ID cannot break out of its code span.
                    assert_eq!(text.matches('`').count() % 2, 0, "{text}");
                    if lang.is_pseudo() && id == "srv_123" {
                        assert_from_catalogues(&[text], &["srv_123"]);
                    }
                }
            }
        }
    }
}

#[test]
fn every_refusal_says_what_was_not_sent_and_how_long_to_wait() {
    let request = PowerRequest {
        guild: 1,
        member: 2,
        server: ServerId::parse("srv_1").unwrap(),
        name: None,
        action: PowerAction::Restart,
        schedule: None,
        panel: None,
    };
    let secs = Duration::from_secs;
    let cases = [
        (
            Refusal::InProgress { within: secs(10) },
            "still on its way",
            "within 10 seconds",
        ),
        (
            Refusal::CoolingDown {
                wait: Duration::from_millis(3200),
            },
            "moments ago",
            "Try again in 4 seconds",
        ),
        (
            Refusal::CoolingDown {
                wait: Duration::from_millis(300),
            },
            "moments ago",
            "Try again in 1 second.",
        ),
        (
            Refusal::BackingOff { wait: secs(90) },
            "rate-limiting",
            "Try again in 90 seconds",
        ),
        (
            Refusal::BackingOff { wait: secs(600) },
            "every Discord server",
            "Try again in 10 minutes",
        ),
        (
            Refusal::GuildBudget { wait: secs(20) },
            "used its share of calls to HEO",
            "Try again in 20 seconds",
        ),
        (
            Refusal::Busy { within: secs(10) },
            "as many actions as it takes at once",
            "within 10 seconds",
        ),
    ];
    for (refusal, what, wait) in cases {
        let text = replies::refused(Lang::ENGLISH, &request, refusal);
        assert_readable(&text);
        for phrase in [what, wait, "restart", "`srv_1`", "not sent"] {
            assert!(
                text.contains(phrase),
                "{refusal:?}: no {phrase:?} in {text}"
            );
        }
        let outcome = PowerOutcome::Refused(refusal);
        assert_eq!(
            replies::power_outcome(Lang::ENGLISH, &request, &outcome),
            text
        );
    }
}

#[test]
fn every_other_reply_is_readable_in_every_language() {
    for lang in every_language() {
        let server = kill_request(Some("mc"));
        let mut texts = vec![
            replies::key_linked(lang, LinkOutcome::Linked, Some("9876")),
            replies::key_linked(lang, LinkOutcome::Replaced, None),
            replies::key_malformed(lang),
            replies::key_unlinked(lang, true),
            replies::key_unlinked(lang, false),
            replies::kill_prompt(lang, &server, Duration::from_secs(60)),
            replies::kill_sending(lang, &server),
            replies::kill_cancelled(lang, &server),
            replies::kill_expired(lang, &server),
            replies::kill_not_yours(lang),
            replies::kill_no_longer_allowed(lang, GUILD, &Lost::ManageServer),
            replies::kill_no_longer_allowed(lang, GUILD, &Lost::Roles(vec![])),
            replies::kill_no_longer_allowed(lang, GUILD, &Lost::Roles(vec![ROLE])),
            replies::kill_prompt_gone(lang),
            replies::needs_manage_server(lang),
            replies::guild_only(lang),
            replies::store_failed(lang),
            replies::internal_error(lang),
            replies::restarting(lang),
            replies::guild_not_served(lang),
            replies::bad_arguments(lang),
        ];
        for reason in [
            InvalidServerId::Empty,
            InvalidServerId::TooLong,
            InvalidServerId::HiddenCharacter,
            InvalidServerId::DotSegment,
        ] {
            texts.push(replies::invalid_server_id(lang, reason));
        }
        for reason in [
            InvalidServerName::Empty,
            InvalidServerName::TooLong,
            InvalidServerName::HiddenCharacter,
        ] {
            texts.push(replies::invalid_server_name(lang, reason));
        }
        let other = NamedServer {
            id: "srv_2".into(),
            name: "other".into(),
        };
        let (id, name) = (
            ServerId::parse("srv_1").unwrap(),
            ServerName::parse("mc").unwrap(),
        );
        for outcome in [
            AddServer::Added,
            AddServer::Renamed { from: "old".into() },
            AddServer::NameTaken { by: other.clone() },
            AddServer::NameIsAnotherId { of: other.clone() },
            AddServer::IdIsAnotherName { of: other.clone() },
        ] {
            texts.push(replies::server_added(lang, &outcome, &id, &name));
        }
        texts.push(replies::server_removed(lang, Some(&other), "other"));
        texts.push(replies::server_removed(lang, None, "nope"));
        if lang.is_pseudo() {
            let typed = ["srv_1", "srv_2", "mc", "other", "old", "nope", "9876"];
            assert_from_catalogues(&texts, &typed);
        }
        for text in texts {
            assert_readable(&text);
        }
    }
}

#[test]
fn a_key_hint_shows_at_most_the_last_four_characters_of_a_long_key() {
    let hint = replies::key_hint(&SecretString::from(KEY.to_owned())).unwrap();
    assert_eq!(hint, "9876");
    assert_eq!(
        replies::key_hint(&SecretString::from("short-key".to_owned())),
        None
    );
    let linked = replies::key_linked(Lang::ENGLISH, LinkOutcome::Linked, Some(&hint));
    assert!(linked.contains("`9876`"));
    assert!(!linked.contains(&KEY[..KEY.len() - 4]));
}

#[test]
fn the_kill_prompt_says_when_it_expires() {
    let prompt = replies::kill_prompt(Lang::ENGLISH, &kill_request(None), Duration::from_secs(60));
    assert!(prompt.contains("60 seconds"), "{prompt}");
    assert!(prompt.contains("`srv_1`"), "{prompt}");
}

#[test]
fn role_replies_name_the_roles_and_stay_within_discords_limit_in_every_language_with_every_role_of_a_guild()
 {
    for lang in every_language() {
        // Discord allows 250 roles per guild; all of them may be granted every action.
        let every_role: Vec<u64> = (0..250).map(|n| ROLE + n).collect();
        let grants = Grants::new(
            PowerAction::ALL
                .into_iter()
                .flat_map(|action| every_role.iter().map(move |role| (action, *role))),
        );
        let mut texts = vec![
            replies::role_grants(lang, GUILD, &grants),
            replies::role_grants(lang, GUILD, &Grants::EMPTY),
        ];
        for action in Grantable::ALL {
            for roles in [&[][..], &[ROLE][..], &every_role[..]] {
                texts.push(replies::not_permitted(lang, GUILD, action, roles));
            }
            for yes in [true, false] {
                texts.push(replies::role_granted(lang, GUILD, action, ROLE, yes));
                texts.push(replies::role_revoked(lang, GUILD, action, ROLE, yes));
            }
        }
        texts.push(replies::kill_no_longer_allowed(
            lang,
            GUILD,
            &Lost::Roles(every_role.clone()),
        ));
        if lang.is_pseudo() {
            assert_from_catalogues(&texts, &[]);
        }
        for text in &texts {
            assert_readable(text);
        }
        let refusal = replies::not_permitted(lang, GUILD, PowerAction::Start, &every_role);
        assert!(refusal.contains(&format!("<@&{ROLE}>")), "{refusal}");
        if lang.is_source() {
            assert!(refusal.contains("and 240 more"), "{refusal}");
            assert!(refusal.contains("to start"), "{refusal}");
        }
    }
}

/// A name typed to break out: backticks, bold, a link and a mention, 32 characters.
const HOSTILE_NAME: &str = "`**[x](https://e.x)** <@1>`@here";

fn kill_request(name: Option<&str>) -> PowerRequest {
    PowerRequest {
        guild: 1,
        member: 2,
        server: ServerId::parse("srv_1").unwrap(),
        name: name.map(str::to_owned),
        action: PowerAction::Kill,
        schedule: None,
        panel: None,
    }
}

#[test]
fn a_named_server_is_shown_by_name_and_id_and_its_name_stays_inert() {
    let request = PowerRequest {
        name: Some(HOSTILE_NAME.to_owned()),
        ..kill_request(None)
    };
    let text = replies::power_outcome(Lang::ENGLISH, &request, &PowerOutcome::Requested);
    assert!(text.contains("(`srv_1`)"), "{text}");
    // The whole name is one code span: a backtick inside it is swapped for a look-alike, so
    // no bold, link or mention in it is rendered.
    let span = format!("`{}`", HOSTILE_NAME.replace('`', "ˋ"));
    assert!(text.contains(&format!("**{span}**")), "{text}");
    assert_eq!(text.matches('`').count(), 4, "{text}");
    let plain =
        replies::power_outcome(Lang::ENGLISH, &kill_request(None), &PowerOutcome::Requested);
    assert!(plain.contains("for `srv_1` by"), "{plain}");
}

#[test]
fn a_long_server_list_fits_one_message_and_says_how_many_more() {
    let servers: Vec<NamedServer> = (0..500)
        .map(|n| NamedServer {
            id: format!("srv_{n:0>90}"),
            name: format!("server-{n:0>25}"),
        })
        .collect();
    let text = replies::server_list(Lang::ENGLISH, &servers);
    assert!(
        text.chars().count() <= DISCORD_MESSAGE_LIMIT,
        "{}",
        text.len()
    );
    let shown = text.matches("• ").count();
    assert!(shown > 5, "{text}");
    assert!(
        text.ends_with(&format!("…and {} more.", 500 - shown)),
        "{text}"
    );
    let few = replies::server_list(Lang::ENGLISH, &servers[..2]);
    assert!(!few.contains("more"), "{few}");
    assert!(replies::server_list(Lang::ENGLISH, &[]).contains("/server add"));
}

#[test]
fn what_was_typed_is_echoed_at_most_as_long_as_the_longest_server_id() {
    let typed = "x".repeat(5_000);
    let reply = replies::server_removed(Lang::ENGLISH, None, &typed);
    assert!(
        reply.chars().count() <= DISCORD_MESSAGE_LIMIT,
        "{}",
        reply.len()
    );
    let echoed = format!("`{}…`", "x".repeat(heo_bot::domain::MAX_SERVER_ID_LEN));
    assert!(reply.contains(&echoed), "{reply}");
    // Up to the limit, nothing is cut.
    let id = "y".repeat(heo_bot::domain::MAX_SERVER_ID_LEN);
    assert!(replies::server_removed(Lang::ENGLISH, None, &id).contains(&format!("`{id}`")));
}
