//! The Discord side of a countdown: its public message, posted and edited with the bot's own
//! client (an interaction's token lasts 15 minutes, a countdown up to an hour, and a
//! scheduled run has no interaction at all), and its Abort button.

use std::sync::Arc;

use poise::serenity_prelude as serenity;

use crate::audit::PostError;
use crate::countdown::{AbortButton, Board, Showing};

use super::audit_poster::cannot_post;
use super::discord_error::DiscordError;
use super::respond;

/// Prefix of the Abort button's custom ID: `heo-countdown:abort:<countdown id>`.
const ABORT_PREFIX: &str = "heo-countdown:abort:";

/// Shows countdowns with the bot's own HTTP client.
pub struct DiscordBoard {
    http: Arc<serenity::Http>,
}

impl DiscordBoard {
    pub fn new(http: Arc<serenity::Http>) -> Arc<Self> {
        Arc::new(Self { http })
    }
}

impl Board for DiscordBoard {
    fn show(
        &self,
        channel: u64,
        message: Option<u64>,
        text: String,
        abort: Option<AbortButton>,
    ) -> Showing<'_> {
        Box::pin(async move {
            let channel = serenity::ChannelId::new(channel);
            let components = abort.as_ref().map_or_else(Vec::new, abort_button);
            let shown = match message {
                None => {
                    let create = serenity::CreateMessage::new()
                        .content(text)
                        .components(components)
                        .allowed_mentions(respond::no_pings());
                    channel.send_message(&self.http, create).await
                }
                Some(message) => {
                    let edit = serenity::EditMessage::new()
                        .content(text)
                        .components(components)
                        .allowed_mentions(respond::no_pings());
                    channel
                        .edit_message(&self.http, serenity::MessageId::new(message), edit)
                        .await
                }
            };
            shown.map(|m| m.id.get()).map_err(|error| PostError {
                why: cannot_post(DiscordError::of(&error)),
                source: Box::new(error),
            })
        })
    }
}

/// The Abort button of a countdown.
pub fn abort_button(abort: &AbortButton) -> Vec<serenity::CreateActionRow> {
    let id = abort.countdown;
    let button = serenity::CreateButton::new(format!("{ABORT_PREFIX}{id}"))
        .label(abort.label.as_str())
        .style(serenity::ButtonStyle::Danger);
    vec![serenity::CreateActionRow::Buttons(vec![button])]
}

/// The countdown an Abort button belongs to; `None` for any other component.
pub fn abort_target(custom_id: &str) -> Option<i64> {
    custom_id.strip_prefix(ABORT_PREFIX)?.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_abort_buttons_name_a_countdown() {
        assert_eq!(abort_target("heo-countdown:abort:42"), Some(42));
        for other in [
            "heo-countdown:abort:",
            "heo-countdown:abort:x",
            "heo-kill:confirm:42",
        ] {
            assert_eq!(abort_target(other), None);
        }
    }
}
