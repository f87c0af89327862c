//! What a user does, and what they then see: `guild.member(perms).slash("/server ...")`,
//! `reply.click("Kill")`, `modal.submit(&["key"])`.

use std::sync::Arc;
use std::time::{Duration, Instant};

use poise::serenity_prelude::Permissions;
use serde_json::{Value, json};

use super::interaction::{Interaction, Reply};
use super::model::{self, InteractionKind, ResponseKind};
use super::payload::{self, Origin};
use super::posts::Posted;
use super::slash;
use super::state::State;

/// Discord delivers a click or a submit only after the message or modal is on screen; the
/// bot may start listening for it just after its request returns. A user is never faster
/// than this after the bot's request arrived.
pub(super) const REACTION_TIME: Duration = Duration::from_millis(100);

/// A Discord server with one text channel.
#[derive(Clone)]
pub struct Guild {
    pub(super) state: Arc<State>,
    pub id: u64,
    pub channel: u64,
}

impl Guild {
    /// Makes `channel` a text channel of this guild, as Discord shows it to the bot.
    pub fn add_channel(&self, channel: u64) {
        self.state
            .with(|inner| inner.channels.guild_of.insert(channel, self.id));
    }

    /// A new member whose permissions in the channel are `permissions`.
    pub fn member(&self, permissions: Permissions) -> Member {
        self.member_with_roles(permissions, &[])
    }

    /// A new member with `permissions` in the channel who holds `roles`.
    pub fn member_with_roles(&self, permissions: Permissions, roles: &[u64]) -> Member {
        let id = self.state.with(|inner| inner.next_id());
        Member {
            state: self.state.clone(),
            guild: self.id,
            channel: self.channel,
            id,
            permissions: permissions.bits(),
            roles: roles.to_vec(),
            locale: "en-US".to_owned(),
        }
    }

    /// Sets the guild's Discord language: every interaction from now on carries it as
    /// `guild_locale`.
    pub fn set_locale(&self, locale: &str) {
        self.state.with(|inner| {
            let locales = &mut inner.channels.guild_locales;
            locales.insert(self.id, locale.to_owned());
        });
    }
}

#[derive(Clone)]
pub struct Member {
    state: Arc<State>,
    pub guild: u64,
    pub channel: u64,
    pub id: u64,
    pub permissions: u64,
    pub roles: Vec<u64>,
    /// The member's Discord language, sent as every interaction's `locale`.
    pub locale: String,
}

impl Member {
    /// The same user with their Discord client set to `locale` (`de`, `pt-BR`, ...).
    pub fn speaking(&self, locale: &str) -> Member {
        Member {
            locale: locale.to_owned(),
            ..self.clone()
        }
    }

    /// The same user with `permissions` in the channel from now on, as after a role was
    /// taken away: their next interactions carry the new permissions.
    pub fn with_permissions(&self, permissions: Permissions) -> Member {
        Member {
            permissions: permissions.bits(),
            ..self.clone()
        }
    }

    /// The same user holding `roles` from now on, as after an owner gave or took roles:
    /// their next interactions carry the new roles.
    pub fn with_roles(&self, roles: &[u64]) -> Member {
        Member {
            roles: roles.to_vec(),
            ..self.clone()
        }
    }

    /// Runs a slash command as typed, such as `/server kill server:srv_1 force:true`.
    pub async fn slash(&self, text: &str) -> Interaction {
        let data = self.command_data(text, None).await;
        self.send(InteractionKind::Command, data, None)
    }

    /// Runs `/name`, a command the member's client still lists but the bot no longer
    /// registers (as after an update removed it, before Discord's list caught up).
    pub fn slash_retired(&self, name: &str) -> Interaction {
        let id = self.state.with(|inner| inner.next_id());
        let data = json!({"id": id.to_string(), "name": name, "type": 1});
        self.send(InteractionKind::Command, data, None)
    }

    /// Records a slash command as [`Self::slash`] does but never delivers it to the bot: the
    /// benchmark's floor answers it with bare HTTP calls instead.
    pub async fn slash_undelivered(&self, text: &str) -> Interaction {
        let data = self.command_data(text, None).await;
        self.record(InteractionKind::Command, data, None, None)
    }

    /// Types `text` with the cursor in option `focused`: an autocomplete request.
    pub async fn autocomplete(&self, text: &str, focused: &str) -> Interaction {
        let data = self.command_data(text, Some(focused)).await;
        self.send(InteractionKind::Autocomplete, data, None)
    }

    /// Clicks the button labelled `label` on `reply`, as it is shown now.
    pub async fn click(&self, reply: &Reply, label: &str) -> Interaction {
        self.click_as_seen(&reply.message(), label).await
    }

