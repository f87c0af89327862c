//! Every sentence a Discord user reads, written from the catalogues in `locales/` (through
//! [`crate::t!`]) in the language each reply is for. Matches are exhaustive (no `_ =>` arm),
//! so a new outcome or provider error cannot ship without its reply.
//!
//! Nothing here ever receives an API key: only [`key_hint`] sees one, and it keeps at most
//! the last four characters.

use crate::domain::{InvalidServerId, MAX_SERVER_ID_LEN};
use crate::heo::ProviderStatus;
use crate::i18n::Lang;
use crate::power::{PowerOutcome, PowerRequest};
use crate::t;

mod audit;
mod countdown;
mod failures;
mod heo_status;
mod history;
mod keys;
mod kill;
mod language;
mod log_text;
mod logs;
mod names;
mod panel;
mod roles;
mod scheduled;
mod schedules;
mod warnings;
mod words;

pub use audit::{
    audit_channel_greeting, audit_channel_line, audit_channel_member_cannot_post,
    audit_channel_off, audit_channel_set, audit_channel_unpostable,
};
pub use countdown::{
    countdown_abort_label, countdown_abort_not_allowed, countdown_aborted,
    countdown_already_running, countdown_cannot_post, countdown_ended, countdown_gone,
    countdown_interrupted, countdown_missed, countdown_running, countdown_started,
    countdown_too_late,
};
pub use heo_status::heo_status;
pub use history::audit_history;
pub use keys::{
    KeyForm, key_form, key_form_needs_manage_server, key_hint, key_linked, key_malformed,
    key_unlinked,
};
pub use kill::{
    kill_cancel_label, kill_cancelled, kill_confirm_label, kill_expired, kill_no_longer_allowed,
    kill_not_yours, kill_prompt, kill_prompt_gone, kill_sending,
};
pub use language::{
    LanguageChoice, language_follow_discord_label, language_label, language_set, language_shown,
    language_unknown,
};
pub use logs::{LogReply, log_refused, log_reply};
pub use names::{invalid_server_name, server_added, server_list, server_removed};
pub use panel::{
    message_url, panel, panel_button_label, panel_cannot_post, panel_countdown_begun, panel_gone,
    panel_last_action, panel_limit, panel_none_to_remove, panel_not_permitted, panel_posted,
    panel_removed, panel_removed_reply, panel_replaced, panel_server_removed,
};
pub use roles::{not_permitted, role_granted, role_grants, role_revoked};
pub use scheduled::{schedule_missed, schedule_ran};
pub use schedules::*;
pub use warnings::{
    in_game_abort, in_game_warning, invalid_console_template, invalid_warn, invalid_warn_message,
    warning_problem,
};

use failures::{Call, NotSent, not_sent, provider_error, refused_call};
use roles::who_may;
use words::{code, emoji, label, mention, named, noun, timestamp, title, verb, wait_time};

pub use failures::refused;

/// Discord refuses message content longer than this many characters ([`length`]).
pub const DISCORD_MESSAGE_LIMIT: usize = 2000;

/// A message's length as Discord counts it against [`DISCORD_MESSAGE_LIMIT`]: in characters
/// (Unicode scalar values), not bytes. Every reply that fills up to the limit counts here.
fn length(text: &str) -> usize {
    text.chars().count()
}

/// The channel reply for a power request's outcome: names the action, the server and who
/// asked, and never claims the server is up or down.
pub fn power_outcome(lang: Lang, request: &PowerRequest, outcome: &PowerOutcome) -> String {
    let server = label(request);
    let asker = mention(request.member);
    let action = request.action;
    let detail = match outcome {
        PowerOutcome::Requested => {
            return t!(
                lang,
                "power-requested",
                emoji = emoji(action),
                title = title(lang, action),
                server = server,
                asker = asker,
            );
        }
        PowerOutcome::NoKey => not_sent(lang, NotSent::NoKey),
        PowerOutcome::StoreFailed => not_sent(lang, NotSent::StoreFailed),
        PowerOutcome::KeyUnreadable => not_sent(lang, NotSent::KeyUnreadable),
        PowerOutcome::Failed(error) => provider_error(lang, error, Call::Power(action), &server),
        PowerOutcome::Refused(refusal) => return refused(lang, request, *refusal),
    };
    t!(
        lang,
        "power-failed",
        verb = verb(lang, action),
        server = server,
        asker = asker,
        detail = detail,
    )
}

/// [`power_outcome`], followed by what HEO's status page reports when it reports trouble
/// (`status`: asked only for failures HEO's own outage may explain).
pub fn power_outcome_and_status(
    lang: Lang,
    request: &PowerRequest,
    outcome: &PowerOutcome,
    status: Option<&ProviderStatus>,
) -> String {
    let text = power_outcome(lang, request, outcome);
    match status.and_then(|status| heo_status::heo_trouble(lang, status)) {
        Some(trouble) => format!("{text}\n{trouble}"),
        None => text,
    }
}

/// A typed server ID that was refused before anything was sent.
pub fn invalid_server_id(lang: Lang, reason: InvalidServerId) -> String {
    let why = match reason {
        InvalidServerId::Empty => t!(lang, "server-id-empty"),
        InvalidServerId::TooLong => t!(lang, "server-id-too-long", max = MAX_SERVER_ID_LEN),
        InvalidServerId::HiddenCharacter => t!(lang, "server-id-hidden-character"),
        InvalidServerId::DotSegment => t!(lang, "server-id-dot-segment"),
    };
    t!(lang, "invalid-server-id", why = why)
}

/// A member without Manage Server tried a key command.
pub fn needs_manage_server(lang: Lang) -> String {
    t!(lang, "needs-manage-server")
}

/// A command was used outside a Discord server (in DMs).
pub fn guild_only(lang: Lang) -> String {
    t!(lang, "guild-only")
}

/// A command from a Discord server the bot does not serve (`ALLOWED_GUILDS`): nothing was
/// read or sent, and the bot leaves the server.
pub fn guild_not_served(lang: Lang) -> String {
    t!(lang, "guild-not-served")
}

/// The bot's database failed outside a power request.
pub fn store_failed(lang: Lang) -> String {
    t!(lang, "store-failed")
}

/// A command or click that arrived after the bot began shutting down: nothing was sent.
pub fn restarting(lang: Lang) -> String {
    t!(lang, "restarting")
}

/// Anything else that went wrong inside the bot. Details go to the log, never here.
pub fn internal_error(lang: Lang) -> String {
    t!(lang, "internal-error")
}

/// Discord sent options the bot did not expect (usually commands not yet re-registered).
pub fn bad_arguments(lang: Lang) -> String {
    t!(lang, "bad-arguments")
}
