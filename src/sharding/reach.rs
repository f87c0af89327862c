//! Reaching Discord at start: `GET /gateway/bot` (on `DISCORD_API_URL` when set) says where
//! the gateway is and how many shards Discord recommends. It is asked until it answers, with
//! a wait that grows to a ceiling, because a network or Discord that is down now may be back
//! in a minute, and a service manager restarting the bot in a tight loop helps no one. An
//! answer that retrying cannot change (a refused token, a URL that is not Discord's API)
//! ends the start instead.
//!
//! The gateway URL from this answer is the only one the bot connects to: serenity would fall
//! back to `wss://gateway.discord.gg` when its own `GET /gateway` fails, which would take
//! the bot past `DISCORD_API_URL` to Discord's public host.

use std::time::{Duration, Instant};

use poise::serenity_prelude as serenity;

use crate::commands::DiscordError;

/// How long one attempt may take: Discord answers this in milliseconds; a connection that
/// was accepted but never answered must not hold the start.
const ATTEMPT_TIMEOUT: Duration = Duration::from_secs(10);
/// How often a long outage is mentioned again, so that the log's last line about it is
/// never hours old.
const REMIND_EVERY: Duration = Duration::from_secs(600);

/// Where the gateway is, and how many shards Discord recommends.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GatewayAnswer {
    pub url: String,
    pub recommended: u32,
}

/// The waits between attempts: `first`, doubling up to `ceiling`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pace {
    pub first: Duration,
    pub ceiling: Duration,
}

impl Pace {
    /// 1 s, 2 s, 4 s … up to a minute: quick after a blip, gentle in a long outage.
    pub const DISCORD: Self = Self {
        first: Duration::from_secs(1),
        ceiling: Duration::from_secs(60),
    };

    /// The wait after the `failures`th failed attempt in a row (counted from 1).
    pub fn wait_after(self, failures: u32) -> Duration {
        let doublings = failures.saturating_sub(1).min(16);
        self.first.saturating_mul(1 << doublings).min(self.ceiling)
    }
}

/// Asks `http` for the gateway until it answers. Returns the error of an answer that
/// retrying cannot change. `place` names where it asks, for the log ("Discord", or the
/// `DISCORD_API_URL`). Cancel-safe: dropping it between attempts loses nothing.
pub async fn ask_until_answered(
    http: &serenity::Http,
    place: &str,
    pace: Pace,
) -> Result<GatewayAnswer, serenity::Error> {
    let started = Instant::now();
    let mut failures = 0u32;
    let mut reminded = started;
    loop {
        let failure = match tokio::time::timeout(ATTEMPT_TIMEOUT, http.get_bot_gateway()).await {
            Ok(Ok(gateway)) => {
                if failures > 0 {
                    tracing::info!(
                        attempts = failures + 1,
                        after_secs = started.elapsed().as_secs(),
                        "heo-bot reached Discord at {place}; connecting"
                    );
                }
                return Ok(GatewayAnswer {
                    url: gateway.url,
                    recommended: gateway.shards.max(1),
                });
            }
            Ok(Err(error)) if !worth_retrying(&error) => return Err(error),
            Ok(Err(error)) => describe(&error),
            Err(_) => format!("no answer within {} s", ATTEMPT_TIMEOUT.as_secs()),
        };
        failures += 1;
        let wait = pace.wait_after(failures);
        if failures == 1 {
            tracing::warn!(
                "heo-bot cannot reach Discord at {place} ({failure}); it keeps trying, \
                 waiting longer after each failure (up to {} s), until Discord answers or \
                 heo-bot is stopped",
                pace.ceiling.as_secs()
            );
        } else if reminded.elapsed() >= REMIND_EVERY {
            reminded = Instant::now();
            tracing::warn!(
                attempts = failures,
                for_secs = started.elapsed().as_secs(),
                "heo-bot still cannot reach Discord at {place} ({failure}); still trying"
            );
        } else {
            tracing::debug!(attempts = failures, wait_secs = wait.as_secs(), %failure, "Discord unreachable");
        }
        tokio::time::sleep(wait).await;
    }
}

/// What went wrong, for the log: the status and Discord's message for an answer, the
/// root cause for a connection that failed (the line names the place already).
fn describe(error: &serenity::Error) -> String {
    match error {
        serenity::Error::Http(serenity::HttpError::UnsuccessfulRequest(answer)) => format!(
            "it answered {}: {}",
            answer.status_code, answer.error.message
        ),
        other => crate::error_line::root_cause(other),
    }
}

/// Whether another attempt may get another answer: a lost connection, an outage, a rate
/// limit, or an answer that was not Discord's (a proxy's error page) may pass; a refused
/// token or a path the server does not know will not.
fn worth_retrying(error: &serenity::Error) -> bool {
    let kind = DiscordError::of(error);
    kind.worth_retrying() || kind == DiscordError::Other
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_wait_doubles_from_one_second_to_a_minute_and_stays_there() {
        let waits: Vec<u64> = (1..=9)
            .map(|n| Pace::DISCORD.wait_after(n).as_secs())
            .collect();
        assert_eq!(waits, [1, 2, 4, 8, 16, 32, 60, 60, 60]);
        assert_eq!(Pace::DISCORD.wait_after(u32::MAX), Duration::from_secs(60));
    }
}
