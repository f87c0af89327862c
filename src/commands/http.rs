//! The bot's REST client for Discord, pointed at `DISCORD_API_URL` when that is set: built
//! here once for the bot (`startup`) and for `heo-bot doctor` alike.

use poise::serenity_prelude as serenity;
use secrecy::{ExposeSecret, SecretString};
use url::Url;

/// serenity's HTTP client with `token`, talking to Discord, or to `api_url` (a REST proxy or
/// a local test server) when given.
pub fn discord_http(token: &SecretString, api_url: Option<&Url>) -> serenity::Http {
    let mut http = serenity::HttpBuilder::new(token.expose_secret());
    if let Some(base) = api_url {
        // serenity ignores the proxy while its own rate limiter is on; the proxy (or test
        // server) does the rate limiting then.
        http = http
            .proxy(base.as_str().trim_end_matches('/'))
            .ratelimiter_disabled(true);
    }
    http.build()
}
