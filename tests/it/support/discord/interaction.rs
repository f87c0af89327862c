//! What a user sees after acting: the bot's response to an interaction, its replies, and
//! the clicks and forms that follow from them.

use std::sync::Arc;
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use super::modal::Modal;
use super::model::{self, InteractionKind, ResponseKind};
use super::state::State;
use super::user::Member;

/// An interaction sent to the bot; its methods wait for what the user would see.
pub struct Interaction {
    pub(super) state: Arc<State>,
    pub id: u64,
    pub(super) member: Member,
}

impl Interaction {
    /// Everything recorded about it so far.
    pub fn record(&self) -> model::Interaction {
        self.state
            .with(|inner| inner.model.interaction(self.id).cloned())
            .expect("recorded interaction")
    }

    /// The first response or defer.
    pub async fn response(&self) -> model::Response {
        let what = format!("a response to interaction {}", self.id);
        self.state
            .wait(&what, |inner| {
                inner.model.interaction(self.id)?.response.clone()
            })
            .await
    }

    /// The first message the user reads in answer: the response itself, a defer once filled,
    /// or (after a click updated its message) the first followup.
    pub async fn reply(&self) -> Reply {
        let what = format!("a reply to interaction {}", self.id);
        let id = self
            .state
            .wait(&what, |inner| {
                let record = inner.model.interaction(self.id)?;
                match record.response.as_ref()?.kind {
                    ResponseKind::Message => record.original,
                    ResponseKind::Defer => record
                        .original
                        .filter(|m| inner.model.messages.get(m).is_some_and(|m| !m.thinking)),
                    _ => record.followups.first().copied(),
                }
            })
            .await;
        self.reply_handle(id)
    }

    /// The `n`th followup (0 = first), as Discord shows it.
    pub async fn followup(&self, n: usize) -> Reply {
        let what = format!("followup {n} to interaction {}", self.id);
        let id = self
            .state
            .wait(&what, |inner| {
                inner.model.interaction(self.id)?.followups.get(n).copied()
            })
            .await;
        self.reply_handle(id)
    }

    /// The modal the bot opened in answer.
    pub async fn modal(&self) -> Modal {
        let response = self.response().await;
        assert_eq!(
            response.kind,
            ResponseKind::Modal,
            "expected a modal, got {response:#?}"
        );
        let rows = response.data["components"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        let inputs = rows
            .iter()
            .flat_map(|row| row["components"].as_array().cloned().unwrap_or_default())
            .filter(|c| c["type"] == 4)
            .map(|c| c["custom_id"].as_str().unwrap_or_default().to_owned())
            .collect();
        Modal {
            member: self.member.clone(),
            custom_id: response.data["custom_id"]
                .as_str()
                .unwrap_or_default()
                .to_owned(),
            title: response.data["title"]
                .as_str()
                .unwrap_or_default()
                .to_owned(),
            inputs,
            opened_at: response.at,
        }
    }

    /// The choices the bot offered for an autocomplete request.
    pub async fn choices(&self) -> Vec<Value> {
        let response = self.response().await;
        assert_eq!(
            response.kind,
            ResponseKind::Choices,
            "expected choices, got {response:#?}"
        );
        response.data["choices"]
            .as_array()
            .cloned()
            .unwrap_or_default()
    }

    fn reply_handle(&self, id: u64) -> Reply {
        Reply {
            state: self.state.clone(),
            id,
            member: self.member.clone(),
        }
    }
}

/// A message the bot sent.
pub struct Reply {
    pub(super) state: Arc<State>,
    pub id: u64,
    pub(super) member: Member,
}

impl Reply {
    /// The message as it is shown now.
    pub fn message(&self) -> model::Message {
        let found = self
            .state
            .with(|inner| inner.model.messages.get(&self.id).cloned());
        found.unwrap_or_else(|| panic!("message {} was deleted", self.id))
    }

    /// Clicked by the member who caused it.
    pub async fn click(&self, label: &str) -> Interaction {
        self.member.click(self, label).await
    }

    /// Clicked by the member who caused it, on `seen`, an earlier state of this message.
    pub async fn click_as_seen(&self, seen: &model::Message, label: &str) -> Interaction {
        assert_eq!(seen.id, self.id, "a state of another message");
        self.member.click_as_seen(seen, label).await
    }

    /// Waits until the message satisfies `check` (after an edit, say).
    pub async fn wait_until(
        &self,
        what: &str,
        check: impl Fn(&model::Message) -> bool,
    ) -> model::Message {
        self.state
            .wait(what, |inner| {
                inner
                    .model
                    .messages
                    .get(&self.id)
                    .filter(|m| check(m))
                    .cloned()
            })
            .await
    }
}
