//! What the Discord test server reports on its own, without the bot: a bad body that meets
//! a planned failure.

use serde_json::{Value, json};

use crate::support::discord::{FakeDiscord, Route};

#[tokio::test]
async fn a_malformed_reply_that_meets_a_planned_failure_is_still_reported() {
    let discord = FakeDiscord::start().await;
    let unknown = json!({"message": "Unknown interaction", "code": 10062});
    discord.fail_next(Route::Callback, 404, unknown.clone());

    let url = format!("{}/api/v10/interactions/1/token/callback", discord.url());
    let misspelled = json!({"type": 4, "data": {"content": "hi", "flag": 64}});
    let response = reqwest::Client::new()
        .post(url)
        .json(&misspelled)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 404, "the planned failure still answers");
    assert_eq!(response.json::<Value>().await.unwrap(), unknown);
    let errors = discord.take_errors();
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(errors[0].contains("/data/flag"), "{errors:#?}");
}
