//! The commands' descriptions, options and choices in every language, from the catalogues:
//! `command-<command>[-<subcommand>]` holds a command's description and, as attributes, its
//! options' (`.server`); `choice-<name>` a choice's label. The English from the catalogue
//! replaces the doc comments poise read, so the catalogue is the one place for these words;
//! names stay English, so the README and members' habits stay valid.

use std::borrow::Cow;

use crate::i18n::{self, Lang};

use super::{CommandError, Data};

type Command = poise::Command<Data, CommandError>;
type Localizations = Cow<'static, [(Cow<'static, str>, Cow<'static, str>)]>;

/// Fills in every description and choice label of `commands`, in English and as
/// `description_localizations` / `name_localizations` for every other catalogue.
pub fn localize(commands: &mut [Command]) {
    for command in commands {
        localize_command(command, "command");
    }
}

/// The message ID of `command` under `parent`: `command-server-start`.
pub fn message_id(parent: &str, command: &Command) -> String {
    format!("{parent}-{}", command.name)
}

/// The message ID of a choice's label: `choice-monday`.
pub fn choice_id(choice: &str) -> String {
    format!("choice-{}", choice.to_lowercase())
}

fn localize_command(command: &mut Command, parent: &str) {
    let id = message_id(parent, command);
    command.description = Some(english(&id));
    command.description_localizations = translations(&id);
    for parameter in &mut command.parameters {
        let option = format!("{id}.{}", parameter.name);
        parameter.description = Some(english(&option));
        parameter.description_localizations = translations(&option);
        let mut choices = parameter.choices.to_vec();
        for choice in &mut choices {
            let label = choice_id(&choice.name);
            // The English label stays the choice's name: poise answers with the choice's
            // index, so a label can change without changing what the bot receives.
            choice.name = english(&label);
            choice.localizations = translations(&label);
        }
        parameter.choices = choices.into();
    }
    for subcommand in &mut command.subcommands {
        localize_command(subcommand, &id);
    }
}

fn english(id: &str) -> Cow<'static, str> {
    i18n::text(Lang::ENGLISH, id, &[]).into()
}

/// `id` for every Discord locale that reads a catalogue other than English.
fn translations(id: &str) -> Localizations {
    let mut localized = Vec::new();
    for lang in Lang::all().filter(|lang| !lang.is_source()) {
        let text = i18n::text(lang, id, &[]);
        for locale in lang.discord_locales() {
            localized.push((Cow::Borrowed(locale), Cow::Owned(text.clone())));
        }
    }
    localized.into()
}
