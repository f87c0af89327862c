//! Reply builders shared by the commands. Every message the bot sends or edits carries
//! [`no_pings`], so a server ID or name can never ping anyone.

use poise::CreateReply;
use poise::serenity_prelude as serenity;

use crate::i18n::Lang;

/// The allowed mentions of every message the bot sends or edits, ephemeral ones included:
/// none. Set explicitly on each, not left to Discord's default (which pings whoever the text
/// mentions); the test Discord server fails any message without it.
pub fn no_pings() -> serenity::CreateAllowedMentions {
    serenity::CreateAllowedMentions::new()
}

/// A reply everyone in the channel sees.
pub fn public(text: String) -> CreateReply {
    CreateReply::default()
        .content(text)
        .ephemeral(false)
        .allowed_mentions(no_pings())
}

/// A reply only the invoking member sees.
pub fn private(text: String) -> CreateReply {
    CreateReply::default()
        .content(text)
        .ephemeral(true)
        .allowed_mentions(no_pings())
}

/// The guild the command runs in, or a private "guild only" answer. poise's `guild_only`
/// already refuses DMs; this keeps the types honest without an `unwrap`.
pub async fn guild_or_refuse(ctx: super::Context<'_>) -> Result<Option<u64>, super::CommandError> {
    match ctx.guild_id() {
        Some(guild) => Ok(Some(guild.get())),
        None => {
            ctx.send(private(crate::replies::guild_only(private_lang(ctx))))
                .await?;
            Ok(None)
        }
    }
}

/// The language of a private reply: the invoker's own Discord language (`locale`).
pub fn private_lang(ctx: super::Context<'_>) -> Lang {
    Lang::for_discord(ctx.locale())
}

/// The language of a reply to a button click that only the clicker reads.
pub fn click_lang(click: &serenity::ComponentInteraction) -> Lang {
    Lang::for_discord(Some(&click.locale))
}

/// The language of what the guild's channel reads (a public reply, a panel, a countdown):
/// the one chosen with `/language set`, else the server's own Discord language.
pub async fn public_lang(ctx: super::Context<'_>) -> Lang {
    let guild_locale = match ctx {
        poise::Context::Application(app) => app.interaction.guild_locale.as_deref(),
        poise::Context::Prefix(_) => None,
    };
    channel_lang(&ctx.data().power, ctx.guild_id(), guild_locale).await
}

/// [`public_lang`] for a button click.
pub async fn click_public_lang(
    click: &serenity::ComponentInteraction,
    power: &crate::power::Power,
) -> Lang {
    channel_lang(power, click.guild_id, click.guild_locale.as_deref()).await
}

/// The guild's language, once its Discord language as this interaction tells it
/// (`guild_locale`) is remembered for the work that runs without an interaction.
async fn channel_lang(
    power: &crate::power::Power,
    guild: Option<serenity::GuildId>,
    guild_locale: Option<&str>,
) -> Lang {
    let Some(guild) = guild else {
        return Lang::for_discord(guild_locale);
    };
    power.note_guild_locale(guild.get(), guild_locale);
    power.guild_language(guild.get()).await
}
