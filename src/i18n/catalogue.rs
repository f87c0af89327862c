//! The embedded catalogues, parsed once, and the formatting of one message.

use std::borrow::Cow;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use super::{Lang, PSEUDO_LOCALE, SOURCE_LANGUAGE, numbers, pseudo};

/// `(code, text)` of every `locales/*.ftl`, in file-name order (written by `build.rs`).
const SOURCES: &[(&str, &str)] = include!(concat!(env!("OUT_DIR"), "/catalogues.rs"));

/// The source of every embedded catalogue, as `(code, text)`: for the tests that compare
/// them, and for tools.
pub fn sources() -> &'static [(&'static str, &'static str)] {
    SOURCES
}

pub struct Catalogue {
    code: &'static str,
    bundle: FluentBundle<FluentResource>,
    pseudo: bool,
}

impl Catalogue {
    pub fn code(&self) -> &'static str {
        self.code
    }

    pub fn is_pseudo(&self) -> bool {
        self.pseudo
    }

    fn load(code: &'static str, source: &str, pseudo: bool) -> Catalogue {
        let language: LanguageIdentifier = code.parse().unwrap_or_else(|_| {
            tracing::error!(code, "a catalogue's file name is not a language tag");
            LanguageIdentifier::default()
        });
        let resource =
            FluentResource::try_new(source.to_owned()).unwrap_or_else(|(partial, errors)| {
                // The tests parse every catalogue, so this is a catalogue edited after them.
                tracing::error!(
                    code,
                    ?errors,
                    "a catalogue has syntax errors; their messages are left out"
                );
                partial
            });
        let mut bundle = FluentBundle::new_concurrent(vec![language]);
        // Discord shows the isolation marks Fluent puts around variables as stray characters.
        bundle.set_use_isolating(false);
        bundle.set_formatter(Some(numbers::format));
        if pseudo {
            bundle.set_transform(Some(pseudo::accent));
        }
        if let Err(errors) = bundle.add_resource(resource) {
            tracing::error!(code, ?errors, "a catalogue repeats a message");
        }
        let catalogue = Catalogue {
            code,
            bundle,
            pseudo,
        };
        numbers::register(code, catalogue.separators());
        catalogue
    }

    fn separators(&self) -> numbers::Separators {
        let read = |id| self.format_plain(id, None).unwrap_or_default();
        numbers::Separators::new(
            &read("number-group-separator"),
            &read("number-decimal-separator"),
            &read("number-group-min-digits"),
        )
    }

    /// The message or attribute `id` (`message.attribute`) with `args`, in ⟦ ⟧ in the
    /// pseudo-locale; `None` if the catalogue lacks it.
    fn format(&self, id: &str, args: Option<&FluentArgs>) -> Option<String> {
        let text = self.format_plain(id, args)?;
        Some(match self.pseudo {
            true => format!("⟦{text}⟧"),
            false => text,
        })
    }

    /// [`Catalogue::format`] without the pseudo-locale's brackets. A variable the message
    /// needs and was not given is written as its name, and logged.
    fn format_plain(&self, id: &str, args: Option<&FluentArgs>) -> Option<String> {
        let (message, attribute) = match id.split_once('.') {
            Some((message, attribute)) => (message, Some(attribute)),
            None => (id, None),
        };
        let message = self.bundle.get_message(message)?;
        let pattern = match attribute {
            Some(attribute) => message.get_attribute(attribute)?.value(),
            None => message.value()?,
        };
        let mut errors = Vec::new();
        let text = self.bundle.format_pattern(pattern, args, &mut errors);
        if !errors.is_empty() {
            tracing::error!(
                code = self.code,
                id,
                ?errors,
                "a message could not be formatted whole"
            );
            debug_assert!(false, "{id} in {}: {errors:?}", self.code);
        }
        Some(Cow::into_owned(text))
    }
}

/// Every catalogue: en-US first (so `Lang::ENGLISH` is index 0), the others in file-name
/// order, then the pseudo-locale made from en-US.
pub(super) fn catalogues() -> &'static [Catalogue] {
    static CATALOGUES: OnceLock<Vec<Catalogue>> = OnceLock::new();
    CATALOGUES.get_or_init(|| {
        let source = |code: &str| SOURCES.iter().find(|(each, _)| *each == code);
        let (english, english_text) = *source(SOURCE_LANGUAGE).expect("locales/en-US.ftl exists");
        let mut all = vec![Catalogue::load(english, english_text, false)];
        for (code, text) in SOURCES.iter().filter(|(code, _)| *code != SOURCE_LANGUAGE) {
            all.push(Catalogue::load(code, text, false));
        }
        all.push(Catalogue::load(PSEUDO_LOCALE, english_text, true));
        all
    })
}

/// The message `id` of `lang` with `args` (see [`crate::t!`]). A message the catalogue lacks
/// reads as in English (the tests keep that from happening); one English lacks too reads as
/// its ID.
pub fn text(lang: Lang, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    let args = (!args.is_empty()).then(|| {
        let mut fluent = FluentArgs::with_capacity(args.len());
        for (name, value) in args {
            fluent.set(*name, value.clone());
        }
        fluent
    });
    if let Some(text) = lang.catalogue().format(id, args.as_ref()) {
        return text;
    }
    tracing::error!(language = %lang, id, "a catalogue lacks a message; it is shown in English");
    debug_assert!(false, "{id} is missing from {lang}");
    Lang::ENGLISH
        .catalogue()
        .format(id, args.as_ref())
        .unwrap_or_else(|| id.to_owned())
}
