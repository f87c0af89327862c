//! The JSON Discord sends: users, members, messages, READY, interactions, the application.
//! Each shape carries the fields serenity 0.12 needs to deserialize it (see
//! `../shared/discord-e2e.md`); an event it cannot read would be dropped with a warning only.

use serde_json::{Value, json};

use super::model::{EPHEMERAL, Message};

/// All messages carry this timestamp: the bot never reads it.
pub const TIMESTAMP: &str = "2025-01-01T00:00:00.000000+00:00";
/// The app's own permissions in every channel: everything, so only member permissions matter.
const APP_PERMISSIONS: &str = "2251799813685247";

pub fn user(id: u64, name: &str, bot: bool) -> Value {
    json!({
        "id": id.to_string(),
        "username": name,
        "global_name": null,
        "discriminator": "0",
        "avatar": null,
        "bot": bot,
    })
}

/// A guild member with the given permission bits in the channel and the given roles (as
/// Discord does, without the guild's `@everyone` role).
pub fn member(user_id: u64, permissions: u64, roles: &[u64]) -> Value {
    let roles: Vec<String> = roles.iter().map(u64::to_string).collect();
    json!({
        "user": user(user_id, &format!("member{user_id}"), false),
        "roles": roles,
        "joined_at": TIMESTAMP,
        "deaf": false,
        "mute": false,
        "flags": 0,
        "pending": false,
        "permissions": permissions.to_string(),
    })
}

/// Where and by whom an interaction happens.
pub struct Origin {
    pub app_id: u64,
    pub guild: u64,
    pub channel: u64,
    pub user: u64,
    pub permissions: u64,
    pub roles: Vec<u64>,
    /// The member's Discord language (`locale`).
    pub locale: String,
    /// The guild's Discord language (`guild_locale`).
    pub guild_locale: String,
}

/// An `INTERACTION_CREATE` payload of `kind` (2 command, 3 component, 4 autocomplete,
/// 5 modal submit).
pub fn interaction(origin: &Origin, id: u64, token: &str, kind: u8, data: Value) -> Value {
    json!({
        "id": id.to_string(),
        "application_id": origin.app_id.to_string(),
        "type": kind,
        "data": data,
        "guild_id": origin.guild.to_string(),
        "channel_id": origin.channel.to_string(),
        "member": member(origin.user, origin.permissions, &origin.roles),
        "token": token,
        "version": 1,
        "locale": origin.locale,
        "guild_locale": origin.guild_locale,
        "app_permissions": APP_PERMISSIONS,
        "entitlements": [],
        "authorizing_integration_owners": {"0": origin.guild.to_string()},
        "context": 0,
        "attachment_size_limit": 26_214_400,
    })
}

/// A message the bot sent, as the REST API and component interactions show it: an
/// interaction's reply (type 20, sent through the application's webhook) or a post in the
/// channel (type 0, by the bot user itself).
pub fn message(message: &Message, app_id: u64) -> Value {
    let flags = if message.ephemeral { EPHEMERAL } else { 0 };
    // 128 = LOADING: the "thinking…" state of a defer.
    let flags = flags | if message.thinking { 128 } else { 0 };
    let mut json = json!({
        "id": message.id.to_string(),
        "channel_id": message.channel.to_string(),
        "author": author(app_id),
        "content": message.content,
        "timestamp": TIMESTAMP,
        "edited_timestamp": if message.edits.is_empty() { Value::Null } else { TIMESTAMP.into() },
        "tts": false,
        "mention_everyone": false,
        "mentions": [],
        "mention_roles": [],
        "attachments": attachments(message),
        "embeds": message.embeds,
        "components": numbered(&message.components),
        "pinned": false,
        "type": 0,
        "flags": flags,
    });
    if message.interaction.is_some() {
        json["type"] = 20.into();
        json["application_id"] = app_id.to_string().into();
        json["webhook_id"] = app_id.to_string().into();
    }
    json
}

/// The bot user as a message's author: a full user object, as Discord answers it.
fn author(app_id: u64) -> Value {
    let mut author = user(app_id, "heo-bot", true);
    author["public_flags"] = 0.into();
    author["flags"] = 0.into();
    author["primary_guild"] = Value::Null;
    author
}

