//! `/server logs`: a game server's latest log, shown privately as a code block when it fits
//! one message, else attached as a file; and what to do when it could not be read.

use crate::i18n::Lang;
use crate::power::LogOutcome;
use crate::t;

use super::log_text::{clean, fenced, last_lines};
use super::{
    Call, DISCORD_MESSAGE_LIMIT, NotSent, length, named, not_sent, provider_error, refused_call,
};

/// How `/server logs` answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LogReply {
    /// A message alone.
    Text(String),
    /// A message with the lines attached as a file.
    File {
        text: String,
        filename: String,
        bytes: Vec<u8>,
    },
}

/// The answer to `/server logs` for the server `id` (named `name` here, if it is) asking
/// for the last `lines` lines.
pub fn log_reply(
    lang: Lang,
    id: &str,
    name: Option<&str>,
    lines: usize,
    outcome: &LogOutcome,
) -> LogReply {
    let server = named(id, name);
    let detail = match outcome {
        LogOutcome::Read(tail) => return shown(lang, id, name, lines, &tail.text),
        LogOutcome::NoKey => not_sent(lang, NotSent::NoKey),
        LogOutcome::StoreFailed => not_sent(lang, NotSent::StoreFailed),
        LogOutcome::KeyUnreadable => not_sent(lang, NotSent::KeyUnreadable),
        LogOutcome::Failed(error) => provider_error(lang, error, Call::Logs, &server),
        LogOutcome::Refused(refusal) => {
            return LogReply::Text(refused_call(lang, Call::Logs, &server, *refusal));
        }
    };
    LogReply::Text(t!(lang, "logs-failed", server = server, detail = detail))
}

/// A request refused by the guards before the provider was asked.
pub fn log_refused(
    lang: Lang,
    id: &str,
    name: Option<&str>,
    refusal: crate::power::Refusal,
) -> String {
    refused_call(lang, Call::Logs, &named(id, name), refusal)
}

fn shown(lang: Lang, id: &str, name: Option<&str>, lines: usize, raw: &str) -> LogReply {
    let server = named(id, name);
    let (text, count) = last_lines(&clean(raw), lines);
    if count == 0 {
        return LogReply::Text(t!(lang, "logs-empty", server = server));
    }
    let block = format!(
        "{}\n```\n{}\n```",
        t!(lang, "logs-shown", count = count, server = server.as_str()),
        fenced(&text)
    );
    if length(&block) <= DISCORD_MESSAGE_LIMIT {
        return LogReply::Text(block);
    }
    LogReply::File {
        text: t!(lang, "logs-attached", count = count, server = server),
        // A file name, not a sentence: the same in every language, and plain ASCII.
        filename: format!("{}-latest.log", file_stem(name.unwrap_or(id))),
        bytes: (text + "\n").into_bytes(),
    }
}

/// A server's name or ID as a file name: anything but letters, digits, `-`, `_` and `.`
/// becomes `_`, so no path or odd character reaches the user's disk.
fn file_stem(server: &str) -> String {
    let stem: String = server
        .chars()
        .take(64)
        .map(|c| match c {
            'a'..='z' | 'A'..='Z' | '0'..='9' | '-' | '_' | '.' => c,
            _ => '_',
        })
        .collect();
    stem.trim_start_matches('.').to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::heo::{HeoError, LogTail};

    fn read(text: &str) -> LogOutcome {
        LogOutcome::Read(LogTail {
            text: text.to_owned(),
            cut: false,
        })
    }

    #[test]
    fn a_short_log_is_a_code_block_of_its_last_lines() {
        let reply = log_reply(
            Lang::ENGLISH,
            "srv_1",
            Some("mc"),
            2,
            &read("one\ntwo\nthree\n"),
        );
        let expected =
            "📜 The last 2 lines of the latest log of **`mc`** (`srv_1`):\n```\ntwo\nthree\n```";
        assert_eq!(reply, LogReply::Text(expected.to_owned()));
    }

    #[test]
    fn a_long_log_is_attached_with_its_tail_under_the_server_name() {
        let log: String = (1..=600)
            .map(|n| format!("line {n:04} {}\n", "x".repeat(40)))
            .collect();
        let LogReply::File {
            text,
            filename,
            bytes,
        } = log_reply(Lang::ENGLISH, "srv_1", Some("my mc/../x"), 500, &read(&log))
        else {
            panic!("attached");
        };
        assert_eq!(filename, "my_mc_.._x-latest.log");
        assert!(text.contains("The last 500 lines"), "{text}");
        let file = String::from_utf8(bytes).unwrap();
        assert_eq!(file.lines().count(), 500);
        assert!(file.starts_with("line 0101 "), "{}", &file[..20]);
    }

    #[test]
    fn a_key_without_the_logs_scope_is_told_which_scope_it_lacks() {
        let failed = LogOutcome::Failed(HeoError::InsufficientScope);
        let LogReply::Text(text) = log_reply(Lang::ENGLISH, "srv_1", None, 50, &failed) else {
            panic!("text");
        };
        assert!(text.contains("`game-logs:read`"), "{text}");
        assert!(!text.contains("power"), "{text}");
    }

    #[test]
    fn an_empty_log_says_so() {
        let reply = log_reply(Lang::ENGLISH, "srv_1", None, 50, &read("\n"));
        assert_eq!(
            reply,
            LogReply::Text("📜 The latest log of `srv_1` is empty.".into())
        );
    }
}