    /// Clicks the button labelled `label` on `post`, a message the bot posted in a channel,
    /// as it is shown now.
    pub async fn click_post(&self, post: &Posted, label: &str) -> Interaction {
        self.click_as_seen(&post.message(), label).await
    }

    /// Clicks the button labelled `label` on `message` as this member's client showed it,
    /// maybe before a later edit arrived: a double click, or a click as a prompt expires.
    pub async fn click_as_seen(&self, message: &model::Message, label: &str) -> Interaction {
        let button = message
            .button(label)
            .unwrap_or_else(|| panic!("no button {label:?} on {message:#?}"));
        assert!(
            !button.disabled,
            "a user cannot click the disabled button {label:?}"
        );
        tokio::time::sleep_until((message.created_at + REACTION_TIME).into()).await;
        let data = json!({"custom_id": button.custom_id, "component_type": 2});
        self.send(InteractionKind::Component, data, Some(message.id))
    }

    /// A click on `message` whose custom ID is `custom_id`, whatever buttons the message
    /// shows: what a modified client could send.
    pub async fn click_crafted(&self, message: &model::Message, custom_id: &str) -> Interaction {
        tokio::time::sleep_until((message.created_at + REACTION_TIME).into()).await;
        let data = json!({"custom_id": custom_id, "component_type": 2});
        self.send(InteractionKind::Component, data, Some(message.id))
    }

    /// The interaction `data` for `text`, as [`slash::command_data`] builds it; a channel it
    /// names carries this member's permissions there.
    async fn command_data(&self, text: &str, focused: Option<&str>) -> Value {
        let commands = self.commands().await;
        let muted = self.state.with(|inner| inner.channels.muted.clone());
        let data = slash::command_data(text, &commands, focused, &muted);
        // A channel a member names is one of their guild's: the REST API knows it from then on.
        if let Some(channels) = data["resolved"]["channels"].as_object() {
            let named: Vec<u64> = channels.keys().filter_map(|id| id.parse().ok()).collect();
            self.state.with(|inner| {
                for channel in named {
                    inner.channels.guild_of.insert(channel, self.guild);
                }
            });
        }
        data
    }

    /// The commands this member's client offers: the guild's own, then the global ones.
    async fn commands(&self) -> Vec<Value> {
        let guild = self.guild;
        self.state
            .wait("the bot to register its commands", |inner| {
                let latest = |scope: Option<u64>| {
                    let found = inner.registrations.iter().rev().find(|r| r.guild == scope);
                    found.map(|r| r.commands.clone())
                };
                let (local, global) = (latest(Some(guild)), latest(None));
                (local.is_some() || global.is_some())
                    .then(|| [local, global].into_iter().flatten().flatten().collect())
            })
            .await
    }

    fn send(&self, kind: InteractionKind, data: Value, target: Option<u64>) -> Interaction {
        self.record(kind, data, target, Some(&|_| {}))
    }

    pub(super) fn record(
        &self,
        kind: InteractionKind,
        data: Value,
        target: Option<u64>,
        // Delivered after this change to the event (to test one the bot cannot read), or not.
        deliver: Option<&dyn Fn(&mut Value)>,
    ) -> Interaction {
        let id = self.state.with(|inner| {
            let id = inner.next_id();
            // A click happens where its message is: a channel post's channel may be another
            // than the one this member runs commands in.
            let message = target.and_then(|t| inner.model.messages.get(&t)).cloned();
            let channel = message.as_ref().map_or(self.channel, |m| m.channel);
            let token = format!("token-{id}");
            inner.model.add(model::Interaction {
                id,
                token: token.clone(),
                kind,
                user: self.id,
                channel,
                sent_at: Instant::now(),
                response: None,
                original: None,
                followups: Vec::new(),
                target,
            });
            let origin = Origin {
                app_id: self.state.app_id,
                guild: self.guild,
                channel,
                user: self.id,
                permissions: self.permissions,
                roles: self.roles.clone(),
                locale: self.locale.clone(),
                guild_locale: (inner.channels.guild_locales.get(&self.guild))
                    .map_or_else(|| "en-US".to_owned(), String::clone),
            };
            let mut event = payload::interaction(&origin, id, &token, kind as u8, data);
            if let Some(message) = &message {
                event["message"] = payload::message(message, self.state.app_id);
            }
            if let Some(edit) = deliver {
                edit(&mut event);
                inner
                    .gateway
                    .dispatch(Some(self.guild), "INTERACTION_CREATE", event);
            }
            id
        });
        Interaction {
            state: self.state.clone(),
            id,
            member: self.clone(),
        }
    }
}
