//! `/server start|stop|restart` and `/server kill force:true`: the request HEO receives, and
//! the reply the channel reads for every answer HEO can give.

use std::time::Duration;

use serde_json::json;
use wiremock::matchers::{method, path};
use wiremock::{Mock, ResponseTemplate};

use super::{
    KEY, NO_COOLDOWN, Sent, accepted, assert_contains, assert_no_secret, assert_sent_by_the_stop,
    linked_admin, private_answer, public_reply, sent_to_heo, start_linked,
};
use crate::support::bot::World;
use crate::support::discord::model::ACK_DEADLINE;

/// A documented error body.
fn heo_error(status: u16, code: &str, message: &str) -> ResponseTemplate {
    ResponseTemplate::new(status).set_body_json(json!({
        "success": false, "error": code, "message": message,
    }))
}

#[tokio::test]
async fn each_action_posts_to_its_endpoint_with_the_key_and_force_only_on_kill() {
    // One member, four actions back to back.
    let (world, admin) = start_linked(&[NO_COOLDOWN]).await;

    let actions = [
        ("/server start server:srv_1", "start", "Start requested"),
        ("/server stop server:srv_1", "stop", "Stop requested"),
        (
            "/server restart server:srv_1",
            "restart",
            "Restart requested",
        ),
        (
            "/server kill server:srv_1 force:true",
            "kill",
            "Kill requested",
        ),
    ];
    for (n, (command, action, said)) in actions.into_iter().enumerate() {
        let reply = public_reply(&admin, command).await;
        assert!(reply.content.contains(said), "{command}: {}", reply.content);
        assert_contains(&reply.content, "srv_1");
        let sent = sent_to_heo(&world.heo).await;
        assert_eq!(sent.len(), n + 1, "{command}: {sent:#?}");
        assert_eq!(sent[n], Sent::power("srv_1", action, KEY), "{command}");
    }
    let all = ["start", "stop", "restart", "kill"].map(|a| Sent::power("srv_1", a, KEY));
    assert_sent_by_the_stop(world, &all).await;
}

#[tokio::test]
async fn each_documented_heo_error_gets_a_public_reply_that_says_what_to_do() {
    let world = World::start_with(&[NO_COOLDOWN]).await;
    let admin = linked_admin(&world.discord).await;

    let bad_gateway = "Failed to send action";
    let cases: [(&str, ResponseTemplate, &[&str]); 10] = [
        (
            "400 confirmation_required",
            heo_error(400, "confirmation_required", "Kill requires force=true"),
            &["confirm", "bot's owner"],
        ),
        (
            "401",
            heo_error(401, "unauthorized", "Missing, invalid, or revoked API key"),
            &["rejected", "`/link-key`"],
        ),
        (
            "403 forbidden",
            heo_error(
                403,
                "forbidden",
                "You do not have access to this game server",
            ),
            &["no access to `srv_1`", "HEO dashboard"],
        ),
        (
            "403 insufficient_scope",
            heo_error(
                403,
                "insufficient_scope",
                "This API key only has read scope",
            ),
            &["read-only", "`/link-key`"],
        ),
        (
            "404",
            heo_error(404, "not_found", "Endpoint not found"),
            &["not found", "`HEO_API_URL`"],
        ),
        (
            "405",
            heo_error(405, "method_not_allowed", "Method not allowed"),
            &["method not allowed", "`HEO_API_URL`"],
        ),
        (
            "502",
            heo_error(502, "provider_error", bad_gateway),
            &["could not pass the action on", "Try again"],
        ),
        (
            "503 from a load balancer",
            ResponseTemplate::new(503).set_body_raw(
                "<html><body>503 Service Unavailable</body></html>",
                "text/html",
            ),
            &["HTTP 503", "Try again"],
        ),
        (
            "200 with a garbage body",
            ResponseTemplate::new(200).set_body_raw("{\"succ", "application/json"),
            &["cannot tell whether", "HEO dashboard"],
        ),
        // Last: after a 429 the whole bot backs off (tests/it/e2e/guards.rs).
        (
            "429 with Retry-After",
            ResponseTemplate::new(429).insert_header("retry-after", "17"),
            &["rate-limiting", "17 seconds"],
        ),
    ];
    for (case, response, phrases) in cases {
        world.heo.reset().await;
        Mock::given(method("POST"))
            .respond_with(response)
            .mount(&world.heo)
            .await;

        let reply = public_reply(&admin, "/server restart server:srv_1").await;
        let text = &reply.content;
        assert!(text.contains("Could not restart"), "{case}: {text}");
        for phrase in phrases {
            assert!(text.contains(phrase), "{case}: no {phrase:?} in {text}");
        }
        for raw in [
            "{",
            "\"error\"",
            "_scope",
            "provider_error",
            "<html",
            "Failed to send",
        ] {
            assert!(!text.contains(raw), "{case}: raw {raw:?} in {text}");
        }
        assert_no_secret(text, KEY);
        let sent = sent_to_heo(&world.heo).await;
        assert_eq!(sent, [Sent::power("srv_1", "restart", KEY)], "{case}");
    }
    world.discord.assert_no_errors();
}

