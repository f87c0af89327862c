//! Why a call to HEO did not go through: refused by the guards, never sent, or failed at
//! HEO. One table for power actions and log reads ([`Call`]); the sentences differ only where
//! the consequence does.

use crate::domain::PowerAction;
use crate::heo::HeoError;
use crate::i18n::Lang;
use crate::power::{PowerRequest, Refusal};
use crate::t;

use super::{label, noun, timestamp, verb, wait_time};

/// A request the guards refused before anything was sent: what happened and how long to
/// wait. Shown only to the member who asked.
pub fn refused(lang: Lang, request: &PowerRequest, refusal: Refusal) -> String {
    // A power action names the countdown with a link to it.
    if let Refusal::CountingDown(hold) = refusal {
        return super::countdown::holds_server(lang, request, &hold);
    }
    let server = label(request);
    refused_call(lang, Call::Power(request.action), &server, refusal)
}

/// [`refused`] for any call: `server` is the server's label.
pub(super) fn refused_call(lang: Lang, call: Call, server: &str, refusal: Refusal) -> String {
    // Each refusal names the call one way only: written when it is the one needed.
    let this_of = || call.this_of(lang, server);
    let wait = |wait| wait_time(lang, Some(wait));
    match refusal {
        Refusal::InProgress { within } => t!(
            lang,
            "refused-in-progress",
            server = server,
            this = call.this(lang),
            wait = wait(within),
        ),
        Refusal::CoolingDown { wait: left } => {
            t!(
                lang,
                "refused-cooling-down",
                this_of = this_of(),
                wait = wait(left)
            )
        }
        Refusal::BackingOff { wait: left } => {
            t!(
                lang,
                "refused-backing-off",
                this_of = this_of(),
                wait = wait(left)
            )
        }
        Refusal::GuildBudget { wait: left } => {
            t!(
                lang,
                "refused-guild-budget",
                this_of = this_of(),
                wait = wait(left)
            )
        }
        Refusal::Busy { within } => {
            t!(
                lang,
                "refused-busy",
                this_of = this_of(),
                wait = wait(within)
            )
        }
        Refusal::CountingDown(hold) => t!(
            lang,
            "refused-counting-down",
            held_verb = verb(lang, hold.action),
            server = server,
            at = timestamp(hold.action_at),
            this_of = this_of(),
        ),
    }
}

/// Which call a reply is about: the sentences differ only where the consequence does.
#[derive(Debug, Clone, Copy)]
pub(super) enum Call {
    Power(PowerAction),
    /// Reading a game server's latest log.
    Logs,
}

impl Call {
    /// "this restart", "this log request".
    fn this(self, lang: Lang) -> String {
        match self {
            Call::Power(action) => t!(lang, "call-this-power", noun = noun(lang, action)),
            Call::Logs => t!(lang, "call-this-logs"),
        }
    }

    /// "this restart of `srv_1`", "this request for the log of `srv_1`".
    fn this_of(self, lang: Lang, server: &str) -> String {
        match self {
            Call::Power(action) => {
                t!(
                    lang,
                    "call-this-of-power",
                    noun = noun(lang, action),
                    server = server
                )
            }
            Call::Logs => t!(lang, "call-this-of-logs", server = server),
        }
    }

    /// "the restart", "the log request": what may or may not have gone through.
    fn the(self, lang: Lang) -> String {
        match self {
            Call::Power(action) => t!(lang, "call-the-power", noun = noun(lang, action)),
            Call::Logs => t!(lang, "call-the-logs"),
        }
    }
}

/// Why nothing was sent, before HEO was asked.
#[derive(Debug, Clone, Copy)]
pub(super) enum NotSent {
    NoKey,
    StoreFailed,
    KeyUnreadable,
}

pub(super) fn not_sent(lang: Lang, why: NotSent) -> String {
    match why {
        NotSent::NoKey => t!(lang, "not-sent-no-key"),
        NotSent::StoreFailed => t!(lang, "not-sent-store-failed"),
        NotSent::KeyUnreadable => t!(lang, "not-sent-key-unreadable"),
    }
}

pub(super) fn provider_error(lang: Lang, error: &HeoError, call: Call, server: &str) -> String {
    let power = matches!(call, Call::Power(_));
    match error {
        HeoError::ConfirmationRequired => t!(lang, "heo-confirmation-required"),
        HeoError::Unauthorized => t!(lang, "heo-unauthorized"),
        HeoError::Forbidden => t!(lang, "heo-forbidden", server = server),
        HeoError::InsufficientScope => match power {
            true => t!(lang, "heo-insufficient-scope-power"),
            false => t!(lang, "heo-insufficient-scope-logs"),
        },
        HeoError::NotFound => t!(lang, "heo-not-found", server = server),
        HeoError::MethodNotAllowed => t!(lang, "heo-method-not-allowed"),
        HeoError::RateLimited { retry_after } => {
            t!(
                lang,
                "heo-rate-limited",
                wait = wait_time(lang, *retry_after)
            )
        }
        HeoError::GameServerUnreachable => match power {
            true => t!(lang, "heo-game-server-unreachable-power"),
            false => t!(lang, "heo-game-server-unreachable-logs"),
        },
        HeoError::ProviderUnavailable { status } => t!(
            lang,
            "heo-provider-unavailable",
            status = status.to_string(),
            the = call.the(lang),
        ),
        HeoError::UnexpectedStatus { status } => t!(
            lang,
            "heo-unexpected-status",
            status = status.to_string(),
            the = call.the(lang),
        ),
        HeoError::UnreadableSuccess { .. } => {
            t!(lang, "heo-unreadable-success", the = call.the(lang))
        }
        HeoError::Timeout => match power {
            true => t!(lang, "heo-timeout-power", the = call.the(lang)),
            false => t!(lang, "heo-timeout-logs"),
        },
        HeoError::Unreachable(_) => t!(lang, "heo-unreachable"),
    }
}
