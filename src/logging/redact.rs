//! The last stop before a log line leaves the process: credentials that can sit inside an
//! error's text are cut out, whichever crate formatted it and at whatever level.
//!
//! reqwest's errors print the request URL, and Discord puts an interaction's token in the
//! URL of every reply to it (`/interactions/{id}/{token}/callback`,
//! `/webhooks/{application}/{token}/...`): a reply lost on the network logged a token that
//! lets anyone post as the bot in that channel for 15 minutes. Errors are wrapped by
//! serenity and poise before the bot sees them, so the text is cleaned here, in one place,
//! rather than at each call site. At debug level serenity's request span prints the route
//! with `Debug`, `token: "..."` included; that form is cut too, also as `LOG_FORMAT=json`
//! writes it, inside a JSON string (`token: \"...\"`), where the line must stay valid JSON.

use std::io::{self, Write};
use std::sync::OnceLock;

use tracing_subscriber::fmt::MakeWriter;

/// What replaces a credential.
pub const REDACTED: &str = "<redacted>";

/// Path segments followed by an ID and then a token, in Discord's API paths.
const TOKEN_PATHS: [&str; 2] = ["/interactions/", "/webhooks/"];

/// How `Debug` prints a field named `token` (serenity's routes hold interaction tokens so),
/// up to its opening quote; in a JSON line the quote comes escaped, after a backslash.
const DEBUG_TOKEN_FIELD: &str = "token: ";

/// The bot token, once the configuration is read: cut wherever it appears.
static BOT_TOKEN: OnceLock<String> = OnceLock::new();

/// Cuts `token` out of every later log line too (the first call wins).
pub fn conceal(token: &str) {
    if !token.is_empty() {
        let _ = BOT_TOKEN.set(token.to_owned());
    }
}

/// `line` with every token cut out.
pub fn redact(line: &str) -> String {
    let mut line = redact_debug_token_fields(&redact_token_paths(line));
    if let Some(token) = BOT_TOKEN.get() {
        line = line.replace(token.as_str(), REDACTED);
    }
    line
}

/// Replaces the segment after `/interactions/{id}/` and `/webhooks/{id}/` with
/// [`REDACTED`].
fn redact_token_paths(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some((at, prefix)) = next_token_path(rest) {
        let after_prefix = &rest[at + prefix.len()..];
        let id_len = after_prefix.bytes().take_while(u8::is_ascii_digit).count();
        let after_id = &after_prefix[id_len..];
        let Some(token) = after_id.strip_prefix('/').filter(|_| id_len > 0) else {
            out.push_str(&rest[..at + prefix.len()]);
            rest = after_prefix;
            continue;
        };
        let token_len = token.find(ends_token).unwrap_or(token.len());
        out.push_str(&rest[..at + prefix.len() + id_len + 1]);
        if token_len > 0 {
            out.push_str(REDACTED);
        }
        rest = &token[token_len..];
    }
    out.push_str(rest);
    out
}

/// Replaces the quoted value of every `token: "..."` with [`REDACTED`], and of every
/// `token: \"...\"` (the same inside a JSON string).
fn redact_debug_token_fields(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(at) = rest.find(DEBUG_TOKEN_FIELD) {
        let after = &rest[at + DEBUG_TOKEN_FIELD.len()..];
        // 0: plain `Debug`; 1: `Debug` escaped once, inside a JSON string.
        let depth = after.bytes().take_while(|&b| b == b'\\').count();
        if depth > 1 || after.as_bytes().get(depth) != Some(&b'"') {
            out.push_str(&rest[..at + DEBUG_TOKEN_FIELD.len()]);
            rest = after;
            continue;
        }
        let value = &after[depth + 1..];
        out.push_str(&rest[..at + DEBUG_TOKEN_FIELD.len() + depth + 1]);
        out.push_str(REDACTED);
        rest = &value[closing_quote(value, depth).unwrap_or(value.len())..];
    }
    out.push_str(rest);
    out
}

/// Where the string `text` starts with ends: at its closing quote (with the backslash that
/// escapes it for JSON when `depth` is 1). A quote is the closing one when the backslashes
/// before it, read as `depth` levels of escaping, leave it unescaped: an even run at depth
/// 0 (`\\"` closes, `\"` does not); a run of 1, 5, 9... at depth 1 (`\"` closes, `\\\"`
/// is an escaped quote inside, `\\\\\"` a backslash inside and then the close).
fn closing_quote(text: &str, depth: usize) -> Option<usize> {
    let mut backslashes = 0;
    for (at, byte) in text.bytes().enumerate() {
        match byte {
            b'"' if backslashes % (2 * (depth + 1)) == depth => return Some(at - depth),
            b'\\' => {
                backslashes += 1;
                continue;
            }
            _ => {}
        }
        backslashes = 0;
    }
    None
}

