//! Turns what a user types, `/server kill server:srv_1 force:true`, into the `data` of a
//! command interaction, checked against the commands the bot registered: like Discord's
//! client, it offers only registered commands and options and insists on required ones.
//! An option with choices is picked by the choice's name (`action:start`); a role option
//! takes a mention or an ID (`role:<@&123>`, `role:123`) and, as Discord does, the role is
//! sent along in the interaction's `resolved` data; so is a channel (`channel:<#5>`,
//! `channel:5`), as a text channel with the invoking member's permissions in it.

use std::collections::HashSet;

use poise::serenity_prelude::Permissions;
use serde_json::{Map, Value, json};

use super::payload;

/// The interaction `data` for `text`. With `focused`, the option of that name is the one
/// being typed (an autocomplete request): its value stays the raw text. In a `muted` channel
/// the member may not send messages.
pub fn command_data(
    text: &str,
    commands: &[Value],
    focused: Option<&str>,
    muted: &HashSet<u64>,
) -> Value {
    let words = split(text);
    let (name, rest) = words.split_first().expect("an empty command line");
    let name = name.strip_prefix('/').unwrap_or(name);
    let command = commands
        .iter()
        .find(|c| c["name"] == *name)
        .unwrap_or_else(|| panic!("Discord offers no /{name}: the bot did not register it"));

    // Subcommand groups and subcommands come first, then `name:value` options.
    let mut path = vec![command];
    let mut rest = rest;
    while let Some((word, tail)) = rest.split_first().filter(|(w, _)| !w.contains(':')) {
        let parent = path.last().unwrap();
        let sub = options(parent)
            .iter()
            .find(|o| o["name"] == word.as_str() && matches!(o["type"].as_u64(), Some(1 | 2)))
            .unwrap_or_else(|| panic!("{text:?}: no subcommand {word:?} under {}", parent["name"]));
        path.push(sub);
        rest = tail;
    }
    let leaf = *path.last().unwrap();
    if options(leaf)
        .iter()
        .any(|o| matches!(o["type"].as_u64(), Some(1 | 2)))
    {
        panic!(
            "{text:?}: Discord requires a subcommand of {}",
            leaf["name"]
        );
    }
    let mut resolved = Resolved::default();
    let mut values: Vec<Value> = rest
        .iter()
        .map(|word| option_value(text, leaf, word, focused, &mut resolved))
        .collect();
    for required in options(leaf).iter().filter(|o| o["required"] == true) {
        if !values.iter().any(|v| v["name"] == required["name"]) {
            panic!("{text:?}: Discord requires option {}", required["name"]);
        }
    }
    // Wrap outwards: every subcommand level carries `options`, even when empty.
    for sub in path[1..].iter().rev() {
        values = vec![json!({"name": sub["name"], "type": sub["type"], "options": values})];
    }
    let mut data = json!({
        "id": command["id"],
        "name": command["name"],
        "type": command["type"],
        "options": values,
    });
    if !resolved.roles.is_empty() {
        let roles: Map<String, Value> = resolved
            .roles
            .into_iter()
            .map(|id| (id.to_string(), payload::role(id)))
            .collect();
        data["resolved"]["roles"] = Value::Object(roles);
    }
    if !resolved.channels.is_empty() {
        let channels: Map<String, Value> = resolved
            .channels
            .into_iter()
            .map(|id| (id.to_string(), resolved_channel(id, !muted.contains(&id))))
            .collect();
        data["resolved"]["channels"] = Value::Object(channels);
    }
    data
}

/// The roles and channels a command's options name, which Discord sends along in full.
#[derive(Default)]
struct Resolved {
    roles: Vec<u64>,
    channels: Vec<u64>,
}

/// A channel as an interaction's `resolved` data shows it: a text channel named after its
/// id, in which the invoking member has the default @everyone permissions, Send Messages
/// among them unless `member_may_send` is false.
fn resolved_channel(id: u64, member_may_send: bool) -> Value {
    let mut permissions = Permissions::from_bits_retain(EVERYONE);
    permissions.set(Permissions::SEND_MESSAGES, member_may_send);
    json!({
        "id": id.to_string(), "name": format!("channel{id}"), "type": 0,
        "permissions": permissions.bits().to_string()
    })
}

/// The test guild's @everyone permissions (see [`payload::guild`]), View Channel and Send
/// Messages among them.
const EVERYONE: u64 = 2_248_473_465_835_073;

/// A snowflake typed as a mention (`<@&5>`, `<#5>`) or bare (`5`).
fn snowflake(raw: &str, sigil: &str) -> Option<u64> {
    let inner = raw
        .strip_prefix(sigil)
        .and_then(|r| r.strip_suffix('>'))
        .unwrap_or(raw);
    inner.parse().ok()
}

fn option_value(
    text: &str,
    leaf: &Value,
    word: &str,
    focused: Option<&str>,
    resolved: &mut Resolved,
) -> Value {
    let (name, raw) = word.split_once(':').unwrap();
    let option = options(leaf)
        .iter()
        .find(|o| o["name"] == name)
        .unwrap_or_else(|| panic!("{text:?}: {} has no option {name:?}", leaf["name"]));
    let kind = option["type"].as_u64().unwrap_or_default();
    if focused == Some(name) {
        return json!({"name": name, "type": kind, "value": raw, "focused": true});
    }
    if let Some(choices) = option["choices"].as_array().filter(|c| !c.is_empty()) {
        let choice = choices.iter().find(|c| c["name"] == raw);
        let choice =
            choice.unwrap_or_else(|| panic!("{text:?}: {raw:?} is not a choice of {name}"));
        return json!({"name": name, "type": kind, "value": choice["value"]});
    }
    let value = match kind {
        3 | 6 | 9 => Value::from(raw),
        7 => {
            let id = snowflake(raw, "<#").unwrap_or_else(|| {
                panic!("{text:?}: Discord would not accept {raw:?} as a channel for {name}")
            });
            resolved.channels.push(id);
            Value::from(id.to_string())
        }
        8 => {
            let id = snowflake(raw, "<@&").unwrap_or_else(|| {
                panic!("{text:?}: Discord would not accept {raw:?} as a role for {name}")
            });
            resolved.roles.push(id);
            Value::from(id.to_string())
        }
        4 => raw.parse::<i64>().map(Value::from).ok().unwrap_or_default(),
        5 => raw
            .parse::<bool>()
            .map(Value::from)
            .ok()
            .unwrap_or_default(),
        10 => raw.parse::<f64>().map(Value::from).ok().unwrap_or_default(),
        other => panic!("{text:?}: option type {other} is not supported here"),
    };
    if value.is_null() {
        panic!("{text:?}: Discord would not accept {raw:?} for {name} (type {kind})");
    }
    json!({"name": name, "type": kind, "value": value})
}

fn options(command: &Value) -> &[Value] {
    command["options"].as_array().map_or(&[], Vec::as_slice)
}

/// Splits on spaces, keeping `"quoted text"` together (without the quotes).
fn split(text: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut quoted = false;
    for c in text.trim().chars() {
        match c {
            '"' => quoted = !quoted,
            c if c.is_whitespace() && !quoted => {
                if !word.is_empty() {
                    words.push(std::mem::take(&mut word));
                }
            }
            c => word.push(c),
        }
    }
    if !word.is_empty() {
        words.push(word);
    }
    words
}
