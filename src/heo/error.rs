use std::time::Duration;

/// Why a power request did not go through. Each variant says what happened and what the
/// user can do; `replies` turns it into the sentence they read. `Display` is for logs only.
#[derive(Debug, thiserror::Error)]
pub enum HeoError {
    /// 400 `confirmation_required`: a kill reached the provider without `force=true`.
    /// Nothing was done. The bot always sends it, so this points at a bot or proxy bug.
    #[error("HEO refused an unconfirmed kill (400 confirmation_required)")]
    ConfirmationRequired,
    /// 401: the linked key is missing, invalid or revoked. An admin links a new one.
    #[error("HEO rejected the API key (401)")]
    Unauthorized,
    /// 403 `forbidden` (or an unknown 403 code): the key has no access to that server ID.
    /// Check the ID against the HEO dashboard.
    #[error("HEO denied access to this server (403 forbidden)")]
    Forbidden,
    /// 403 `insufficient_scope`: the key is read-only. Create one with power permission.
    #[error("the API key is read-only (403 insufficient_scope)")]
    InsufficientScope,
    /// 404: the provider did not find the endpoint; often a wrong `HEO_API_URL`.
    #[error("HEO answered 404 not found")]
    NotFound,
    /// 405: the provider did not accept the method; often a wrong `HEO_API_URL` or a proxy.
    #[error("HEO answered 405 method not allowed")]
    MethodNotAllowed,
    /// 429: the provider is rate-limiting this bot's IP. Wait `retry_after` if given.
    #[error("HEO is rate-limiting (429), retry after {retry_after:?}")]
    RateLimited { retry_after: Option<Duration> },
    /// 502 `provider_error`: HEO could not pass the action on to the game server. Try again
    /// shortly.
    #[error("HEO could not reach the game server (502 provider_error)")]
    GameServerUnreachable,
    /// Any other 5xx (500, 503, 504 from a load balancer): HEO itself is having trouble.
    #[error("HEO is unavailable ({status})")]
    ProviderUnavailable { status: u16 },
    /// A status the contract does not mention (a 3xx redirect, another 4xx, ...).
    #[error("HEO answered with unexpected status {status}")]
    UnexpectedStatus { status: u16 },
    /// A 2xx whose body is not the documented success. The action may or may not have been
    /// sent: check the dashboard before trying again.
    #[error("HEO answered {status} with an unreadable body")]
    UnreadableSuccess { status: u16 },
    /// No answer within the configured timeout. The action may or may not have been sent.
    #[error("HEO did not answer in time")]
    Timeout,
    /// The connection failed (refused, DNS, TLS): nothing reached HEO.
    #[error("could not connect to HEO")]
    Unreachable(#[source] reqwest::Error),
}

impl HeoError {
    /// A short code for the error, the same as the audit trail's outcome code for it: the
    /// `result` label of `heo_bot_provider_calls_total`.
    pub fn code(&self) -> &'static str {
        match self {
            Self::ConfirmationRequired => "confirmation_required",
            Self::Unauthorized => "unauthorized",
            Self::Forbidden => "forbidden",
            Self::InsufficientScope => "insufficient_scope",
            Self::NotFound => "not_found",
            Self::MethodNotAllowed => "method_not_allowed",
            Self::RateLimited { .. } => "rate_limited",
            Self::GameServerUnreachable => "provider_error",
            Self::ProviderUnavailable { .. } => "provider_unavailable",
            Self::UnexpectedStatus { .. } => "unexpected_status",
            Self::UnreadableSuccess { .. } => "unreadable_success",
            Self::Timeout => "timeout",
            Self::Unreachable(_) => "unreachable",
        }
    }

    /// The HTTP status the provider answered with, if it answered at all.
    pub fn http_status(&self) -> Option<u16> {
        match self {
            Self::ConfirmationRequired => Some(400),
            Self::Unauthorized => Some(401),
            Self::Forbidden | Self::InsufficientScope => Some(403),
            Self::NotFound => Some(404),
            Self::MethodNotAllowed => Some(405),
            Self::RateLimited { .. } => Some(429),
            Self::GameServerUnreachable => Some(502),
            Self::ProviderUnavailable { status }
            | Self::UnexpectedStatus { status }
            | Self::UnreadableSuccess { status } => Some(*status),
            Self::Timeout | Self::Unreachable(_) => None,
        }
    }
}
