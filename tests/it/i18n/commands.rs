//! The commands as registered: a description for every command, option and choice in
//! every language, within Discord's limits, and no catalogue entry for a command that is
//! gone.

use std::collections::BTreeSet;

use heo_bot::commands::{self, CommandError, Data, choice_id, message_id};
use heo_bot::i18n::{self, Lang};

type Command = poise::Command<Data, CommandError>;

/// Discord's limit for a command's, an option's and a choice's description or label.
const DISCORD_DESCRIPTION_LIMIT: usize = 100;

/// The message ID behind every description and label: `command-server-start`,
/// `command-server-start.server`, `choice-monday`.
fn ids() -> BTreeSet<String> {
    fn walk(command: &Command, parent: &str, ids: &mut BTreeSet<String>) {
        let id = message_id(parent, command);
        for parameter in &command.parameters {
            ids.insert(format!("{id}.{}", parameter.name));
            for choice in parameter.choices.iter() {
                // Registered with the English label as its name.
                let english = english_choice(&choice.name);
                ids.insert(choice_id(&english));
            }
        }
        for subcommand in &command.subcommands {
            walk(subcommand, &id, ids);
        }
        ids.insert(id);
    }
    let mut ids = BTreeSet::new();
    for command in commands::all() {
        walk(&command, "command", &mut ids);
    }
    ids
}

/// The choice whose English label is `label` (labels are lower-cased IDs for most).
fn english_choice(label: &str) -> String {
    label.to_lowercase()
}

#[test]
fn every_command_option_and_choice_is_described_in_every_language_within_discords_limit() {
    for id in ids() {
        for lang in Lang::all() {
            let text = i18n::text(lang, &id, &[]);
            let length = text.chars().count();
            assert!(
                (1..=DISCORD_DESCRIPTION_LIMIT).contains(&length),
                "{id} in {lang} has {length} characters: {text}"
            );
            assert_ne!(text, id, "{id} is missing from {lang}");
        }
    }
}

#[test]
fn every_command_message_in_the_catalogue_belongs_to_a_command_the_bot_has() {
    let ids = ids();
    let english = i18n::sources()
        .iter()
        .find(|(code, _)| *code == i18n::SOURCE_LANGUAGE)
        .unwrap()
        .1;
    let catalogue = super::ast::Catalogue::parse("en-US", english);
    for (id, message) in &catalogue.messages {
        if id.starts_with("command-") {
            assert!(ids.contains(id), "{id} describes no command");
            for attribute in message.attributes.keys() {
                let option = format!("{id}.{attribute}");
                assert!(ids.contains(&option), "{option} describes no option");
            }
        }
        if id.starts_with("choice-") {
            assert!(ids.contains(id), "{id} labels no choice");
        }
    }
}

#[test]
fn the_registered_commands_carry_each_languages_descriptions_for_its_discord_locales() {
    let server = commands::all()
        .into_iter()
        .find(|command| command.name == "server")
        .unwrap();
    let start = &server.subcommands[0];
    assert_eq!(start.name, "start");
    let localized: Vec<(&str, &str)> = start
        .description_localizations
        .iter()
        .map(|(locale, text)| (locale.as_ref(), text.as_ref()))
        .collect();
    for lang in Lang::all().filter(|lang| !lang.is_source()) {
        let expected = i18n::text(lang, "command-server-start", &[]);
        for locale in lang.discord_locales() {
            assert!(
                localized.contains(&(locale, expected.as_str())),
                "{locale}: {localized:?}"
            );
        }
    }
    assert!(
        localized.iter().any(|(locale, _)| *locale == "es-419"),
        "Latin American Spanish reads the es-ES descriptions"
    );
}
