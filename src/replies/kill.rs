//! The sentences of the kill prompt: the private question, what it becomes after a click
//! or at expiry, and the answers to clicks the bot turns away.

use std::time::Duration;

use crate::domain::{Lost, PowerAction};
use crate::i18n::Lang;
use crate::power::PowerRequest;
use crate::t;

use super::{label, wait_time, who_may};

/// The ephemeral kill prompt.
pub fn kill_prompt(lang: Lang, server: &PowerRequest, timeout: Duration) -> String {
    t!(
        lang,
        "kill-prompt",
        server = label(server),
        wait = wait_time(lang, Some(timeout)),
    )
}

/// The prompt's confirming button.
pub fn kill_confirm_label(lang: Lang) -> String {
    t!(lang, "kill-confirm-label")
}

/// The prompt's cancelling button.
pub fn kill_cancel_label(lang: Lang) -> String {
    t!(lang, "kill-cancel-label")
}

/// The prompt after Confirm, while the kill is on its way.
pub fn kill_sending(lang: Lang, server: &PowerRequest) -> String {
    t!(lang, "kill-sending", server = label(server))
}

/// The prompt after Cancel.
pub fn kill_cancelled(lang: Lang, server: &PowerRequest) -> String {
    t!(lang, "kill-cancelled", server = label(server))
}

/// The prompt after it expired unanswered.
pub fn kill_expired(lang: Lang, server: &PowerRequest) -> String {
    match server.panel {
        Some(_) => t!(lang, "kill-expired-panel", server = label(server)),
        None => t!(lang, "kill-expired-command", server = label(server)),
    }
}

/// Someone other than the invoker clicked a kill button.
pub fn kill_not_yours(lang: Lang) -> String {
    t!(lang, "kill-not-yours")
}

/// The invoker clicked Kill but may no longer kill: they lost the permission they ran
/// `/server kill` with, or the role that let them (or its grant).
pub fn kill_no_longer_allowed(lang: Lang, guild: u64, lost: &Lost) -> String {
    match lost {
        Lost::ManageServer => t!(lang, "kill-no-longer-manage-server"),
        Lost::Roles(roles) => t!(
            lang,
            "kill-no-longer-roles",
            who_may = who_may(lang, guild, PowerAction::Kill.into(), roles),
        ),
    }
}

/// A click on a prompt the bot no longer knows: already answered, expired, or from before a
/// restart.
pub fn kill_prompt_gone(lang: Lang) -> String {
    t!(lang, "kill-prompt-gone")
}
