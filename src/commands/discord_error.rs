//! The one place that reads Discord's refusals: a pure function from serenity's error to a
//! small enum, as `heo::classify` does for HEO. Every caller decides from the variant alone
//! (post in a channel? retry the registration? a bad token?), never from status codes.

use poise::serenity_prelude as serenity;

/// Discord's JSON error codes the bot acts on.
pub(super) const UNKNOWN_CHANNEL: isize = 10003;
pub(super) const UNKNOWN_MESSAGE: isize = 10008;
pub(super) const MISSING_ACCESS: isize = 50001;
pub(super) const NOT_A_TEXT_CHANNEL: isize = 50008;
pub(super) const MISSING_PERMISSIONS: isize = 50013;

/// What went wrong with a call to Discord, as far as the bot acts on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DiscordError {
    /// Discord refused the bot's token (401, or the gateway's Authentication Failed).
    InvalidToken,
    /// The bot may not see or act in that place (403, Missing Access, Missing Permissions).
    NotAllowed,
    /// The channel does not exist (Unknown Channel), most likely deleted.
    UnknownChannel,
    /// The message does not exist (Unknown Message): deleted.
    UnknownMessage,
    /// The channel takes no messages (not a text channel).
    NotATextChannel,
    /// Discord rate-limited the call (429).
    RateLimited,
    /// Discord failed (5xx).
    Outage { status: u16 },
    /// Any other refusal: Discord will not take this call as it is.
    Refused { status: u16, code: isize },
    /// No answer came: the connection failed or timed out.
    NoAnswer,
    /// Anything else (an answer serenity could not read, a gateway failure, ...).
    Other,
}

impl DiscordError {
    /// Reads serenity's error.
    pub fn of(error: &serenity::Error) -> Self {
        match error {
            serenity::Error::Http(serenity::HttpError::UnsuccessfulRequest(response)) => {
                Self::from_answer(response.status_code.as_u16(), response.error.code)
            }
            serenity::Error::Http(serenity::HttpError::Request(_)) => Self::NoAnswer,
            serenity::Error::Gateway(serenity::GatewayError::InvalidAuthentication) => {
                Self::InvalidToken
            }
            _ => Self::Other,
        }
    }

    /// Discord's answer by HTTP status and JSON error code (-1 when the body was not
    /// Discord's JSON, as from a proxy). The code decides first: a bare 404 (a proxy, a
    /// wrong URL) must not read as a deleted channel.
    pub(super) fn from_answer(status: u16, code: isize) -> Self {
        match (status, code) {
            (_, MISSING_ACCESS | MISSING_PERMISSIONS) => Self::NotAllowed,
            (_, UNKNOWN_CHANNEL) => Self::UnknownChannel,
            (_, UNKNOWN_MESSAGE) => Self::UnknownMessage,
            (_, NOT_A_TEXT_CHANNEL) => Self::NotATextChannel,
            (401, _) => Self::InvalidToken,
            (403, _) => Self::NotAllowed,
            (429, _) => Self::RateLimited,
            (500..=599, _) => Self::Outage { status },
            _ => Self::Refused { status, code },
        }
    }

    /// An outage, a rate limit or a lost connection may pass; any other refusal means
    /// Discord will not take this call, which retrying cannot change.
    pub fn worth_retrying(self) -> bool {
        matches!(
            self,
            Self::RateLimited | Self::Outage { .. } | Self::NoAnswer
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// serenity's error for Discord answering `status` with `body`, built the way serenity
    /// builds it from a real response.
    async fn answered(status: u16, body: &str) -> serenity::Error {
        let response = hyper::Response::builder()
            .status(status)
            .body(body.to_owned())
            .unwrap();
        let response = serenity::ErrorResponse::from_response(
            reqwest::Response::from(response),
            reqwest::Method::POST,
        )
        .await;
        serenity::Error::Http(serenity::HttpError::UnsuccessfulRequest(response))
    }

    async fn discord(status: u16, code: isize) -> DiscordError {
        let body = format!(r#"{{"message": "refused", "code": {code}}}"#);
        DiscordError::of(&answered(status, &body).await)
    }

    #[tokio::test]
    async fn discords_codes_decide_before_the_status() {
        assert_eq!(discord(403, MISSING_ACCESS).await, DiscordError::NotAllowed);
        assert_eq!(
            discord(403, MISSING_PERMISSIONS).await,
            DiscordError::NotAllowed
        );
        assert_eq!(
            discord(404, UNKNOWN_CHANNEL).await,
            DiscordError::UnknownChannel
        );
        assert_eq!(
            discord(400, NOT_A_TEXT_CHANNEL).await,
            DiscordError::NotATextChannel
        );
        assert_eq!(discord(401, 0).await, DiscordError::InvalidToken);
        assert_eq!(discord(429, 0).await, DiscordError::RateLimited);
        assert_eq!(discord(503, 0).await, DiscordError::Outage { status: 503 });
        assert_eq!(
            discord(400, 50035).await,
            DiscordError::Refused {
                status: 400,
                code: 50035
            }
        );
    }

    #[tokio::test]
    async fn a_bare_answer_from_a_proxy_is_read_by_its_status_alone() {
        let bare = |status| async move { DiscordError::of(&answered(status, "<html>").await) };
        assert_eq!(bare(403).await, DiscordError::NotAllowed);
        // Never "deleted": only Discord's Unknown Channel means that.
        assert_eq!(
            bare(404).await,
            DiscordError::Refused {
                status: 404,
                code: -1
            }
        );
        assert_eq!(bare(502).await, DiscordError::Outage { status: 502 });
    }

    #[test]
    fn no_answer_and_a_refused_token_at_the_gateway_are_told_apart() {
        let builder_error = reqwest::Client::new().get("not a url").build().unwrap_err();
        let transport = serenity::Error::Http(serenity::HttpError::Request(builder_error));
        assert_eq!(DiscordError::of(&transport), DiscordError::NoAnswer);
        let gateway = serenity::Error::Gateway(serenity::GatewayError::InvalidAuthentication);
        assert_eq!(DiscordError::of(&gateway), DiscordError::InvalidToken);
        let other = serenity::Error::Gateway(serenity::GatewayError::InvalidShardData);
        assert_eq!(DiscordError::of(&other), DiscordError::Other);
    }

    #[test]
    fn a_registration_is_retried_after_an_outage_or_a_rate_limit_and_not_after_a_refusal() {
        for status in [500, 502, 503, 504, 429] {
            assert!(
                DiscordError::from_answer(status, 0).worth_retrying(),
                "{status}"
            );
        }
        for status in [400, 401, 403, 404, 413] {
            assert!(
                !DiscordError::from_answer(status, 0).worth_retrying(),
                "{status}"
            );
        }
    }

    #[test]
    fn an_outage_a_rate_limit_or_a_lost_connection_is_worth_retrying_and_nothing_else() {
        for retried in [
            DiscordError::RateLimited,
            DiscordError::Outage { status: 500 },
            DiscordError::NoAnswer,
        ] {
            assert!(retried.worth_retrying(), "{retried:?}");
        }
        for not in [
            DiscordError::InvalidToken,
            DiscordError::NotAllowed,
            DiscordError::UnknownChannel,
            DiscordError::NotATextChannel,
            DiscordError::Refused {
                status: 413,
                code: 0,
            },
            DiscordError::Other,
        ] {
            assert!(!not.worth_retrying(), "{not:?}");
        }
    }
}
