//! `GET /v1/hosting/game/logs/{server_id}/latest` (scope `game-logs:read`): a game server's
//! latest log, as text. Errors are read and classified as the power calls' are (one
//! `client::Answer`), so each gets the same friendly reply.
//!
//! A log can be large and only its end is shown, so the body is streamed through a bounded
//! buffer that keeps its last [`MAX_LOG_TAIL_BYTES`]; the client's timeout bounds how long
//! the stream may run.

use secrecy::{ExposeSecret, SecretString};

use super::client::{Answer, connection_error};
use super::{HeoClient, HeoError};
use crate::domain::ServerId;

/// The most of a log kept: its last 256 KiB. Five hundred long lines fit with room to spare,
/// and memory per request stays bounded whatever HEO sends.
pub const MAX_LOG_TAIL_BYTES: usize = 256 * 1024;

/// The end of a game server's latest log.
#[derive(Clone, PartialEq, Eq)]
pub struct LogTail {
    /// The log's last bytes as text (invalid UTF-8 replaced), starting at a line when cut.
    pub text: String,
    /// Whether the log was longer than what is kept.
    pub cut: bool,
}

impl std::fmt::Debug for LogTail {
    // A log may hold anything a game server printed; logs of the bot only need its size.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LogTail")
            .field("bytes", &self.text.len())
            .field("cut", &self.cut)
            .finish()
    }
}

impl HeoClient {
    /// The end of `server`'s latest log, read with `key`.
    pub async fn latest_log(
        &self,
        key: &SecretString,
        server: &ServerId,
    ) -> Result<LogTail, HeoError> {
        let url = format!(
            "{}/v1/hosting/game/logs/{}/latest",
            self.base_url,
            server.path_segment()
        );
        let response = self
            .http
            .get(url)
            .bearer_auth(key.expose_secret())
            .send()
            .await
            .map_err(connection_error)?;
        let status = response.status().as_u16();
        tracing::debug!(%server, status, "HEO answered a log request");
        if !(200..300).contains(&status) {
            return Err(Answer::read(response).await.error());
        }
        let (bytes, cut) = read_tail(response).await?;
        Ok(tail_text(&bytes, cut))
    }
}

/// Streams the body, keeping its last [`MAX_LOG_TAIL_BYTES`]. A body cut short is a failure
/// here, unlike for the power calls: half a log would read as if it ended there.
async fn read_tail(mut response: reqwest::Response) -> Result<(Vec<u8>, bool), HeoError> {
    let mut kept = Vec::new();
    let mut cut = false;
    while let Some(chunk) = response.chunk().await.map_err(connection_error)? {
        kept.extend_from_slice(&chunk);
        // Trimmed only once twice the cap is held, so each byte is moved at most once or so.
        if kept.len() > 2 * MAX_LOG_TAIL_BYTES {
            kept.drain(..kept.len() - MAX_LOG_TAIL_BYTES);
            cut = true;
        }
    }
    if kept.len() > MAX_LOG_TAIL_BYTES {
        kept.drain(..kept.len() - MAX_LOG_TAIL_BYTES);
        cut = true;
    }
    Ok((kept, cut))
}

/// The kept bytes as text. When the log was cut, its first line is partial (perhaps even
/// a partial character), so it is dropped.
fn tail_text(bytes: &[u8], cut: bool) -> LogTail {
    let start = match (cut, bytes.iter().position(|b| *b == b'\n')) {
        (true, Some(newline)) => newline + 1,
        _ => 0,
    };
    LogTail {
        text: String::from_utf8_lossy(&bytes[start..]).into_owned(),
        cut,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cut_log_starts_at_its_first_whole_line() {
        let tail = tail_text("ü partial\nwhole\nlast\n".as_bytes(), true);
        assert_eq!(tail.text, "whole\nlast\n");
        let whole = tail_text(b"first\nlast", false);
        assert_eq!(whole.text, "first\nlast");
    }

    #[test]
    fn invalid_utf8_is_replaced_not_refused() {
        let tail = tail_text(b"ok \xff\xfe line\n", false);
        assert_eq!(tail.text, "ok \u{fffd}\u{fffd} line\n");
    }

    #[test]
    fn a_log_tail_shows_only_its_size_in_debug_output() {
        let tail = tail_text(b"secret-looking line\n", false);
        assert!(!format!("{tail:?}").contains("secret"));
    }
}
