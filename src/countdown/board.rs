//! Where a countdown is shown: one public message per countdown, posted once and edited as
//! it goes, with an Abort button while it can still be aborted; each time in the language its
//! channel reads then.

use std::future::Future;
use std::pin::Pin;

use crate::audit::{CannotPost, PostError};
use crate::i18n::Lang;
use crate::replies;

use super::{Countdown, Countdowns};

/// A boxed future, so that [`Board`] can be a trait object.
pub type Showing<'a> = Pin<Box<dyn Future<Output = Result<u64, PostError>> + Send + 'a>>;

/// A countdown's Abort button: the countdown it calls off, and its label, in the language the
/// message is shown in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AbortButton {
    pub countdown: i64,
    pub label: String,
}

/// Posts (`message` is `None`) or edits a countdown's message in `channel`, with the Abort
/// button `abort` if given; answers the message's id.
pub trait Board: Send + Sync + 'static {
    fn show(
        &self,
        channel: u64,
        message: Option<u64>,
        text: String,
        abort: Option<AbortButton>,
    ) -> Showing<'_>;
}

impl Countdowns {
    /// The language the countdown's channel reads now: each rendering asks again, so that a
    /// `/language set` meanwhile shows at the next edit.
    pub(super) async fn language(&self, countdown: &Countdown) -> Lang {
        self.0.power.guild_language(countdown.request.guild).await
    }

    /// Posts or edits the countdown's message (`text`, in `lang`, with the Abort button if
    /// `abort`); the message's id.
    pub(super) async fn show(
        &self,
        countdown: &Countdown,
        lang: Lang,
        text: String,
        abort: bool,
    ) -> Result<u64, CannotPost> {
        let Some(board) = self.0.board.get() else {
            return Err(CannotPost::DiscordFailed);
        };
        let button = abort.then(|| AbortButton {
            countdown: countdown.id,
            label: replies::countdown_abort_label(lang),
        });
        board
            .show(countdown.channel, countdown.message_id, text, button)
            .await
            .map_err(|error| {
                let error_ref = &error as &dyn std::error::Error;
                tracing::warn!(
                    countdown = countdown.id,
                    error = error_ref,
                    "countdown not shown"
                );
                error.why
            })
    }
}
