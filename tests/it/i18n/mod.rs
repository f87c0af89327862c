//! The catalogues (`locales/*.ftl`) against each other and against the code: every message
//! in every language with the same variables, none unused, none repeated, none missing;
//! every length Discord limits kept in every language.

mod ast;
mod commands;
mod source;

use std::collections::{BTreeMap, BTreeSet};

use heo_bot::i18n::{self, SOURCE_LANGUAGE};

use ast::Catalogue;

/// Every catalogue, parsed; en-US first.
fn catalogues() -> Vec<Catalogue> {
    let mut all: Vec<Catalogue> = i18n::sources()
        .iter()
        .map(|(code, text)| Catalogue::parse(code, text))
        .collect();
    all.sort_by_key(|catalogue| catalogue.code != SOURCE_LANGUAGE);
    assert_eq!(all[0].code, SOURCE_LANGUAGE, "locales/en-US.ftl exists");
    all
}

#[test]
fn the_bot_has_english_and_the_four_translations_the_issue_asks_for() {
    let codes: BTreeSet<&str> = i18n::sources().iter().map(|(code, _)| *code).collect();
    for code in ["en-US", "de", "fr", "es-ES", "pt-BR"] {
        assert!(codes.contains(code), "locales/{code}.ftl is missing");
    }
}

#[test]
fn every_catalogue_parses_and_repeats_no_message() {
    for catalogue in catalogues() {
        assert_eq!(catalogue.errors, Vec::<String>::new(), "{}", catalogue.code);
        assert_eq!(
            catalogue.repeated,
            Vec::<String>::new(),
            "{} repeats",
            catalogue.code
        );
    }
}

#[test]
fn every_message_is_in_every_catalogue_with_the_same_variables_and_attributes() {
    let all = catalogues();
    let english = &all[0];
    for other in &all[1..] {
        let missing: Vec<&String> = english
            .messages
            .keys()
            .filter(|id| !other.messages.contains_key(*id))
            .collect();
        assert!(
            missing.is_empty(),
            "{} lacks (untranslated): {missing:?}",
            other.code
        );
        let extra: Vec<&String> = other
            .messages
            .keys()
            .filter(|id| !english.messages.contains_key(*id))
            .collect();
        assert!(
            extra.is_empty(),
            "{} has messages en-US does not: {extra:?}",
            other.code
        );
        for (id, source) in &english.messages {
            let translated = &other.messages[id];
            assert_eq!(
                translated.variables, source.variables,
                "{id} in {}: the variables differ from en-US",
                other.code
            );
            assert_eq!(
                translated.attributes.keys().collect::<Vec<_>>(),
                source.attributes.keys().collect::<Vec<_>>(),
                "{id} in {}: the attributes differ from en-US",
                other.code
            );
            for (name, variables) in &source.attributes {
                assert_eq!(
                    &translated.attributes[name], variables,
                    "{id}.{name} in {}: the variables differ from en-US",
                    other.code
                );
            }
        }
    }
}

/// A translation that is the English text word for word, over a few words, was copied
/// rather than translated.
#[test]
fn no_translation_is_a_copy_of_a_whole_english_sentence() {
    let all = catalogues();
    let english = &all[0];
    for other in &all[1..] {
        let copied: Vec<&String> = english
            .messages
            .iter()
            .filter(|(id, source)| {
                let translated = other.messages.get(*id);
                source.words() >= 4 && translated.is_some_and(|t| t.text == source.text)
            })
            .map(|(id, _)| id)
            .collect();
        assert!(
            copied.is_empty(),
            "{} copies English: {copied:?}",
            other.code
        );
    }
}

#[test]
fn every_message_is_used_by_the_code_and_every_message_the_code_uses_exists() {
    let english = &catalogues()[0];
    let code = source::scan();
    let mut unused = Vec::new();
    for id in english.messages.keys() {
        let computed = id.starts_with("command-") || id.starts_with("choice-");
        let referenced = english.referenced.contains(id);
        if !computed && !referenced && !code.literals.contains(id) {
            unused.push(id);
        }
    }
    assert!(unused.is_empty(), "messages no code uses: {unused:?}");
    assert!(!code.calls.is_empty(), "the scan found no t! call");
    for call in &code.calls {
        let (message, attribute) = match call.id.split_once('.') {
            Some((message, attribute)) => (message, Some(attribute)),
            None => (call.id.as_str(), None),
        };
        let Some(found) = english.messages.get(message) else {
            panic!("{}: t! names {:?}, which en-US lacks", call.place, call.id);
        };
        let variables = match attribute {
            Some(attribute) => found.attributes.get(attribute).unwrap_or_else(|| {
                panic!(
                    "{}: en-US {message} has no attribute {attribute}",
                    call.place
                )
            }),
            None => &found.variables,
        };
        assert_eq!(
            &call.variables, variables,
            "{}: t!(…, {:?}) gives other variables than en-US uses",
            call.place, call.id
        );
    }
}

/// What the pseudo-locale test relies on: no catalogue text puts Discord markup (which the
/// pseudo-locale would accent and break) anywhere but in variables.
#[test]
fn no_catalogue_writes_a_mention_or_a_timestamp_itself() {
    for catalogue in catalogues() {
        for (id, message) in &catalogue.messages {
            for markup in ["<@", "<#", "<t:", "https://"] {
                assert!(
                    !message.text.contains(markup),
                    "{id} in {} writes {markup} itself; pass it as a variable",
                    catalogue.code
                );
            }
        }
    }
}

/// Discord refuses a button label over 80 characters. A label message ends in `-label`; the
/// panels' buttons are the actions' titles.
#[test]
fn every_button_label_fits_discord_in_every_language() {
    for catalogue in catalogues() {
        let long: BTreeMap<&String, usize> = catalogue
            .messages
            .iter()
            .filter(|(id, _)| id.ends_with("-label") || id.starts_with("action-title-"))
            .map(|(id, message)| (id, message.text.chars().count()))
            .filter(|(_, length)| *length > 80)
            .collect();
        assert!(long.is_empty(), "{}: {long:?}", catalogue.code);
    }
}
