//! `/audit-channel [channel]`: where each power action is also posted, one line each.

use poise::serenity_prelude as serenity;
use serenity::Permissions;

use crate::i18n::Lang;
use crate::replies;

use super::audit_poster::{cannot_post, post_line};
use super::discord_error::DiscordError;
use super::{CommandError, Context, respond};

/// Post every power action in a channel; leave the channel empty to stop.
#[poise::command(
    slash_command,
    rename = "audit-channel",
    guild_only,
    default_member_permissions = "MANAGE_GUILD",
    required_permissions = "MANAGE_GUILD"
)]
pub async fn audit_channel(
    ctx: Context<'_>,
    #[description = "The channel to post in; leave empty to stop posting"]
    #[channel_types("Text", "News")]
    channel: Option<serenity::PartialChannel>,
) -> Result<(), CommandError> {
    let Some(guild) = respond::guild_or_refuse(ctx).await? else {
        return Ok(());
    };
    let member = ctx.author().id.get();
    // The answers are private: the invoker's language. The greeting is the channel's.
    let lang = respond::private_lang(ctx);
    let text = match channel {
        // The bot posts with its own permissions: without this, Manage Server alone would let
        // a member post through the bot where they may not, such as an announcements channel.
        Some(channel) if !member_may_post(channel.permissions) => {
            replies::audit_channel_member_cannot_post(lang, channel.id.get())
        }
        Some(channel) => {
            // Posting the greeting and the write may each take a while.
            ctx.defer_ephemeral().await?;
            pick(ctx, lang, guild, channel.id.get(), member).await?
        }
        None => {
            ctx.defer_ephemeral().await?;
            let previous = ctx
                .data()
                .power
                .audit()
                .clear_channel(guild, member)
                .await?;
            replies::audit_channel_off(lang, previous)
        }
    };
    ctx.send(respond::private(text)).await?;
    Ok(())
}

/// Whether the invoking member may see and post in the channel, from the permissions Discord
/// computed for them there. Discord always sends them; if it did not, the answer is no.
fn member_may_post(permissions: Option<Permissions>) -> bool {
    permissions.is_some_and(|p| p.contains(Permissions::VIEW_CHANNEL | Permissions::SEND_MESSAGES))
}

/// Posts the greeting in `channel` and, if that worked, makes it the audit channel; answers
/// in `lang`.
async fn pick(
    ctx: Context<'_>,
    lang: Lang,
    guild: u64,
    channel: u64,
    member: u64,
) -> Result<String, CommandError> {
    // Posting is the one check that covers every way a channel can shut the bot out:
    // role overrides, a channel the bot cannot see, a deleted one.
    let greeting = replies::audit_channel_greeting(respond::public_lang(ctx).await, member);
    if let Err(error) = post_line(ctx.http(), channel, greeting).await {
        tracing::info!(
            guild,
            channel,
            error = &error as &dyn std::error::Error,
            "the bot cannot post in the chosen audit channel; nothing changed"
        );
        return Ok(replies::audit_channel_unpostable(
            lang,
            channel,
            cannot_post(DiscordError::of(&error)),
        ));
    }
    ctx.data()
        .power
        .audit()
        .set_channel(guild, channel, member)
        .await?;
    Ok(replies::audit_channel_set(lang, channel))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_member_may_pick_only_a_channel_they_can_see_and_post_in() {
        let both = Permissions::VIEW_CHANNEL | Permissions::SEND_MESSAGES;
        assert!(member_may_post(Some(both | Permissions::MANAGE_GUILD)));
        assert!(!member_may_post(Some(Permissions::VIEW_CHANNEL)));
        assert!(!member_may_post(Some(Permissions::SEND_MESSAGES)));
        assert!(!member_may_post(None));
    }
}
