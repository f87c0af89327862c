//! Turns what a user types, `/server kill server:srv_1 force:true`, into the `data` of a
//! command interaction, checked against the commands the bot registered: like Discord's
//! client, it offers only registered commands and options and insists on required ones.

use serde_json::{Value, json};

/// The interaction `data` for `text`. With `focused`, the option of that name is the one
/// being typed (an autocomplete request): its value stays the raw text.
pub fn command_data(text: &str, commands: &[Value], focused: Option<&str>) -> Value {
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
    let mut values: Vec<Value> = rest
        .iter()
        .map(|word| option_value(text, leaf, word, focused))
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
    json!({
        "id": command["id"],
        "name": command["name"],
        "type": command["type"],
        "options": values,
    })
}

fn option_value(text: &str, leaf: &Value, word: &str, focused: Option<&str>) -> Value {
    let (name, raw) = word.split_once(':').unwrap();
    let option = options(leaf)
        .iter()
        .find(|o| o["name"] == name)
        .unwrap_or_else(|| panic!("{text:?}: {} has no option {name:?}", leaf["name"]));
    let kind = option["type"].as_u64().unwrap_or_default();
    if focused == Some(name) {
        return json!({"name": name, "type": kind, "value": raw, "focused": true});
    }
    let value = match kind {
        3 | 6 | 7 | 8 | 9 => Value::from(raw),
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
