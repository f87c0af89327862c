//! What a Discord user would see, per interaction: the first response or defer, the
//! messages it created or changed, and when. The REST routes feed bot actions in; tests read
//! the result. Actions real Discord refuses (a second acknowledgement, a late one, a followup
//! before any acknowledgement) come back as `Err` with the reason, and fail the test.

use std::collections::{BTreeMap, HashMap};
use std::time::{Duration, Instant};

use serde_json::Value;

pub use super::message::{Button, Message, Version};

/// The message flag that makes a reply visible to its invoker only.
pub const EPHEMERAL: u64 = 1 << 6;
/// Discord forgets an interaction that is not acknowledged within this.
pub const ACK_DEADLINE: Duration = Duration::from_secs(3);

/// What the user did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InteractionKind {
    Command = 2,
    Component = 3,
    Autocomplete = 4,
    ModalSubmit = 5,
}

/// The bot's first answer to an interaction (the callback `type`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ResponseKind {
    /// 4: a message.
    Message,
    /// 5: "thinking…", a message to come.
    Defer,
    /// 6: a click acknowledged without a visible change.
    DeferUpdate,
    /// 7: the clicked message changed.
    Update,
    /// 8: autocomplete choices.
    Choices,
    /// 9: a modal opened.
    Modal,
}

#[derive(Debug, Clone)]
pub struct Response {
    pub kind: ResponseKind,
    pub ephemeral: bool,
    pub at: Instant,
    /// The callback's `data`, as the bot sent it.
    pub data: Value,
}

/// One interaction and what became of it.
#[derive(Debug, Clone)]
pub struct Interaction {
    pub id: u64,
    pub token: String,
    pub kind: InteractionKind,
    pub user: u64,
    pub channel: u64,
    pub sent_at: Instant,
    pub response: Option<Response>,
    /// The original response message (for a click answered by 6 or 7: the clicked message).
    pub original: Option<u64>,
    /// Followup messages, oldest first (a followup that filled a defer is the original).
    pub followups: Vec<u64>,
    /// The message whose component was clicked.
    pub target: Option<u64>,
}

/// Everything the bot did, as Discord would show it.
#[derive(Debug, Default)]
pub struct Model {
    pub interactions: Vec<Interaction>,
    pub messages: BTreeMap<u64, Message>,
    /// Positions in `interactions` by id and by token: the benchmark sends thousands.
    by_id: HashMap<u64, usize>,
    by_token: HashMap<String, usize>,
}

impl Model {
    /// Records a new interaction.
    pub fn add(&mut self, interaction: Interaction) {
        let at = self.interactions.len();
        self.by_id.insert(interaction.id, at);
        self.by_token.insert(interaction.token.clone(), at);
        self.interactions.push(interaction);
    }

    pub fn interaction(&self, id: u64) -> Option<&Interaction> {
        self.by_id.get(&id).map(|&at| &self.interactions[at])
    }

    fn by_token(&mut self, token: &str) -> Result<&mut Interaction, String> {
        match self.by_token.get(token) {
            Some(&at) => Ok(&mut self.interactions[at]),
            None => Err("unknown interaction token".to_owned()),
        }
    }

    /// `POST /interactions/{id}/{token}/callback`.
    pub fn callback(
        &mut self,
        id: u64,
        token: &str,
        body: &Value,
        new_id: u64,
    ) -> Result<(), String> {
        let now = Instant::now();
        let interaction = self.by_token(token)?;
        if interaction.id != id {
            return Err("interaction id and token do not belong together".into());
        }
        if interaction.response.is_some() {
            return Err("interaction has already been acknowledged (Discord error 40060)".into());
        }
        let late = now - interaction.sent_at;
        if late > ACK_DEADLINE {
            return Err(format!(
                "acknowledged after {late:?}; Discord allows 3 s (error 10062)"
            ));
        }
        let kind = response_kind(interaction.kind, body["type"].as_u64())?;
        let data = body.get("data").cloned().unwrap_or(Value::Null);
        let ephemeral = flags(&data) & EPHEMERAL != 0;
        interaction.response = Some(Response {
            kind,
            ephemeral,
            at: now,
            data: data.clone(),
        });
        let owner = interaction.id;
        match kind {
            ResponseKind::Message | ResponseKind::Defer => {
                interaction.original = Some(new_id);
                let thinking = kind == ResponseKind::Defer;
                self.create(new_id, owner, &data, ephemeral, thinking, now);
            }
            ResponseKind::Update | ResponseKind::DeferUpdate => {
                let target = interaction.target.ok_or("no message to update")?;
                interaction.original = Some(target);
                if kind == ResponseKind::Update {
                    self.edit_message(target, &data, now)?;
                }
            }
            ResponseKind::Choices | ResponseKind::Modal => {}
        }
        Ok(())
    }

