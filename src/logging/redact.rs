//! The last stop before a log line leaves the process: credentials that can sit inside an
//! error's text are cut out, whichever crate formatted it and at whatever level.
//!
//! reqwest's errors print the request URL, and Discord puts an interaction's token in the
//! URL of every reply to it (`/interactions/{id}/{token}/callback`,
//! `/webhooks/{application}/{token}/...`): a reply lost on the network logged a token that
//! lets anyone post as the bot in that channel for 15 minutes. Errors are wrapped by
//! serenity and poise before the bot sees them, so the text is cleaned here, in one place,
//! rather than at each call site. At debug level serenity's request span prints the route
//! with `Debug`, `token: "..."` included; that form is cut too.

use std::io::{self, Write};
use std::sync::OnceLock;

use tracing_subscriber::fmt::MakeWriter;

/// What replaces a credential.
pub const REDACTED: &str = "<redacted>";

/// Path segments followed by an ID and then a token, in Discord's API paths.
const TOKEN_PATHS: [&str; 2] = ["/interactions/", "/webhooks/"];

/// How `Debug` prints a field named `token` (serenity's routes hold interaction tokens so).
const DEBUG_TOKEN_FIELD: &str = "token: \"";

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

/// Replaces the quoted value of every `token: "..."` with [`REDACTED`].
fn redact_debug_token_fields(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(at) = rest.find(DEBUG_TOKEN_FIELD) {
        let value = &rest[at + DEBUG_TOKEN_FIELD.len()..];
        out.push_str(&rest[..at + DEBUG_TOKEN_FIELD.len()]);
        out.push_str(REDACTED);
        rest = &value[closing_quote(value).unwrap_or(value.len())..];
    }
    out.push_str(rest);
    out
}

/// Where the `Debug`-printed string `text` starts with ends: at its first quote that is
/// not escaped.
fn closing_quote(text: &str) -> Option<usize> {
    let mut escaped = false;
    for (at, c) in text.char_indices() {
        match c {
            '"' if !escaped => return Some(at),
            '\\' => escaped = !escaped,
            _ => escaped = false,
        }
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
    matches!(
        c,
        '/' | '?' | '#' | ')' | '(' | '"' | '\'' | ',' | ']' | '>' | '`'
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
