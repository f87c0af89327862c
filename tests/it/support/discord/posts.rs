//! Messages the bot posts in a channel (`POST /channels/{id}/messages`) and edits there
//! (`PATCH /channels/{id}/messages/{message_id}`), such as a public countdown with an Abort
//! button. They live in the same message map as interaction replies, so members click their
//! buttons and the bot's `UPDATE_MESSAGE` answers change them as on any other message.

use std::sync::Arc;
use std::time::Instant;

use serde_json::{Value, json};

use super::FakeDiscord;
use super::channels::Post;
use super::interaction::Interaction;
use super::model::Message;
use super::payload;
use super::schema;
use super::state::{Inner, State};
use super::user::Member;

/// Posts `body` in `channel` (`message` is `None`) or edits `message` there with it, and
/// answers as Discord does, checked against the spec's answer for `template`.
pub fn answer(
    state: &State,
    template: &str,
    channel: u64,
    message: Option<u64>,
    body: &Value,
) -> Result<(u16, Option<Value>), String> {
    let app = state.app_id;
    let (status, json) = state.with(|inner| match message {
        None => create(inner, channel, body, app),
        Some(id) => edit(inner, channel, id, body, app),
    });
    if status == 200 {
        let method = if message.is_some() { "PATCH" } else { "POST" };
        schema::check_response(method, template, &json).map_err(|mismatch| {
            format!("the test server's own answer breaks the spec: {mismatch}")
        })?;
    }
    Ok((status, Some(json)))
}

/// Posts `body` in `channel`, or answers as the channel refuses.
fn create(inner: &mut Inner, channel: u64, body: &Value, app_id: u64) -> (u16, Value) {
    if let Some(refusal) = inner.channels.refusing.get(&channel) {
        return refusal.answer();
    }
    let id = inner.next_id();
    let at = Instant::now();
    let message = Message::new(id, channel, None, body, at);
    inner.channels.posts.push(Post {
        id,
        channel,
        content: message.content.clone(),
        components: message.components.clone(),
        allowed_mentions: body["allowed_mentions"].clone(),
        at,
    });
    let json = payload::message(&message, app_id);
    inner.model.messages.insert(id, message);
    (200, json)
}

/// Edits message `id` in `channel` with `body`, or answers as the channel refuses, or as
/// Discord does for a message it does not have there (an ephemeral reply is nobody's
/// message in the channel).
fn edit(inner: &mut Inner, channel: u64, id: u64, body: &Value, app_id: u64) -> (u16, Value) {
    if let Some(refusal) = inner.channels.refusing.get(&channel) {
        return refusal.answer();
    }
    let found = inner.model.messages.get_mut(&id);
    let Some(message) = found.filter(|m| m.channel == channel && !m.ephemeral) else {
        return (404, json!({"message": "Unknown Message", "code": 10008}));
    };
    message.edit(body, Instant::now());
    (200, payload::message(message, app_id))
}

/// A message the bot posted in a channel, as members see it now.
pub struct Posted {
    state: Arc<State>,
    pub id: u64,
    pub channel: u64,
}

impl Posted {
    /// The message as it is shown now.
    pub fn message(&self) -> Message {
        current(&self.state, self.id)
    }

    /// Waits until the message satisfies `check` (after an edit or a click, say).
    pub async fn wait_until(&self, what: &str, check: impl Fn(&Message) -> bool) -> Message {
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

    /// Clicked by `member`, as it is shown now.
    pub async fn click(&self, member: &Member, label: &str) -> Interaction {
        member.click_as_seen(&self.message(), label).await
    }
}

impl FakeDiscord {
    /// The bot's post `id` as members see it now (after edits and clicks); panics if there
    /// is no such message.
    pub fn post(&self, id: u64) -> Message {
        current(&self.state, id)
    }

    /// Waits until the bot has posted a message in `channel` that satisfies `check` in its
    /// current state, and returns the first one, oldest first.
    pub async fn wait_for_post(
        &self,
        channel: u64,
        what: &str,
        check: impl Fn(&Message) -> bool,
    ) -> Posted {
        let what = format!("a post in channel {channel}: {what}");
        let id = self
            .state
            .wait(&what, |inner| {
                let posts = inner.channels.posts.iter();
                let mut here = posts.filter(|post| post.channel == channel);
                here.find_map(|post| inner.model.messages.get(&post.id).filter(|m| check(m)))
                    .map(|m| m.id)
            })
            .await;
        Posted {
            state: self.state.clone(),
            id,
            channel,
        }
    }
}

fn current(state: &State, id: u64) -> Message {
    let found = state.with(|inner| inner.model.messages.get(&id).cloned());
    found.unwrap_or_else(|| panic!("there is no message {id}"))
}
