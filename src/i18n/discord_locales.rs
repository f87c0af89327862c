//! The locales Discord sends and accepts in `*_localizations` (its documented list).

use super::Lang;

/// Every locale Discord has (https://discord.com/developers/docs/reference#locales).
pub const DISCORD_LOCALES: [&str; 32] = [
    "id", "da", "de", "en-GB", "en-US", "es-ES", "es-419", "fr", "hr", "it", "lt", "hu", "nl",
    "no", "pl", "pt-BR", "ro", "fi", "sv-SE", "vi", "tr", "cs", "el", "bg", "ru", "uk", "hi", "th",
    "zh-CN", "ja", "zh-TW", "ko",
];

impl Lang {
    /// The Discord locales that read this language (`de` for de, `es-ES` and `es-419` for
    /// es-ES): where a command's localized descriptions are registered.
    pub fn discord_locales(self) -> impl Iterator<Item = &'static str> {
        DISCORD_LOCALES
            .into_iter()
            .filter(move |locale| Lang::for_discord(Some(locale)) == self)
    }
}
