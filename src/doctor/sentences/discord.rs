//! The Discord token, the registered commands, the invite URL and the audit channels.

use super::{OPERATIONS, discord_failed, listed, plural, with_causes};
use crate::commands::DiscordError;
use crate::doctor::check::Check;
use crate::doctor::discord::{Failure, Scope};
use crate::store::StoreError;

const TOKEN: &str = "Discord token";
const COMMANDS: &str = "commands";
/// What to do when a channel shuts the bot out, as the README's troubleshooting says it.
const ALLOW_IN_CHANNEL: &str = "In the channel's Edit Channel → Permissions, add the bot (or its \
                                role) and allow View Channel and Send Messages.";

/// Discord took the token: it belongs to bot `name`.
pub fn token_accepted(name: &str, id: u64) -> Check {
    Check::ok(
        TOKEN,
        format!("Discord accepts DISCORD_TOKEN; the bot is {name} (user ID {id})"),
    )
}

/// `GET /users/@me` gave no usable answer.
pub fn token_failed(failure: &Failure) -> Check {
    discord_failed(TOKEN, "the token check (GET /users/@me)", failure)
}

/// A check that needs Discord to take the token, which it did not.
pub fn needs_the_token(subject: &str) -> Check {
    Check::skipped(subject, "not checked: it needs a token Discord accepts")
}

/// The application could not be read (`GET /oauth2/applications/@me`).
pub fn application_failed(failure: &Failure) -> Check {
    discord_failed(COMMANDS, "the application's details", failure)
}

fn scope(scope: Scope) -> String {
    match scope {
        Scope::Global => "globally".to_owned(),
        Scope::Guild(guild) => format!("in the Discord server {guild} (DEV_GUILD_ID)"),
    }
}

/// Every command the bot has is registered where it registers them.
pub fn commands_registered(at: Scope, names: &[String]) -> Check {
    let shown: Vec<String> = names.iter().map(|name| format!("/{name}")).collect();
    let late = match at {
        Scope::Global => " (Discord can take up to an hour to show new ones)",
        Scope::Guild(_) => "",
    };
    Check::ok(
        COMMANDS,
        format!(
            "{} registered {}{late}",
            listed(&shown, shown.len()),
            scope(at)
        ),
    )
}

/// Some of the bot's commands are not registered where it registers them.
pub fn commands_missing(at: Scope, missing: &[String]) -> Check {
    let shown: Vec<String> = missing.iter().map(|name| format!("/{name}")).collect();
    Check::fail(
        COMMANDS,
        format!(
            "{} not registered {}: {}",
            plural(missing.len(), "command is", "commands are"),
            scope(at),
            listed(&shown, shown.len())
        ),
        &format!(
            "Start the bot: it registers its commands at every start and then logs `heo-bot is \
             ready` ({OPERATIONS}#start-up-and-command-registration)."
        ),
    )
}

/// Discord shows commands this heo-bot does not have.
pub fn commands_extra(at: Scope, extra: &[String]) -> Check {
    let shown: Vec<String> = extra.iter().map(|name| format!("/{name}")).collect();
    Check::warn(
        COMMANDS,
        format!(
            "Discord also shows {} {}, which this heo-bot does not have",
            listed(&shown, 5),
            scope(at)
        ),
        "The bot's next start replaces the list with its own.",
    )
}

/// The registered commands could not be read.
pub fn commands_unreadable(at: Scope, failure: &Failure) -> Check {
    if let (Scope::Guild(guild), Failure::Refused { kind, .. }) = (at, failure)
        && matches!(
            kind,
            DiscordError::NotAllowed | DiscordError::Refused { .. }
        )
    {
        return Check::fail(
            COMMANDS,
            format!(
                "Discord does not let the bot read its commands in the Discord server {guild} \
                 (DEV_GUILD_ID): the bot is not in that server, or was invited without the \
                 applications.commands scope"
            ),
            "Invite the bot there with the invite URL below, or correct DEV_GUILD_ID.",
        );
    }
    discord_failed(COMMANDS, "the list of registered commands", failure)
}

/// The URL that invites the bot with what it needs.
pub fn invite_url(url: &str) -> Check {
    Check::ok(
        "invite URL",
        format!(
            "{url} (scopes bot and applications.commands; View Channel and Send Messages, \
             which an audit channel needs)"
        ),
    )
}

/// No Discord server has picked an audit channel.
pub fn no_audit_channels() -> Check {
    Check::ok("audit channels", "none is set (/audit-channel)")
}

/// The audit channels could not be read from the database.
pub fn audit_channels_unreadable(error: &StoreError) -> Check {
    Check::fail(
        "audit channels",
        format!(
            "could not read them from the database ({})",
            with_causes(error)
        ),
        "Check that DATABASE_URL names a heo-bot database.",
    )
}

fn audit_channel(channel: u64, guild: u64) -> String {
    format!("audit channel {channel} (Discord server {guild})")
}

/// The bot may view and post in the channel.
pub fn audit_channel_postable(channel: u64, guild: u64) -> Check {
    Check::ok(
        audit_channel(channel, guild),
        "the bot can view it and post there",
    )
}

/// The bot's permissions in the channel lack `missing` (such as "Send Messages").
pub fn audit_channel_lacks(channel: u64, guild: u64, missing: &[&str]) -> Check {
    let missing: Vec<String> = missing.iter().map(|name| (*name).to_owned()).collect();
    Check::fail(
        audit_channel(channel, guild),
        format!(
            "the bot lacks {} there, so its audit lines are not posted",
            listed(&missing, missing.len())
        ),
        ALLOW_IN_CHANNEL,
    )
}

/// Discord would not show the channel to the bot.
pub fn audit_channel_hidden(channel: u64, guild: u64) -> Check {
    Check::fail(
        audit_channel(channel, guild),
        "the bot cannot see this channel (Discord: Missing Access), so its audit lines are not \
         posted",
        ALLOW_IN_CHANNEL,
    )
}

/// The channel is gone, or takes no messages.
pub fn audit_channel_gone(channel: u64, guild: u64) -> Check {
    Check::fail(
        audit_channel(channel, guild),
        "Discord says this channel does not exist (deleted?) or takes no messages",
        "Pick another channel with /audit-channel in that Discord server; the bot turns this \
         one off at its next audit line.",
    )
}

/// The channel could not be checked.
pub fn audit_channel_failed(channel: u64, guild: u64, failure: &Failure) -> Check {
    discord_failed(
        &audit_channel(channel, guild),
        "the channel's details",
        failure,
    )
}