#[tokio::test]
async fn a_refused_connection_to_heo_gets_a_public_reply_that_nothing_was_sent() {
    // A port that was just free: nothing listens there.
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", closed.local_addr().unwrap());
    drop(closed);
    let world = World::start_with(&[("HEO_API_URL", &url)]).await;
    let admin = linked_admin(&world.discord).await;

    let reply = public_reply(&admin, "/server start server:srv_1").await;
    let text = &reply.content;
    assert_contains(text, "could not connect to HEO");
    assert_contains(text, "nothing was sent");
    assert_no_secret(text, KEY);
    world.discord.assert_no_errors();
}

#[tokio::test]
async fn heo_not_answering_in_time_gets_a_public_reply_to_check_the_dashboard() {
    let world = World::start_with(&[("HEO_TIMEOUT_SECS", "1")]).await;
    Mock::given(method("POST"))
        .respond_with(accepted().set_delay(Duration::from_millis(2500)))
        .mount(&world.heo)
        .await;
    let admin = linked_admin(&world.discord).await;

    let reply = public_reply(&admin, "/server stop server:srv_1").await;
    let text = &reply.content;
    assert_contains(text, "did not answer in time");
    assert_contains(text, "HEO dashboard");
    assert_no_secret(text, KEY);
    world.discord.assert_no_errors();
}

#[tokio::test]
async fn an_invalid_server_id_gets_a_private_reply_and_nothing_reaches_heo() {
    let world = World::start().await;
    let admin = linked_admin(&world.discord).await;

    let long = "x".repeat(101);
    for id in ["..", ".", long.as_str()] {
        for action in ["restart", "kill"] {
            let command = format!("/server {action} server:{id}");
            let text = private_answer(&admin.slash(&command).await).await.content;
            assert!(text.contains("nothing was sent"), "{command}: {text}");
            assert!(text.contains("`srv_123`"), "{command}: {text}");
        }
    }
    assert_sent_by_the_stop(world, &[]).await;
}

#[tokio::test]
async fn a_server_id_with_a_slash_reaches_heo_as_one_encoded_path_segment() {
    let world = World::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/hosting/game/power/..%2Fsrv_2/restart"))
        .respond_with(accepted())
        .expect(1)
        .mount(&world.heo)
        .await;
    let admin = linked_admin(&world.discord).await;

    let reply = public_reply(&admin, "/server restart server:../srv_2").await;
    assert_contains(&reply.content, "Restart requested");
    let sent = sent_to_heo(&world.heo).await;
    assert_eq!(sent, [Sent::power("..%2Fsrv_2", "restart", KEY)]);
    world.discord.assert_no_errors();
}

#[tokio::test]
async fn a_provider_slower_than_discords_deadline_still_gets_the_interaction_acknowledged() {
    let world = World::start().await;
    // The case: HEO taking 5 s, well past Discord's 3 s deadline.
    let heo_delay = Duration::from_secs(5);
    let slow = accepted().set_delay(heo_delay);
    Mock::given(method("POST"))
        .and(path("/v1/hosting/game/power/srv_1/start"))
        .respond_with(slow)
        .expect(1)
        .mount(&world.heo)
        .await;
    let admin = linked_admin(&world.discord).await;

    let start = admin.slash("/server start server:srv_1").await;
    let ack = start.response().await;
    let sent_at = start.record().sent_at;
    assert!(
        ack.at - sent_at < Duration::from_secs(1),
        "acknowledged after {:?}",
        ack.at - sent_at
    );
    let reply = start.reply().await.message();
    assert_contains(&reply.content, "Start requested");
    let shown_at = reply.edits.last().copied().unwrap_or(reply.created_at);
    // Measured, not assumed: HEO really answered only after Discord's deadline had passed.
    assert!(
        shown_at - sent_at >= heo_delay,
        "the reply came {:?} after the command, before HEO's {heo_delay:?} answer",
        shown_at - sent_at
    );
    assert!(
        shown_at - sent_at > ACK_DEADLINE,
        "the reply came after HEO answered"
    );
    world.discord.assert_no_errors();
}

#[tokio::test]
async fn a_command_the_bot_no_longer_has_is_answered_privately_and_pings_nobody() {
    // The reply is built outside poise (which adds the framework's allowed mentions itself),
    // so it is the path most likely to go out without them; the test server fails any
    // message that does not set them.
    let world = World::start().await;
    let admin = linked_admin(&world.discord).await;

    let text = private_answer(&admin.slash_retired("status")).await.content;
    assert_contains(&text, "did not understand");
    world.discord.assert_no_errors();
}
