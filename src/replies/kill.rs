//! The sentences of the kill prompt: the private question, what it becomes after a click
//! or at expiry, and the answers to clicks the bot turns away.

use std::time::Duration;

use crate::domain::{Lost, PowerAction};
use crate::power::PowerRequest;

use super::{label, wait_time, who_may};

/// The ephemeral kill prompt.
pub fn kill_prompt(server: &PowerRequest, timeout: Duration) -> String {
    format!(
        "💀 **Kill {}?** A kill cuts power at once, like pulling the plug: unsaved game data \
         may be lost. Prefer `/server stop` when you can.\nThis prompt expires in {}.",
        label(server),
        wait_time(Some(timeout))
    )
}

pub const KILL_CONFIRM_LABEL: &str = "Kill";
pub const KILL_CANCEL_LABEL: &str = "Cancel";

/// The prompt after Confirm, while the kill is on its way.
pub fn kill_sending(server: &PowerRequest) -> String {
    format!("💀 Sending the kill for {}…", label(server))
}

/// The prompt after Cancel.
pub fn kill_cancelled(server: &PowerRequest) -> String {
    format!("Cancelled: nothing was sent to {}.", label(server))
}

/// The prompt after it expired unanswered.
pub fn kill_expired(server: &PowerRequest) -> String {
    let again = if server.panel.is_some() {
        "Click **Kill** on the panel again"
    } else {
        "Run `/server kill` again"
    };
    format!(
        "This kill prompt expired: nothing was sent to {}. {again} if you still need it.",
        label(server)
    )
}

/// Someone other than the invoker clicked a kill button.
pub fn kill_not_yours() -> String {
    "Only the person who ran this `/server kill` can answer it. Nothing was sent.".to_owned()
}

/// The invoker clicked Kill but may no longer kill: they lost the permission they ran
/// `/server kill` with, or the role that let them (or its grant).
pub fn kill_no_longer_allowed(guild: u64, lost: &Lost) -> String {
    match lost {
        Lost::ManageServer => "You no longer have the **Manage Server** permission you had \
             when you ran this `/server kill`, so nothing was sent."
            .to_owned(),
        Lost::Roles(roles) => format!(
            "🔒 Your roles, or the roles allowed to kill, changed since you ran this \
             `/server kill`, so nothing was sent. {}",
            who_may(guild, PowerAction::Kill.into(), roles)
        ),
    }
}

/// A click on a prompt the bot no longer knows: already answered, expired, or from before a
/// restart.
pub fn kill_prompt_gone() -> String {
    "This kill prompt was already answered or has expired, so nothing more was sent.".to_owned()
}