    /// `POST /webhooks/{app}/{token}`: returns the message it created or filled.
    pub fn followup(&mut self, token: &str, body: &Value, new_id: u64) -> Result<u64, String> {
        let now = Instant::now();
        let at = *self
            .by_token
            .get(token)
            .ok_or("unknown interaction token")?;
        let messages = &self.messages;
        let interaction = &mut self.interactions[at];
        let Some(response) = &interaction.response else {
            return Err("followup before the interaction was acknowledged".into());
        };
        let owner = interaction.id;
        // Discord turns the first followup after a defer into the original response, which
        // keeps the defer's visibility.
        let placeholder = interaction
            .original
            .filter(|id| response.kind == ResponseKind::Defer && messages[id].thinking);
        let id = placeholder.unwrap_or(new_id);
        interaction.followups.push(id);
        if placeholder.is_some() {
            self.edit_message(id, body, now)?;
        } else {
            let ephemeral = flags(body) & EPHEMERAL != 0;
            self.create(id, owner, body, ephemeral, false, now);
        }
        Ok(id)
    }

    /// Keeps `files` as message `id`'s attachments, when some were sent (an edit without
    /// files keeps the earlier ones, as Discord does).
    pub fn attach(&mut self, id: u64, files: Vec<super::multipart::Attachment>) {
        if let (Some(message), false) = (self.messages.get_mut(&id), files.is_empty()) {
            message.attachments = files;
        }
    }

    /// `PATCH /webhooks/{app}/{token}/messages/{@original | id}`.
    pub fn edit(&mut self, token: &str, message: Option<u64>, body: &Value) -> Result<u64, String> {
        let id = self.find(token, message)?;
        self.edit_message(id, body, Instant::now())?;
        Ok(id)
    }

    /// The message `/webhooks/{app}/{token}/messages/{@original | id}` names.
    pub fn find(&mut self, token: &str, message: Option<u64>) -> Result<u64, String> {
        let interaction = self.by_token(token)?;
        if interaction.response.is_none() {
            return Err("message call before the interaction was acknowledged".into());
        }
        let id = match message {
            Some(id) if interaction.followups.contains(&id) || interaction.original == Some(id) => {
                id
            }
            Some(id) => return Err(format!("message {id} was not sent with this token")),
            None => interaction
                .original
                .ok_or("the interaction has no original response")?,
        };
        if !self.messages.contains_key(&id) {
            return Err(format!("message {id} was deleted"));
        }
        Ok(id)
    }

    fn create(
        &mut self,
        id: u64,
        owner: u64,
        data: &Value,
        ephemeral: bool,
        thinking: bool,
        at: Instant,
    ) {
        let channel = self.interaction(owner).map_or(0, |i| i.channel);
        let mut message = Message::new(id, channel, Some(owner), data, at);
        message.ephemeral = ephemeral;
        message.thinking = thinking;
        self.messages.insert(id, message);
    }

    fn edit_message(&mut self, id: u64, data: &Value, at: Instant) -> Result<(), String> {
        let message = self.messages.get_mut(&id).ok_or("unknown message")?;
        message.edit(data, at);
        Ok(())
    }
}

fn response_kind(
    interaction: InteractionKind,
    callback: Option<u64>,
) -> Result<ResponseKind, String> {
    use InteractionKind as I;
    let kind = match callback {
        Some(4) => ResponseKind::Message,
        Some(5) => ResponseKind::Defer,
        Some(6) => ResponseKind::DeferUpdate,
        Some(7) => ResponseKind::Update,
        Some(8) => ResponseKind::Choices,
        Some(9) => ResponseKind::Modal,
        other => return Err(format!("callback type {other:?} is not supported")),
    };
    let allowed = match kind {
        ResponseKind::Message | ResponseKind::Defer => interaction != I::Autocomplete,
        ResponseKind::DeferUpdate | ResponseKind::Update => {
            matches!(interaction, I::Component | I::ModalSubmit)
        }
        ResponseKind::Choices => interaction == I::Autocomplete,
        ResponseKind::Modal => matches!(interaction, I::Command | I::Component),
    };
    if !allowed {
        return Err(format!(
            "callback {kind:?} is not allowed for a {interaction:?} interaction"
        ));
    }
    Ok(kind)
}

fn flags(data: &Value) -> u64 {
    data["flags"].as_u64().unwrap_or(0)
}
