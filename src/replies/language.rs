//! The sentences of `/language`.

use crate::i18n::Lang;
use crate::t;

use super::code;

/// How the guild's language came about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LanguageChoice {
    /// An admin chose it with `/language set`.
    Chosen,
    /// It is the server's own Discord language.
    Discord,
}

/// A language as lists show it: its own name and its code, "Deutsch (de)".
pub fn language_label(language: Lang) -> String {
    format!("{} ({})", t!(language, "language-name"), language.code())
}

/// The autocomplete entry that follows Discord's server language.
pub fn language_follow_discord_label(lang: Lang) -> String {
    t!(lang, "language-follow-discord")
}

/// After `/language set`: the guild's channels now read `now`.
pub fn language_set(lang: Lang, now: Lang, how: LanguageChoice) -> String {
    let language = language_label(now);
    match how {
        LanguageChoice::Chosen => t!(lang, "language-set-chosen", language = language),
        LanguageChoice::Discord => t!(lang, "language-set-discord", language = language),
    }
}

/// `/language show`.
pub fn language_shown(lang: Lang, now: Lang, how: LanguageChoice) -> String {
    let language = language_label(now);
    match how {
        LanguageChoice::Chosen => t!(lang, "language-shown-chosen", language = language),
        LanguageChoice::Discord => t!(lang, "language-shown-discord", language = language),
    }
}

/// `/language set` with something that is no language the bot has.
pub fn language_unknown(lang: Lang, typed: &str, follow_discord: &str) -> String {
    let languages: Vec<String> = Lang::all().map(|each| code(each.code())).collect();
    t!(
        lang,
        "language-unknown",
        typed = code(typed),
        languages = languages.join(", "),
        auto = code(follow_discord),
    )
}
