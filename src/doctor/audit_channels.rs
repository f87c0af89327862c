//! Whether the bot can view and post in each guild's audit channel, computed from what
//! Discord says of the channel (its overwrites), the guild (its roles and owner) and the bot's
//! membership (its roles), the way Discord computes permissions; nothing is posted. These
//! `GET`s need no privileged intent. A channel Discord will not show the bot (Missing Access)
//! or no longer has (Unknown Channel) is a failure too.

use poise::serenity_prelude as serenity;
use serenity::{Channel, ChannelId, ChannelType, Permissions};

use super::check::{Check, Report};
use super::discord::{AUDIT_PERMISSIONS, Bot, Failure, ask};
use super::sentences;
use crate::commands::DiscordError;
use crate::store::AuditChannel;

/// What the bot may do in a channel, or why that could not be told.
enum Access {
    Granted(Permissions),
    /// Not a channel messages can be posted in (a category, a voice channel, a DM, ...).
    NotText,
}

/// One line per audit channel. `channels` is `None` when the database could not be read.
pub async fn check<W: std::io::Write>(
    bot: Option<&Bot>,
    channels: Option<Vec<AuditChannel>>,
    report: &mut Report<W>,
) {
    let Some(channels) = channels else {
        report.add(sentences::needs_the_database("audit channels"));
        return;
    };
    if channels.is_empty() {
        report.add(sentences::no_audit_channels());
        return;
    }
    let Some(bot) = bot else {
        report.add(sentences::needs_the_token("audit channels"));
        return;
    };
    // One after the other: three calls each, and Discord rate-limits a burst anyway.
    for channel in channels {
        report.add(one(bot, channel).await);
    }
}

async fn one(bot: &Bot, stored: AuditChannel) -> Check {
    let AuditChannel { guild, channel } = stored;
    match access(bot, ChannelId::new(channel)).await {
        Ok(Access::Granted(permissions)) => {
            let missing = missing(permissions);
            if missing.is_empty() {
                sentences::audit_channel_postable(channel, guild)
            } else {
                sentences::audit_channel_lacks(channel, guild, &missing)
            }
        }
        Ok(Access::NotText) => sentences::audit_channel_gone(channel, guild),
        Err(Failure::Refused {
            kind: DiscordError::NotAllowed,
            ..
        }) => sentences::audit_channel_hidden(channel, guild),
        Err(Failure::Refused {
            kind: DiscordError::UnknownChannel | DiscordError::NotATextChannel,
            ..
        }) => sentences::audit_channel_gone(channel, guild),
        Err(failure) => sentences::audit_channel_failed(channel, guild, &failure),
    }
}

/// The bot's permissions in `channel`: the channel, its guild, and the bot as a member there.
async fn access(bot: &Bot, channel: ChannelId) -> Result<Access, Failure> {
    let Channel::Guild(channel) = ask(bot.http.get_channel(channel)).await? else {
        return Ok(Access::NotText);
    };
    if !matches!(channel.kind, ChannelType::Text | ChannelType::News) {
        return Ok(Access::NotText);
    }
    let guild = ask(bot.http.get_guild(channel.guild_id)).await?;
    let member = ask(bot.http.get_member(channel.guild_id, bot.user)).await?;
    // serenity's port of Discord's algorithm: owner, @everyone, roles, Administrator, then
    // the channel's overwrites for @everyone, the roles and the member.
    Ok(Access::Granted(
        guild.user_permissions_in(&channel, &member),
    ))
}

/// The audit channel's permissions `permissions` lacks, by their names in Discord's menus.
fn missing(permissions: Permissions) -> Vec<&'static str> {
    [
        (Permissions::VIEW_CHANNEL, "View Channel"),
        (Permissions::SEND_MESSAGES, "Send Messages"),
    ]
    .into_iter()
    .filter(|(needed, _)| AUDIT_PERMISSIONS.contains(*needed) && !permissions.contains(*needed))
    .map(|(_, name)| name)
    .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_missing_permissions_are_named_as_in_discords_menus() {
        assert!(missing(Permissions::all()).is_empty());
        assert_eq!(
            missing(Permissions::VIEW_CHANNEL),
            ["Send Messages"],
            "seen but mute"
        );
        assert_eq!(
            missing(Permissions::empty()),
            ["View Channel", "Send Messages"]
        );
    }
}