/// `components` as Discord shows them: each one that the bot left unnumbered gets the next
/// `id`, depth first (a row, then its buttons), as Discord numbers them.
fn numbered(components: &[Value]) -> Vec<Value> {
    fn number(components: &mut [Value], next: &mut u64) {
        for component in components {
            if component.get("id").is_none_or(Value::is_null) {
                *next += 1;
                component["id"] = (*next).into();
            }
            if let Some(children) = component
                .get_mut("components")
                .and_then(Value::as_array_mut)
            {
                number(children, next);
            }
        }
    }
    let mut shown = components.to_vec();
    number(&mut shown, &mut 0);
    shown
}

/// A message's files as Discord shows them, ids made from the message's own.
fn attachments(message: &Message) -> Vec<Value> {
    let files = message.attachments.iter().enumerate();
    files
        .map(|(n, file)| {
            let url = format!("https://cdn.example/{}/{}", message.id, file.filename);
            json!({
                "id": (message.id * 10 + n as u64).to_string(),
                "filename": file.filename,
                "size": file.bytes.len(),
                "url": url,
                "proxy_url": url,
                "content_type": "text/plain; charset=utf-8",
            })
        })
        .collect()
}

pub fn ready(app_id: u64, session_id: &str, resume_url: &str, shard: [u32; 2]) -> Value {
    json!({
        "v": 10,
        "shard": shard,
        "user": user(app_id, "heo-bot", true),
        "guilds": [],
        "session_id": session_id,
        "resume_gateway_url": resume_url,
        "application": {"id": app_id.to_string(), "flags": 0},
    })
}

/// A role as Discord shows it, named `role<id>` (in a command's `resolved` data, say).
pub fn role(id: u64) -> Value {
    json!({
        "id": id.to_string(), "name": format!("role{id}"), "color": 0, "hoist": false,
        "colors": {"primary_color": 0, "secondary_color": null, "tertiary_color": null},
        "icon": null, "unicode_emoji": null,
        "position": 1, "permissions": "0", "managed": false, "mentionable": false, "flags": 0
    })
}

/// A `GUILD_CREATE` for a small guild: one role, one text channel, as the cache holds it.
pub fn guild(id: u64, channel: u64) -> Value {
    json!({
        "id": id.to_string(),
        "name": format!("Guild {id}"),
        "owner_id": "1",
        "verification_level": 0,
        "default_message_notifications": 0,
        "explicit_content_filter": 0,
        "roles": [{
            "id": id.to_string(), "name": "@everyone", "color": 0, "hoist": false,
            "colors": {"primary_color": 0, "secondary_color": null, "tertiary_color": null},
            "position": 0, "permissions": "2248473465835073", "managed": false,
            "mentionable": false, "flags": 0
        }],
        "emojis": [],
        "features": [],
        "mfa_level": 0,
        "system_channel_flags": 0,
        "premium_tier": 0,
        "preferred_locale": "en-US",
        "nsfw_level": 0,
        "stickers": [],
        "premium_progress_bar_enabled": false,
        "joined_at": "2026-01-01T00:00:00.000000+00:00",
        "large": false,
        "member_count": 12,
        "voice_states": [],
        "members": [],
        "channels": [{
            "id": channel.to_string(), "type": 0, "name": "general", "position": 0,
            "permission_overwrites": [], "nsfw": false, "flags": 0
        }],
        "threads": [],
        "presences": [],
        "stage_instances": [],
        "guild_scheduled_events": [],
    })
}

pub fn application(app_id: u64) -> Value {
    json!({
        "id": app_id.to_string(),
        "name": "heo-bot",
        "icon": null,
        "description": "",
        "bot_public": true,
        "bot_require_code_grant": false,
        "verify_key": "0".repeat(64),
        "flags": 0,
        "owner": user(1, "owner", false),
    })
}

/// A registered command as Discord echoes it: the sent fields plus ids and defaults.
pub fn registered_command(sent: &Value, id: u64, app_id: u64, guild: Option<u64>) -> Value {
    let mut echo = sent.clone();
    let object = echo.as_object_mut().expect("commands are objects");
    object.insert("id".into(), id.to_string().into());
    object.insert("application_id".into(), app_id.to_string().into());
    object.insert("version".into(), id.to_string().into());
    object.entry("type").or_insert(1.into());
    object.entry("description").or_insert("".into());
    object.entry("options").or_insert(json!([]));
    if let Some(guild) = guild {
        object.insert("guild_id".into(), guild.to_string().into());
    }
    echo
}
