//! The bot's languages: Project Fluent catalogues (`locales/<language>.ftl`, embedded at
//! build time), which of them a Discord locale reads, and [`t!`], through which every
//! sentence a user reads is written.
//!
//! en-US is the source: every other catalogue translates exactly its messages, with the same
//! variables (tests/it/i18n checks both). Adding a language is adding its `.ftl` file.

mod catalogue;
mod discord_locales;
mod lang;
mod numbers;
mod pseudo;

pub use catalogue::{sources, text};
pub use discord_locales::DISCORD_LOCALES;
pub use fluent_bundle::FluentValue;
pub use lang::Lang;

/// The source catalogue's language, which every other translates.
pub const SOURCE_LANGUAGE: &str = "en-US";

/// The pseudo-locale: en-US with every letter accented and every message in ⟦ ⟧, so that a
/// sentence written in code instead of a catalogue stands out (the end-to-end suite runs it).
/// Discord never sends it; it is chosen only by its exact code.
pub const PSEUDO_LOCALE: &str = "en-XA";

/// A message of `lang`'s catalogue with its variables, e.g.
/// `t!(lang, "kill-prompt", server = label, expires = wait)`; `"id.attribute"` reads an
/// attribute. Each variable is anything a [`FluentValue`] is made from: text or a number.
#[macro_export]
macro_rules! t {
    ($lang:expr, $id:literal $(,)?) => {
        $crate::i18n::text($lang, $id, &[])
    };
    ($lang:expr, $id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::text(
            $lang,
            $id,
            &[$((stringify!($name), $crate::i18n::FluentValue::from($value))),+],
        )
    };
}
