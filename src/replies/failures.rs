//! Why a call to HEO did not go through: refused by the guards, never sent, or failed at
//! HEO. One table for power actions and log reads ([`Call`]); the sentences differ only where
//! the consequence does.

use crate::domain::PowerAction;
use crate::heo::HeoError;
use crate::power::{PowerRequest, Refusal};

use super::{label, wait_time};

/// A request the guards refused before anything was sent: what happened and how long to
/// wait. Shown only to the member who asked.
pub fn refused(request: &PowerRequest, refusal: Refusal) -> String {
    // A power action names the countdown with a link to it.
    if let Refusal::CountingDown(hold) = refusal {
        return super::countdown::holds_server(request, &hold);
    }
    let server = label(request);
    refused_call(Call::Power(request.action), &server, refusal)
}

/// [`refused`] for any call: `server` is the server's label.
pub(super) fn refused_call(call: Call, server: &str, refusal: Refusal) -> String {
    // "this restart" / "this restart of `srv_1`"; "this log request" / "this request for
    // the log of `srv_1`".
    let (this, this_of) = match call {
        Call::Power(action) => (
            format!("this {action}"),
            format!("this {action} of {server}"),
        ),
        Call::Logs => (
            "this log request".to_owned(),
            format!("this request for the log of {server}"),
        ),
    };
    match refusal {
        Refusal::InProgress { within } => format!(
            "⏳ Another action on {server} is still on its way to HEO, so {this} was not \
             sent. Its reply will show in the channel within {}; try again after that if you \
             still need to.",
            wait_time(Some(within))
        ),
        Refusal::CoolingDown { wait } => format!(
            "⏳ You asked for a power action moments ago, so {this_of} was not sent. Try \
             again in {}.",
            wait_time(Some(wait))
        ),
        Refusal::BackingOff { wait } => format!(
            "⏳ HEO is rate-limiting this bot, and its limit is shared by every Discord server \
             the bot serves, so {this_of} was not sent. Try again in {}.",
            wait_time(Some(wait))
        ),
        Refusal::GuildBudget { wait } => format!(
            "⏳ This Discord server has used its share of calls to HEO for now (HEO's limit is \
             shared by every Discord server the bot serves), so {this_of} was not sent. Try \
             again in {}.",
            wait_time(Some(wait))
        ),
        Refusal::Busy { within } => format!(
            "⏳ The bot is already waiting on HEO for as many actions as it takes at once, so \
             {this_of} was not sent. Those actions end within {}; try again then.",
            wait_time(Some(within))
        ),
        Refusal::CountingDown(hold) => format!(
            "⏳ A countdown to {} {server} <t:{}:R> holds it, so {this_of} was not sent. Press \
             **Abort** on the countdown first if you need to, or wait for it.",
            hold.action, hold.action_at
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

/// Why nothing was sent, before HEO was asked.
#[derive(Debug, Clone, Copy)]
pub(super) enum NotSent {
    NoKey,
    StoreFailed,
    KeyUnreadable,
}

pub(super) fn not_sent(why: NotSent) -> &'static str {
    match why {
        NotSent::NoKey => {
            "No HEO API key is linked to this Discord server yet, so nothing was \
             sent. An admin with Manage Server can link one with `/link-key`."
        }
        NotSent::StoreFailed => {
            "The bot could not read its database, so nothing was sent. Try \
             again in a moment; if it keeps happening, ask the bot's owner to check its logs."
        }
        NotSent::KeyUnreadable => {
            "The HEO API key stored for this Discord server can no \
             longer be read (it may come from another server's backup), so nothing was sent. \
             An admin with Manage Server should link it again with `/link-key`."
        }
    }
}

pub(super) fn provider_error(error: &HeoError, call: Call, server: &str) -> String {
    // "the restart", "the log request": what may or may not have gone through.
    let the = match call {
        Call::Power(action) => format!("the {action}"),
        Call::Logs => "the log request".to_owned(),
    };
    match error {
        HeoError::ConfirmationRequired => "HEO wanted a confirmation and did nothing. The bot \
             always confirms a kill, so something between it and HEO dropped the \
             confirmation: please tell the bot's owner."
            .to_owned(),
        HeoError::Unauthorized => "HEO rejected this Discord server's API key: it may have \
             been revoked or mistyped. An admin should run `/link-key` with a new key from the \
             HEO dashboard."
            .to_owned(),
        HeoError::Forbidden => format!(
            "the linked API key has no access to {server}. Check the ID in the HEO dashboard \
             (it looks like `srv_123`), or link a key that covers this server."
        ),
        HeoError::InsufficientScope => match call {
            Call::Power(_) => "the linked API key is read-only, so it cannot use power \
                 actions. Create a key with power permission in the HEO dashboard and link it \
                 with `/link-key`."
                .to_owned(),
            Call::Logs => "the linked API key lacks the `game-logs:read` scope, so it cannot \
                 read logs. Create a key with that scope in the HEO dashboard and link it with \
                 `/link-key`."
                .to_owned(),
        },
        HeoError::NotFound => format!(
            "HEO answered \"not found\". Check that {server} is the ID shown in the HEO \
             dashboard; if it is, ask the bot's owner to check its `HEO_API_URL` setting."
        ),
        HeoError::MethodNotAllowed => "HEO refused the request (method not allowed), so \
             nothing was done. Ask the bot's owner to check its `HEO_API_URL` setting."
            .to_owned(),
        HeoError::RateLimited { retry_after } => format!(
            "HEO is rate-limiting this bot right now, so nothing was done. Try again in {}.",
            wait_time(*retry_after)
        ),
        HeoError::GameServerUnreachable => format!(
            "HEO could not {} the game server. Try again in a minute; if it keeps failing, \
             check HEO's status page.",
            match call {
                Call::Power(_) => "pass the action on to",
                Call::Logs => "get the log from",
            }
        ),
        HeoError::ProviderUnavailable { status } => format!(
            "HEO is having trouble right now (HTTP {status}), so {the} probably did not go \
             through. Try again in a few minutes."
        ),
        HeoError::UnexpectedStatus { status } => format!(
            "HEO gave an unexpected answer (HTTP {status}), so {the} may not have gone \
             through. Try again; if it keeps happening, tell the bot's owner."
        ),
        HeoError::UnreadableSuccess { .. } => format!(
            "HEO answered, but not in a way the bot understands, so it cannot tell whether \
             {the} went through. Check the server in the HEO dashboard before trying again."
        ),
        HeoError::Timeout => match call {
            Call::Power(_) => format!(
                "HEO did not answer in time, so the bot cannot tell whether {the} went \
                 through. Check the server in the HEO dashboard before trying again."
            ),
            Call::Logs => "HEO did not send the log in time. Try again in a minute.".to_owned(),
        },
        HeoError::Unreachable(_) => "the bot could not connect to HEO, so nothing was sent. \
             HEO or the bot's network may be down; try again in a few minutes."
            .to_owned(),
    }
}
