//! `POST /v1/hosting/game/console/{server_id}/command`: a line typed into the game server's
//! console, which is how the players are warned before a warned action.

use std::time::Instant;

use secrecy::{ExposeSecret, SecretString};
use serde_json::json;

use super::client::Answer;
use super::{HeoClient, HeoError};
use crate::domain::ServerId;

impl HeoClient {
    /// Sends `command` to the console of `server` with `key` (scope `game-console:read_write`).
    /// Its answer is read by the same classifier as a power action's: the documented errors
    /// are the same, and its success (`{"success": true, "status": "sent"}`) passes as one.
    pub async fn console(
        &self,
        key: &SecretString,
        server: &ServerId,
        command: &str,
    ) -> Result<(), HeoError> {
        let started = Instant::now();
        let result = self.send_console(key, server, command).await;
        let code = result.as_ref().map_or_else(HeoError::code, |()| "accepted");
        self.metrics().console_call(code, started.elapsed());
        result
    }

    async fn send_console(
        &self,
        key: &SecretString,
        server: &ServerId,
        command: &str,
    ) -> Result<(), HeoError> {
        let url = format!(
            "{}/v1/hosting/game/console/{}/command",
            self.base_url,
            server.path_segment()
        );
        let response = self
            .http
            .post(url)
            .bearer_auth(key.expose_secret())
            .json(&json!({ "command": command }))
            .send()
            .await
            .map_err(super::client::connection_error)?;
        let answer = Answer::read(response).await;
        let status = answer.status;
        tracing::debug!(%server, status, "HEO answered a console command");
        answer.classify().map(drop)
    }
}
