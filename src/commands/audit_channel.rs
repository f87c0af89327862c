//! `/audit-channel [channel]`: where each power action is also posted, one line each.

use poise::serenity_prelude as serenity;

use crate::replies;

use super::audit_feed::{cannot_post, post_line};
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
    channel: Option<serenity::ChannelId>,
) -> Result<(), CommandError> {
    let Some(guild) = respond::guild_or_refuse(ctx).await? else {
        return Ok(());
    };
    // Posting the greeting and the write may each take a while.
    ctx.defer_ephemeral().await?;
    let (power, member) = (&ctx.data().power, ctx.author().id.get());
    let text = match channel {
        None => replies::audit_channel_off(power.clear_audit_channel(guild, member).await?),
        Some(channel) => {
            let channel = channel.get();
            // Posting is the one check that covers every way a channel can shut the bot out:
            // role overrides, a channel the bot cannot see, a deleted one.
            let greeting = replies::audit_channel_greeting(member);
            match post_line(ctx.http(), channel, greeting).await {
                Ok(()) => {
                    power.set_audit_channel(guild, channel, member).await?;
                    replies::audit_channel_set(channel)
                }
                Err(error) => {
                    tracing::info!(
                        guild,
                        channel,
                        error = &error as &dyn std::error::Error,
                        "the bot cannot post in the chosen audit channel; nothing changed"
                    );
                    replies::audit_channel_unpostable(channel, cannot_post(&error))
                }
            }
        }
    };
    ctx.send(respond::private(text)).await?;
    Ok(())
}
