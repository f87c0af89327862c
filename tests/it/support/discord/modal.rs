//! A modal the bot opened, and its submit: `modal.submit(&["key"])`.

use std::time::Instant;

use serde_json::{Value, json};

use super::interaction::Interaction;
use super::model::InteractionKind;
use super::user::{Member, REACTION_TIME};

/// A modal on the member's screen.
pub struct Modal {
    pub(super) member: Member,
    pub custom_id: String,
    pub title: String,
    /// The text inputs' custom ids, in order.
    pub inputs: Vec<String>,
    pub(super) opened_at: Instant,
}

impl Modal {
    /// The same form, submitted by `member` from now on: the same user after their roles
    /// changed while the form was open (see [`Member::with_permissions`]).
    pub fn submitted_by(self, member: Member) -> Self {
        Self { member, ..self }
    }

    /// Fills the text inputs in order and submits.
    pub async fn submit(&self, values: &[&str]) -> Interaction {
        self.submit_edited(values, |_| {}).await
    }

    /// Submits as [`Self::submit`] does, with the `INTERACTION_CREATE` event changed by
    /// `edit` first: an event in a shape the bot's Discord library cannot read.
    pub async fn submit_edited(&self, values: &[&str], edit: impl Fn(&mut Value)) -> Interaction {
        assert_eq!(
            values.len(),
            self.inputs.len(),
            "the modal has inputs {:?}",
            self.inputs
        );
        tokio::time::sleep_until((self.opened_at + REACTION_TIME).into()).await;
        let rows: Vec<Value> = self
            .inputs
            .iter()
            .zip(values)
            .map(|(id, value)| {
                json!({"type": 1, "components": [{"type": 4, "custom_id": id, "value": value}]})
            })
            .collect();
        let data = json!({"custom_id": self.custom_id, "components": rows});
        let kind = InteractionKind::ModalSubmit;
        self.member.record(kind, data, None, Some(&edit))
    }
}
