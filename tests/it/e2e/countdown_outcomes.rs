//! How a countdown ends when HEO fails the action: the countdown says so, with what HEO's
//! status page reports.

use std::time::Duration;

use chrono::{DateTime, Utc};
use serde_json::json;
use wiremock::matchers::{method, path};
use wiremock::{Mock, ResponseTemplate};

use super::{NO_COOLDOWN, accepted, assert_contains, linked_admin};
use crate::support::bot::World;

#[tokio::test]
async fn a_countdown_whose_restart_heo_fails_says_so_with_heos_reported_disruption() {
    let start: DateTime<Utc> = "2026-12-02T20:00:00Z".parse().unwrap();
    let (world, hand) = World::start_driven(&[NO_COOLDOWN], start).await;
    let failed = json!({"success": false, "error": "provider_error",
        "message": "Failed to send action"});
    Mock::given(method("POST"))
        .and(path("/v1/hosting/game/power/srv_1/restart"))
        .respond_with(ResponseTemplate::new(502).set_body_json(failed))
        .mount(&world.heo)
        .await;
    let disrupted = json!({"status": "disrupted", "disrupted": ["game-power"]});
    Mock::given(method("GET"))
        .and(path("/v1/status"))
        .respond_with(ResponseTemplate::new(200).set_body_json(disrupted))
        .mount(&world.heo)
        .await;
    Mock::given(method("POST"))
        .respond_with(accepted())
        .mount(&world.heo)
        .await;
    let admin = linked_admin(&world.discord).await;
    admin
        .slash("/server restart server:srv_1 warn:10s")
        .await
        .reply()
        .await;
    let countdown = world
        .discord
        .wait_for_post(admin.channel, "the countdown", |m| {
            m.button("Abort").is_some()
        })
        .await;
    hand.advance(Duration::from_secs(10));
    let ended = countdown
        .wait_until("the outcome", |m| m.buttons().is_empty())
        .await;
    assert_contains(&ended.content, "Could not restart");
    assert_contains(&ended.content, "reports a disruption");
    assert_contains(&ended.content, "game-power");
}
