//! A game server's log made safe to show: whatever the game printed reaches Discord as
//! plain text, with no terminal escape codes and no way out of a code block.

/// `raw` without ANSI escape sequences (CSI such as colours, OSC such as titles and links,
/// and two-byte escapes) and without control characters other than newline and tab. A
/// `\r\n` ends a line; a lone `\r` (a progress bar redrawing its line) is dropped.
pub fn clean(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut chars = raw.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\u{1b}' => match chars.next() {
                Some('[') => skip_csi(&mut chars),
                Some(']') => skip_osc(&mut chars),
                // A two-byte escape (ESC 7, ESC M, ...): the next character is its end.
                Some(_) | None => {}
            },
            // The 8-bit forms of CSI and OSC.
            '\u{9b}' => skip_csi(&mut chars),
            '\u{9d}' => skip_osc(&mut chars),
            '\n' | '\t' => out.push(c),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Parameters and intermediates (0x20–0x3F) up to the final byte (0x40–0x7E).
fn skip_csi(chars: &mut impl Iterator<Item = char>) {
    for c in chars.by_ref() {
        if !('\u{20}'..='\u{3f}').contains(&c) {
            return;
        }
    }
}

/// Up to BEL or the string terminator (ESC \ or 0x9C).
fn skip_osc(chars: &mut std::iter::Peekable<impl Iterator<Item = char>>) {
    while let Some(c) = chars.next() {
        match c {
            '\u{7}' | '\u{9c}' => return,
            '\u{1b}' => {
                if chars.peek() == Some(&'\\') {
                    chars.next();
                }
                return;
            }
            _ => {}
        }
    }
}

/// The last `n` lines of `text` (a final newline ends the last line, it does not start an
/// empty one), joined by newlines, and how many there are.
pub fn last_lines(text: &str, n: usize) -> (String, usize) {
    let text = text.strip_suffix('\n').unwrap_or(text);
    if text.is_empty() || n == 0 {
        return (String::new(), 0);
    }
    let lines: Vec<&str> = text.rsplit('\n').take(n).collect();
    let count = lines.len();
    let joined: Vec<&str> = lines.into_iter().rev().collect();
    (joined.join("\n"), count)
}

/// `text` as it may sit inside a ``` code block: a run of three backticks would close the
/// block early, so each is broken with look-alike grave accents. Runs of one or two stay.
pub fn fenced(text: &str) -> String {
    text.replace("```", "ˋˋˋ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours_titles_and_links_are_stripped_and_the_text_kept() {
        let raw = "\u{1b}[1;32m[INFO]\u{1b}[0m Done\u{1b}]0;title\u{7} \
                   \u{1b}]8;;http://x\u{1b}\\link\u{1b}]8;;\u{1b}\\\u{1b}7!";
        assert_eq!(clean(raw), "[INFO] Done link!");
    }

    #[test]
    fn control_characters_go_but_newlines_and_tabs_stay() {
        assert_eq!(
            clean("a\tb\r\nc\u{0}\u{8}d\re\u{9b}2Kf\n"),
            "a\tb\ncde f\n".replace(' ', "")
        );
    }

    #[test]
    fn the_last_lines_are_counted_without_a_trailing_empty_one() {
        assert_eq!(last_lines("a\nb\nc\n", 2), ("b\nc".to_owned(), 2));
        assert_eq!(last_lines("a\nb\nc", 10), ("a\nb\nc".to_owned(), 3));
        assert_eq!(last_lines("", 10), (String::new(), 0));
        assert_eq!(last_lines("\n", 10), (String::new(), 0));
        assert_eq!(last_lines("a\n\nb\n", 2), ("\nb".to_owned(), 2));
    }

    #[test]
    fn no_run_of_three_backticks_survives() {
        for text in ["```", "````", "`````", "a```b```c", "``````"] {
            assert!(!fenced(text).contains("```"), "{text}");
        }
        assert_eq!(fenced("`x` ``y``"), "`x` ``y``");
    }
}
