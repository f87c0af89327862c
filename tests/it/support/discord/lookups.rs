//! The `GET`s that look something up, which `heo-bot doctor` makes: the registered commands,
//! a channel, a guild, and the bot as a member of it. They are answered from what the server
//! holds (the last registration, the channels members named, the channels that refuse the
//! bot), and every answer is checked against the spec's response schema, closed like the
//! request bodies, so that what the bot reads is what Discord would send.

use serde_json::{Value, json};

use super::channels::Refusal;
use super::payload;
use super::schema;
use super::state::{Inner, Route, State};

type Answer = (u16, Option<Value>);

/// The test guilds' @everyone permissions (as in `payload::guild`): View Channel and Send
/// Messages among them, Administrator not.
const EVERYONE: u64 = 2_248_473_465_835_073;

/// Answers `route`, whose path variables are `params` and spec path `template`.
pub fn answer(
    state: &State,
    route: Route,
    template: &str,
    params: &[u64],
) -> Result<Answer, String> {
    let app = state.app_id;
    let answer = state.with(|inner| match (route, params) {
        (Route::GetCommands, [application, scope @ ..]) if *application == app => {
            Ok((200, Some(commands(inner, scope.first().copied()))))
        }
        (Route::GetCommands, _) => Err("commands read for another application".to_owned()),
        (Route::GetChannel, [channel]) => Ok(channel_answer(inner, *channel)),
        (Route::GetGuild, [guild]) => Ok((200, Some(guild_json(*guild)))),
        (Route::GetMember, [_guild, user]) if *user == app => Ok((200, Some(member_json(app)))),
        (Route::GetMember, _) => Ok(unknown("Unknown Member", 10007)),
        _ => Err(format!("{route:?} is not a lookup")),
    })?;
    if let (200, Some(body)) = &answer {
        schema::check_response("GET", template, body).map_err(|mismatch| {
            format!("the test server's own answer breaks the spec: {mismatch}")
        })?;
    }
    Ok(answer)
}

/// The commands last registered at `scope` (`None`: globally), as Discord lists them.
fn commands(inner: &Inner, scope: Option<u64>) -> Value {
    let registered = inner.registrations.iter().rev().find(|r| r.guild == scope);
    let listed = registered
        .into_iter()
        .flat_map(|r| &r.commands)
        .map(|echo| {
            let mut listed = json!({
                "id": echo["id"], "application_id": echo["application_id"],
                "version": echo["version"], "type": echo["type"], "name": echo["name"],
                "description": echo["description"],
                "default_member_permissions": echo.get("default_member_permissions").cloned()
                    .unwrap_or(Value::Null),
            });
            if let Some(guild) = echo.get("guild_id") {
                listed["guild_id"] = guild.clone();
            }
            listed
        });
    Value::Array(listed.collect())
}

/// A channel a member named: a text channel of their guild, which Discord hides from the bot
/// (Missing Access) or no longer has (Unknown Channel) as the channel's refusal says; a role
/// override that takes Send Messages away shows in its overwrites.
fn channel_answer(inner: &Inner, channel: u64) -> Answer {
    let Some(guild) = inner.channels.guild_of.get(&channel).copied() else {
        return unknown("Unknown Channel", 10003);
    };
    let overwrites = match inner.channels.refusing.get(&channel) {
        Some(Refusal::MissingAccess) => return (403, Some(error("Missing Access", 50001))),
        Some(Refusal::Deleted) => return unknown("Unknown Channel", 10003),
        Some(Refusal::MissingPermissions) => {
            // On @everyone, whose role ID is the guild's: the bot has no role above it.
            json!([{"id": guild.to_string(), "type": 0, "allow": "0", "deny": "2048"}])
        }
        None => json!([]),
    };
    let channel = json!({
        "id": channel.to_string(), "type": 0, "guild_id": guild.to_string(),
        "name": format!("channel{channel}"), "position": 0, "flags": 0, "parent_id": null,
        "last_message_id": null, "topic": null, "nsfw": false, "rate_limit_per_user": 0,
        "permission_overwrites": overwrites,
    });
    (200, Some(channel))
}

/// A small guild owned by someone else: the @everyone role alone.
fn guild_json(guild: u64) -> Value {
    let mut everyone = payload::role(guild);
    everyone["name"] = "@everyone".into();
    everyone["position"] = 0.into();
    everyone["permissions"] = EVERYONE.to_string().into();
    json!({
        "id": guild.to_string(), "name": format!("Guild {guild}"), "icon": null,
        "description": null, "home_header": null, "splash": null, "discovery_splash": null,
        "features": [], "banner": null, "owner_id": "1", "application_id": null,
        "region": "deprecated", "afk_channel_id": null, "afk_timeout": 300,
        "system_channel_id": null, "system_channel_flags": 0, "widget_enabled": false,
        "widget_channel_id": null, "verification_level": 0, "roles": [everyone],
        "default_message_notifications": 0, "mfa_level": 0, "explicit_content_filter": 0,
        "max_presences": null, "max_members": 500_000, "max_stage_video_channel_users": 50,
        "max_video_channel_users": 25, "vanity_url_code": null, "premium_tier": 0,
        "premium_subscription_count": 0, "preferred_locale": "en-US",
        "rules_channel_id": null, "safety_alerts_channel_id": null,
        "public_updates_channel_id": null, "premium_progress_bar_enabled": false,
        "nsfw": false, "nsfw_level": 0, "emojis": [], "stickers": [], "incidents_data": null,
    })
}

/// The bot as a member of a guild, holding no role beyond @everyone.
fn member_json(app: u64) -> Value {
    let mut user = payload::user(app, "heo-bot", true);
    user["public_flags"] = 0.into();
    user["flags"] = 0.into();
    user["primary_guild"] = Value::Null;
    json!({
        "user": user, "roles": [], "joined_at": payload::TIMESTAMP, "nick": null,
        "avatar": null, "banner": null, "premium_since": null,
        "communication_disabled_until": null, "flags": 0, "pending": false,
        "mute": false, "deaf": false,
    })
}

fn error(message: &str, code: u32) -> Value {
    json!({"message": message, "code": code})
}

fn unknown(message: &str, code: u32) -> Answer {
    (404, Some(error(message, code)))
}
