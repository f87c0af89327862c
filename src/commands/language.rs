//! `/language set|show`: which language the guild's channels read (public replies, panels,
//! countdowns, audit lines). Replies only the invoker sees always follow their own Discord
//! language.

use poise::serenity_prelude as serenity;

use crate::i18n::Lang;
use crate::replies::{self, LanguageChoice};

use super::{CommandError, Context, respond};

/// What `/language set` takes for "follow Discord's server language".
const FOLLOW_DISCORD: &str = "auto";

/// Choose the language of this server's public messages.
#[poise::command(
    slash_command,
    guild_only,
    subcommands("language_set", "language_show"),
    subcommand_required,
    default_member_permissions = "MANAGE_GUILD",
    required_permissions = "MANAGE_GUILD"
)]
pub async fn language(_: Context<'_>) -> Result<(), CommandError> {
    Ok(())
}

/// Set the language of this server's public messages.
#[poise::command(slash_command, guild_only, rename = "set")]
async fn language_set(
    ctx: Context<'_>,
    #[autocomplete = "languages"]
    #[max_length = 20]
    language: String,
) -> Result<(), CommandError> {
    let Some(guild) = respond::guild_or_refuse(ctx).await? else {
        return Ok(());
    };
    let lang = respond::private_lang(ctx);
    let choice = match parse(&language) {
        Some(choice) => choice,
        None => {
            let text = replies::language_unknown(lang, &language, FOLLOW_DISCORD);
            ctx.send(respond::private(text)).await?;
            return Ok(());
        }
    };
    let power = &ctx.data().power;
    power
        .choose_language(guild, choice, ctx.author().id.get())
        .await?;
    let now = respond::public_lang(ctx).await;
    let text = match choice {
        Some(_) => replies::language_set(lang, now, LanguageChoice::Chosen),
        None => replies::language_set(lang, now, LanguageChoice::Discord),
    };
    ctx.send(respond::private(text)).await?;
    Ok(())
}

/// Show which language this server's public messages are in.
#[poise::command(slash_command, guild_only, rename = "show")]
async fn language_show(ctx: Context<'_>) -> Result<(), CommandError> {
    let Some(guild) = respond::guild_or_refuse(ctx).await? else {
        return Ok(());
    };
    let chosen = ctx.data().power.chosen_language(guild).await?;
    let now = respond::public_lang(ctx).await;
    let how = match chosen {
        Some(_) => LanguageChoice::Chosen,
        None => LanguageChoice::Discord,
    };
    let text = replies::language_shown(respond::private_lang(ctx), now, how);
    ctx.send(respond::private(text)).await?;
    Ok(())
}

/// A typed language: `Some(Some(lang))` for a catalogue's code, `Some(None)` for
/// [`FOLLOW_DISCORD`], `None` for anything else.
fn parse(typed: &str) -> Option<Option<Lang>> {
    let typed = typed.trim();
    if typed.eq_ignore_ascii_case(FOLLOW_DISCORD) {
        return Some(None);
    }
    Lang::by_code(typed).map(Some)
}

/// Every language, by its own name, and "Discord's server language"; those matching what
/// the member typed first.
async fn languages(ctx: Context<'_>, typed: &str) -> serenity::CreateAutocompleteResponse {
    let typed = typed.trim().to_lowercase();
    let follow = replies::language_follow_discord_label(respond::private_lang(ctx));
    let mut choices = vec![(follow, FOLLOW_DISCORD)];
    for lang in Lang::all() {
        choices.push((replies::language_label(lang), lang.code()));
    }
    let choices = choices
        .into_iter()
        .filter(|(label, code)| {
            typed.is_empty()
                || label.to_lowercase().contains(&typed)
                || code.eq_ignore_ascii_case(&typed)
        })
        .map(|(label, code)| serenity::AutocompleteChoice::new(label, code))
        .collect();
    serenity::CreateAutocompleteResponse::new().set_choices(choices)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_typed_language_is_a_catalogue_code_or_auto() {
        assert_eq!(parse("en-US"), Some(Some(Lang::ENGLISH)));
        assert_eq!(parse(" AUTO "), Some(None));
        assert_eq!(parse("klingon"), None);
        assert_eq!(
            parse(crate::i18n::PSEUDO_LOCALE),
            None,
            "the pseudo-locale is not offered"
        );
    }
}
