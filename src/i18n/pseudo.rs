//! The pseudo-locale's text: every ASCII letter of a catalogue's own words swapped for an
//! accented look-alike. Variables (server IDs, names, mentions) are not text elements, so
//! they stay as they are; a sentence hard-coded in English stays unaccented and outside ⟦ ⟧.

use std::borrow::Cow;

const LOWER: [char; 26] = [
    'ȧ', 'ƀ', 'ƈ', 'ḓ', 'ḗ', 'ƒ', 'ɠ', 'ħ', 'ī', 'ĵ', 'ķ', 'ŀ', 'ḿ', 'ƞ', 'ǿ', 'ƥ', 'ɋ', 'ř', 'ş',
    'ŧ', 'ŭ', 'ṽ', 'ẇ', 'ẋ', 'ẏ', 'ẑ',
];
const UPPER: [char; 26] = [
    'Ȧ', 'Ɓ', 'Ƈ', 'Ḓ', 'Ḗ', 'Ƒ', 'Ɠ', 'Ħ', 'Ī', 'Ĵ', 'Ķ', 'Ŀ', 'Ḿ', 'Ƞ', 'Ǿ', 'Ƥ', 'Ɋ', 'Ř', 'Ş',
    'Ŧ', 'Ŭ', 'Ṽ', 'Ẇ', 'Ẋ', 'Ẏ', 'Ẑ',
];

/// The bundle's transform for the pseudo-locale.
pub(super) fn accent(text: &str) -> Cow<'_, str> {
    if !text.bytes().any(|byte| byte.is_ascii_alphabetic()) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .map(|letter| match letter {
                'a'..='z' => LOWER[usize::from(letter as u8 - b'a')],
                'A'..='Z' => UPPER[usize::from(letter as u8 - b'A')],
                other => other,
            })
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn letters_are_accented_and_everything_else_kept() {
        assert_eq!(super::accent("Kill srv_1? 💀"), "Ķīŀŀ şřṽ_1? 💀");
        assert!(
            !super::accent("The quick brown fox jumps over the lazy dog")
                .chars()
                .any(|letter| letter.is_ascii_alphabetic())
        );
    }
}
