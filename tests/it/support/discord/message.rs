//! A message as members see it, whoever made it: an interaction's response or followup, or
//! a post the bot made in a channel. One map holds both kinds (`Model::messages`), so that
//! buttons, clicks, `UPDATE_MESSAGE` callbacks and waits work the same on either.

use std::time::Instant;

use serde_json::Value;

/// A button as a user sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Button {
    pub label: String,
    /// 1 primary, 2 secondary, 3 success, 4 danger, 5 link.
    pub style: u64,
    pub custom_id: String,
    pub disabled: bool,
}

/// A message in its channel, in its latest state.
#[derive(Debug, Clone)]
pub struct Message {
    pub id: u64,
    pub channel: u64,
    /// The interaction whose token created it; `None` for a post the bot made in the
    /// channel itself (`POST /channels/{id}/messages`).
    pub interaction: Option<u64>,
    pub content: String,
    pub embeds: Vec<Value>,
    /// Action rows, as the bot sent them.
    pub components: Vec<Value>,
    pub ephemeral: bool,
    /// Still the "thinking…" placeholder of a defer.
    pub thinking: bool,
    pub created_at: Instant,
    /// When it was edited, oldest first.
    pub edits: Vec<Instant>,
    /// What it showed after each edit, oldest first (`history[i].at == edits[i]`): a test
    /// can check that a button was disabled before it went away.
    pub history: Vec<Version>,
    /// The files uploaded with it, as sent.
    pub attachments: Vec<super::multipart::Attachment>,
}

/// What a message showed after one edit.
#[derive(Debug, Clone)]
pub struct Version {
    pub at: Instant,
    pub content: String,
    pub components: Vec<Value>,
}

impl Message {
    /// A message as first sent with `data` (a message body or a callback's `data`).
    pub fn new(id: u64, channel: u64, interaction: Option<u64>, data: &Value, at: Instant) -> Self {
        let mut message = Message {
            id,
            channel,
            interaction,
            content: String::new(),
            embeds: Vec::new(),
            components: Vec::new(),
            ephemeral: false,
            thinking: false,
            created_at: at,
            edits: Vec::new(),
            history: Vec::new(),
            attachments: Vec::new(),
        };
        message.apply(data);
        message
    }

    /// Every button, row by row.
    pub fn buttons(&self) -> Vec<Button> {
        let rows = self.components.iter();
        let all = rows.flat_map(|row| row["components"].as_array().cloned().unwrap_or_default());
        all.filter(|c| c["type"] == 2)
            .map(|c| Button {
                label: c["label"].as_str().unwrap_or_default().to_owned(),
                style: c["style"].as_u64().unwrap_or_default(),
                custom_id: c["custom_id"].as_str().unwrap_or_default().to_owned(),
                disabled: c["disabled"].as_bool().unwrap_or(false),
            })
            .collect()
    }

    /// The button labelled `label`, if shown.
    pub fn button(&self, label: &str) -> Option<Button> {
        self.buttons().into_iter().find(|b| b.label == label)
    }

    /// Applies an edit (`data`: an edit body or an update callback's `data`) made at `at`.
    pub fn edit(&mut self, data: &Value, at: Instant) {
        self.apply(data);
        self.thinking = false;
        self.edits.push(at);
        self.history.push(Version {
            at,
            content: self.content.clone(),
            components: self.components.clone(),
        });
    }

    /// Fields a body leaves out (or sends as `null`) stay as they were, as on Discord.
    fn apply(&mut self, data: &Value) {
        if let Some(content) = data.get("content").filter(|v| !v.is_null()) {
            self.content = content.as_str().unwrap_or_default().to_owned();
        }
        if let Some(embeds) = data.get("embeds").and_then(Value::as_array) {
            self.embeds.clone_from(embeds);
        }
        if let Some(components) = data.get("components").and_then(Value::as_array) {
            self.components.clone_from(components);
        }
    }
}
