//! Every piece of text a Discord user could read in what the bot sent: message contents,
//! button labels, modal titles, labels and placeholders, autocomplete choices, embeds.
//! The pseudo-locale test reads them all to find any sentence not from a catalogue.

use serde_json::Value;

use super::FakeDiscord;
use super::state::Route;

/// Keys whose string values a user reads.
const READABLE: [&str; 6] = [
    "content",
    "label",
    "placeholder",
    "title",
    "description",
    "text",
];

impl FakeDiscord {
    /// `(route, text)` for every readable text in every body the bot sent, in order, except
    /// the command registrations (their descriptions are tested on their own).
    pub fn sent_texts(&self) -> Vec<(Route, String)> {
        let bodies = self.state.with(|inner| inner.bodies.clone());
        let mut texts = Vec::new();
        for (route, body) in bodies {
            if matches!(route, Route::RegisterCommands) {
                continue;
            }
            let mut found = Vec::new();
            readable(&body, &mut found);
            texts.extend(found.into_iter().map(|text| (route, text)));
        }
        texts
    }
}

fn readable(json: &Value, found: &mut Vec<String>) {
    match json {
        Value::Object(fields) => {
            for (key, value) in fields {
                match (key.as_str(), value) {
                    // Not text: who may be pinged.
                    ("allowed_mentions", _) => {}
                    (key, Value::String(text)) if READABLE.contains(&key) => {
                        found.push(text.clone());
                    }
                    // An autocomplete answer: each choice's label.
                    ("choices", Value::Array(choices)) => {
                        for choice in choices {
                            if let Some(name) = choice["name"].as_str() {
                                found.push(name.to_owned());
                            }
                        }
                    }
                    _ => readable(value, found),
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|item| readable(item, found)),
        _ => {}
    }
}