/// The first of [`TOKEN_PATHS`] in `text`, and where.
fn next_token_path(text: &str) -> Option<(usize, &'static str)> {
    TOKEN_PATHS
        .iter()
        .filter_map(|prefix| text.find(prefix).map(|at| (at, *prefix)))
        .min_by_key(|(at, _)| *at)
}

/// Characters that end a token in a URL or in the text around one.
fn ends_token(c: char) -> bool {
    // A backslash starts the escaped quote that ends a JSON string: cutting it with the
    // token would leave the line unreadable JSON.
    matches!(
        c,
        '/' | '?' | '#' | ')' | '(' | '"' | '\\' | '\'' | ',' | ']' | '>' | '`'
    ) || c.is_whitespace()
}

/// Hands the log formatter a writer that redacts each line before it reaches `inner`.
pub struct Redacting<M>(pub M);

impl<'a, M: MakeWriter<'a>> MakeWriter<'a> for Redacting<M> {
    type Writer = RedactingWriter<M::Writer>;

    fn make_writer(&'a self) -> Self::Writer {
        RedactingWriter(self.0.make_writer())
    }
}

/// Redacts what it is given and writes the rest on. The formatter writes each event in one
/// call, so a token is never split between two calls.
pub struct RedactingWriter<W>(W);

impl<W: Write> Write for RedactingWriter<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match std::str::from_utf8(buf) {
            Ok(text) => self.0.write_all(redact(text).as_bytes())?,
            // The formatter writes `String`s; anything else is not a formatted line.
            Err(_) => self.0.write_all(buf)?,
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.0.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn interaction_and_webhook_tokens_are_cut_from_urls_and_the_rest_is_kept() {
        let cases = [
            (
                "error sending request for url (http://h/api/v10/interactions/123/aW50ZXJ.x-y_z/callback)",
                "error sending request for url (http://h/api/v10/interactions/123/<redacted>/callback)",
            ),
            (
                "url (https://discord.com/api/v10/webhooks/101/tok-1), then",
                "url (https://discord.com/api/v10/webhooks/101/<redacted>), then",
            ),
            (
                "/webhooks/101/abc/messages/@original?wait=true and /webhooks/101/def",
                "/webhooks/101/<redacted>/messages/@original?wait=true and /webhooks/101/<redacted>",
            ),
            (
                "a /webhooks/ path without an id",
                "a /webhooks/ path without an id",
            ),
            ("/interactions/abc/def", "/interactions/abc/def"),
            ("no url at all", "no url at all"),
        ];
        for (line, expected) in cases {
            assert_eq!(redact_token_paths(line), expected);
        }
    }

    #[test]
    fn debug_printed_token_fields_are_cut() {
        let line = r#"route: InteractionResponse { interaction_id: InteractionId(1), token: "aW5\"x" }, token: "b""#;
        assert_eq!(
            redact_debug_token_fields(line),
            r#"route: InteractionResponse { interaction_id: InteractionId(1), token: "<redacted>" }, token: "<redacted>""#
        );
    }

    #[test]
    fn debug_printed_token_fields_inside_a_json_string_are_cut_and_the_line_stays_json() {
        // A JSON log line as `LOG_FORMAT=json` writes it: the `Debug` text of the route, with
        // its quotes escaped; the last token holds an escaped quote and a backslash.
        let route = r#"InteractionResponse { interaction_id: 1, token: "aW5" }, token: "a\"b\\""#;
        let line = serde_json::json!({"fields": {"route": route}, "span": {"x": "token: 5"}});
        let redacted = redact(&line.to_string());
        let parsed: serde_json::Value = serde_json::from_str(&redacted).expect("still JSON");
        assert_eq!(
            parsed["fields"]["route"],
            r#"InteractionResponse { interaction_id: 1, token: "<redacted>" }, token: "<redacted>""#
        );
        assert_eq!(
            parsed["span"]["x"], "token: 5",
            "no quoted value, nothing cut"
        );
    }

    #[test]
    fn a_token_at_the_end_of_a_json_string_is_cut_without_the_closing_quote() {
        let line = serde_json::json!({"error": "url (http://h/webhooks/101/tok-1"}).to_string();
        assert!(line.contains(r#"tok-1""#), "{line}");
        let parsed: serde_json::Value = serde_json::from_str(&redact(&line)).expect("still JSON");
        assert_eq!(parsed["error"], "url (http://h/webhooks/101/<redacted>");
        let quoted = serde_json::json!({"url": "\"/interactions/9/tok\""}).to_string();
        let parsed: serde_json::Value = serde_json::from_str(&redact(&quoted)).expect("JSON");
        assert_eq!(parsed["url"], "\"/interactions/9/<redacted>\"");
    }

    #[test]
    fn a_line_is_written_whole_with_its_tokens_cut() {
        let mut out = Vec::new();
        let mut writer = RedactingWriter(&mut out);
        let line = b"failed: /interactions/9/secret-token/callback\n";
        assert_eq!(writer.write(line).unwrap(), line.len());
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "failed: /interactions/9/<redacted>/callback\n"
        );
    }
}
