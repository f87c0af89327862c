//! Which catalogue a Discord locale reads.

use std::fmt;

use super::catalogue::{Catalogue, catalogues};
use super::{PSEUDO_LOCALE, SOURCE_LANGUAGE};

/// One of the embedded catalogues. `Lang::default()` is the source language, en-US.
#[derive(Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct Lang(u8);

impl Lang {
    /// en-US, the source language and the fallback for every locale without a catalogue.
    pub const ENGLISH: Lang = Lang(0);

    pub(super) fn from_index(index: usize) -> Lang {
        Lang(u8::try_from(index).expect("fewer than 256 catalogues"))
    }

    pub(super) fn catalogue(self) -> &'static Catalogue {
        &catalogues()[usize::from(self.0)]
    }

    /// The language a Discord locale (`locale`, `guild_locale`) reads: its own catalogue,
    /// else the catalogue of the same base language (`de-AT` → `de`, `es-419` → `es-ES`,
    /// `en-GB` → `en-US`), else English. The pseudo-locale only by its exact code.
    pub fn for_discord(locale: Option<&str>) -> Lang {
        locale.and_then(Lang::negotiate).unwrap_or(Lang::ENGLISH)
    }

    fn negotiate(locale: &str) -> Option<Lang> {
        if let Some(exact) = Lang::by_code(locale) {
            return Some(exact);
        }
        if locale.eq_ignore_ascii_case(PSEUDO_LOCALE) {
            return Some(Lang::pseudo());
        }
        let base = base_language(locale);
        Lang::all().find(|lang| base_language(lang.code()).eq_ignore_ascii_case(base))
    }

    /// The catalogue whose code is `code` (case-insensitive), as stored by `/language set`.
    pub fn by_code(code: &str) -> Option<Lang> {
        Lang::all().find(|lang| lang.code().eq_ignore_ascii_case(code))
    }

    /// Every catalogue, English first; not the pseudo-locale.
    pub fn all() -> impl Iterator<Item = Lang> {
        let catalogues = catalogues();
        (0..catalogues.len())
            .map(Lang::from_index)
            .filter(|lang| !lang.is_pseudo())
    }

    /// The pseudo-locale ([`PSEUDO_LOCALE`]).
    pub fn pseudo() -> Lang {
        Lang::from_index(catalogues().len() - 1)
    }

    pub fn is_pseudo(self) -> bool {
        self.catalogue().is_pseudo()
    }

    /// The catalogue's code: its file name, such as `de` or `pt-BR`.
    pub fn code(self) -> &'static str {
        self.catalogue().code()
    }

    /// Whether this is the source language, en-US.
    pub fn is_source(self) -> bool {
        self.code() == SOURCE_LANGUAGE
    }
}

/// `de` of `de-AT`.
fn base_language(locale: &str) -> &str {
    locale.split(['-', '_']).next().unwrap_or(locale)
}

impl fmt::Debug for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(locale: &str) -> &'static str {
        Lang::for_discord(Some(locale)).code()
    }

    #[test]
    fn a_locale_with_a_catalogue_reads_it() {
        for lang in Lang::all() {
            assert_eq!(code(lang.code()), lang.code());
        }
        assert_eq!(code("DE"), "de");
    }

    #[test]
    fn a_regional_variant_reads_its_base_language() {
        assert_eq!(code("de-AT"), "de");
        assert_eq!(code("es-419"), "es-ES");
        assert_eq!(code("en-GB"), "en-US");
        assert_eq!(code("fr-CA"), "fr");
    }

    #[test]
    fn an_unknown_or_missing_locale_reads_english() {
        assert_eq!(code("ja"), "en-US");
        assert_eq!(code(""), "en-US");
        assert_eq!(code("-"), "en-US");
        assert_eq!(Lang::for_discord(None), Lang::ENGLISH);
        assert!(Lang::ENGLISH.is_source());
    }

    #[test]
    fn the_pseudo_locale_is_chosen_only_by_its_exact_code() {
        assert!(Lang::for_discord(Some(PSEUDO_LOCALE)).is_pseudo());
        assert!(!Lang::for_discord(Some("en")).is_pseudo());
        assert!(Lang::all().all(|lang| !lang.is_pseudo()));
    }
}
