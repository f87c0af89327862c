//! Sentences for `/link-key` and `/unlink-key`. A key is never shown, only its last four
//! characters when it is long enough for that to give nothing away.

use secrecy::{ExposeSecret, SecretString};

use crate::i18n::Lang;
use crate::power::LinkOutcome;
use crate::t;

use super::code;

/// Keys shorter than this get no hint at all: four characters of a short key is too much.
const MIN_KEY_LEN_FOR_HINT: usize = 12;

/// After `/link-key`: which key is now in use, shown by its last characters at most.
pub fn key_linked(lang: Lang, outcome: LinkOutcome, hint: Option<&str>) -> String {
    let replaced = match outcome {
        LinkOutcome::Linked => String::new(),
        LinkOutcome::Replaced => t!(lang, "key-replaced"),
    };
    match hint {
        Some(hint) => t!(lang, "key-linked", hint = code(hint), replaced = replaced,),
        None => t!(lang, "key-linked-no-hint", replaced = replaced),
    }
}

/// The last four characters of a long enough key, for telling keys apart.
pub fn key_hint(key: &SecretString) -> Option<String> {
    let chars: Vec<char> = key.expose_secret().chars().collect();
    if chars.len() < MIN_KEY_LEN_FOR_HINT {
        return None;
    }
    Some(chars[chars.len() - 4..].iter().collect())
}

/// The form was submitted by a member who no longer has Manage Server (it can stay open for
/// 15 minutes, time enough for a role to be taken away).
pub fn key_form_needs_manage_server(lang: Lang) -> String {
    t!(lang, "key-form-needs-manage-server")
}

/// The modal was submitted with something that cannot be an API key.
pub fn key_malformed(lang: Lang) -> String {
    t!(lang, "key-malformed")
}

/// After `/unlink-key`.
pub fn key_unlinked(lang: Lang, removed: bool) -> String {
    match removed {
        true => t!(lang, "key-unlinked"),
        false => t!(lang, "key-not-linked"),
    }
}

/// The `/link-key` form: its title, and its key input's label and placeholder, each cut to
/// what Discord accepts (a longer translation would make Discord refuse the whole form).
pub fn key_form(lang: Lang) -> KeyForm {
    KeyForm {
        title: cut(t!(lang, "key-form"), MAX_FORM_TITLE),
        label: cut(t!(lang, "key-form.label"), MAX_FORM_LABEL),
        placeholder: cut(t!(lang, "key-form.placeholder"), MAX_FORM_PLACEHOLDER),
    }
}

/// Discord's limits, in characters, on a modal's title, an input's label and placeholder.
const MAX_FORM_TITLE: usize = 45;
const MAX_FORM_LABEL: usize = 45;
const MAX_FORM_PLACEHOLDER: usize = 100;

/// `text` cut with "…" to at most `max` characters.
fn cut(text: String, max: usize) -> String {
    if text.chars().count() <= max {
        return text;
    }
    let mut cut: String = text.chars().take(max - 1).collect();
    cut.push('…');
    cut
}

/// The words of the `/link-key` form ([`key_form`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyForm {
    pub title: String,
    pub label: String,
    pub placeholder: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_form_reads_in_english_and_fits_discords_limits_in_every_language() {
        let english = key_form(Lang::ENGLISH);
        assert_eq!(english.title, "Link your HEO API key");
        assert_eq!(english.label, "HEO API key");
        assert_eq!(english.placeholder, "Paste the key from the HEO dashboard");
        for lang in Lang::all().chain([Lang::pseudo()]) {
            let form = key_form(lang);
            assert!(form.title.chars().count() <= MAX_FORM_TITLE, "{form:?}");
            assert!(form.label.chars().count() <= MAX_FORM_LABEL, "{form:?}");
            assert!(
                form.placeholder.chars().count() <= MAX_FORM_PLACEHOLDER,
                "{form:?}"
            );
        }
    }

    #[test]
    fn a_text_too_long_is_cut_with_an_ellipsis_to_the_limit() {
        assert_eq!(cut("abcdef".to_owned(), 4), "abc…");
        assert_eq!(cut("abcd".to_owned(), 4), "abcd");
    }
}
