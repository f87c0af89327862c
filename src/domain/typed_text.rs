//! Characters no typed server ID or name may hold: they are invisible or change how the text
//! around them is shown, so an ID or name holding one can make a public reply or an audit
//! line read as something else (a right-to-left override turns `srv_1 restarted by alice`
//! around), hide a difference between two names, or split a log line in two.

/// Whether `c` is a control character (Cc), a format character (Cf: bidirectional controls,
/// zero-width spaces and joiners, the byte-order mark, soft hyphens, tags...), a line or
/// paragraph separator (Zl, Zp), or a filler that shows as nothing.
pub fn is_hidden(c: char) -> bool {
    c.is_control() || is_format(c) || is_separator(c) || is_blank_filler(c)
}

/// Unicode's general category Cf (Unicode 16), listed because std has no category lookup.
fn is_format(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{0600}'..='\u{0605}'
            | '\u{061C}'
            | '\u{06DD}'
            | '\u{070F}'
            | '\u{0890}'..='\u{0891}'
            | '\u{08E2}'
            | '\u{180E}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{206F}'
            | '\u{FEFF}'
            | '\u{FFF9}'..='\u{FFFB}'
            | '\u{110BD}'
            | '\u{110CD}'
            | '\u{13430}'..='\u{1343F}'
            | '\u{1BCA0}'..='\u{1BCA3}'
            | '\u{1D173}'..='\u{1D17A}'
            | '\u{E0001}'
            | '\u{E0020}'..='\u{E007F}'
    )
}

/// Unicode's categories Zl and Zp: each starts a new line wherever the text is shown.
fn is_separator(c: char) -> bool {
    matches!(c, '\u{2028}' | '\u{2029}')
}

/// Letters that render as blank space of no width or of a letter's width, used to make
/// names that look empty or identical to another (Hangul fillers, the braille blank, the
/// combining grapheme joiner).
fn is_blank_filler(c: char) -> bool {
    matches!(
        c,
        '\u{034F}' | '\u{115F}' | '\u{1160}' | '\u{2800}' | '\u{3164}' | '\u{FFA0}'
    )
}

#[cfg(test)]
mod tests {
    use super::is_hidden;

    #[test]
    fn bidirectional_overrides_zero_width_characters_and_line_separators_are_hidden() {
        for c in [
            '\u{202E}',
            '\u{202D}',
            '\u{2066}',
            '\u{2069}',
            '\u{200E}',
            '\u{200F}',
            '\u{061C}',
            '\u{200B}',
            '\u{200C}',
            '\u{200D}',
            '\u{2060}',
            '\u{FEFF}',
            '\u{00AD}',
            '\u{2028}',
            '\u{2029}',
            '\u{E0041}',
            '\u{3164}',
            '\n',
            '\t',
            '\u{7F}',
            '\u{85}',
        ] {
            assert!(is_hidden(c), "U+{:04X}", c as u32);
        }
    }

    #[test]
    fn letters_digits_punctuation_spaces_and_emoji_are_not_hidden() {
        for c in "srv_123-a.b~ Überleben サーバー é 🎮".chars() {
            assert!(!is_hidden(c), "U+{:04X}", c as u32);
        }
    }
}
