//! Discord: the token (`GET /users/@me`), the commands registered where `DEV_GUILD_ID` says
//! (compared by name with the bot's own), and the invite URL. Only `GET`s: nothing is
//! registered, posted or changed.

use std::collections::BTreeSet;
use std::future::Future;
use std::time::Duration;

use poise::serenity_prelude as serenity;
use serenity::{GuildId, Permissions, UserId};

use super::check::{Check, Report};
use super::sentences;
use crate::commands::{self, DiscordError};
use crate::config::Config;

/// How long one call to Discord may take: serenity's client sets no limit of its own.
pub const WAIT: Duration = Duration::from_secs(10);

/// The permissions an audit channel needs, which the invite URL asks for server-wide.
pub const AUDIT_PERMISSIONS: Permissions =
    Permissions::VIEW_CHANNEL.union(Permissions::SEND_MESSAGES);

/// Why a call to Discord gave no answer a check can use.
#[derive(Debug)]
pub enum Failure {
    /// Discord refused or failed the call (or it never got there), as the bot's one
    /// classifier reads it; `cause` is serenity's text, for the report.
    Refused { kind: DiscordError, cause: String },
    /// No answer within [`WAIT`].
    Timeout,
}

/// Where the bot registers its commands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    Global,
    /// `DEV_GUILD_ID`.
    Guild(u64),
}

/// The bot as Discord knows it, for the checks that need the token to work.
pub struct Bot {
    pub http: serenity::Http,
    pub user: UserId,
}

/// Makes one call to Discord, giving up after [`WAIT`].
pub async fn ask<T>(call: impl Future<Output = serenity::Result<T>>) -> Result<T, Failure> {
    match tokio::time::timeout(WAIT, call).await {
        Ok(Ok(answer)) => Ok(answer),
        Ok(Err(error)) => Err(Failure::Refused {
            kind: DiscordError::of(&error),
            cause: sentences::with_causes(&error),
        }),
        Err(_) => Err(Failure::Timeout),
    }
}

/// Checks the token, the commands and prints the invite URL; gives the bot when Discord took
/// its token.
pub async fn check<W: std::io::Write>(config: &Config, report: &mut Report<W>) -> Option<Bot> {
    let http = commands::discord_http(&config.discord_token, config.discord_api_url.as_ref());
    let user = match ask(http.get_current_user()).await {
        Ok(user) => user,
        Err(failure) => {
            report.add(sentences::token_failed(&failure));
            report.add(sentences::needs_the_token("commands"));
            report.add(sentences::needs_the_token("invite URL"));
            return None;
        }
    };
    report.add(sentences::token_accepted(&user.name, user.id.get()));
    // The application's ID, which the commands and the invite are under; for most bots the
    // same as the bot user's, but not for every older application.
    match ask(http.get_current_application_info()).await {
        Ok(application) => {
            http.set_application_id(application.id);
            let scope = config.dev_guild_id.map_or(Scope::Global, Scope::Guild);
            report.add_all(registered_commands(&http, scope).await);
            report.add(sentences::invite_url(&invite_url(application.id.get())));
        }
        Err(failure) => {
            report.add(sentences::application_failed(&failure));
            report.add(sentences::needs_the_token("invite URL"));
        }
    }
    Some(Bot {
        http,
        user: user.id,
    })
}

/// Compares the commands registered at `scope` with the bot's own, by name.
async fn registered_commands(http: &serenity::Http, scope: Scope) -> Vec<Check> {
    let registered = match scope {
        Scope::Global => ask(http.get_global_commands()).await,
        Scope::Guild(guild) => ask(http.get_guild_commands(GuildId::new(guild))).await,
    };
    let registered: BTreeSet<String> = match registered {
        Ok(commands) => commands.into_iter().map(|command| command.name).collect(),
        Err(failure) => return vec![sentences::commands_unreadable(scope, &failure)],
    };
    let ours: Vec<String> = commands::all()
        .into_iter()
        .map(|command| command.name.into_owned())
        .collect();
    let missing: Vec<String> = ours
        .iter()
        .filter(|name| !registered.contains(*name))
        .cloned()
        .collect();
    let extra: Vec<String> = registered
        .iter()
        .filter(|name| !ours.contains(name))
        .cloned()
        .collect();
    let mut checks = Vec::new();
    if missing.is_empty() {
        checks.push(sentences::commands_registered(scope, &ours));
    } else {
        checks.push(sentences::commands_missing(scope, &missing));
    }
    if !extra.is_empty() {
        checks.push(sentences::commands_extra(scope, &extra));
    }
    checks
}

/// The URL that adds the bot to a Discord server with both scopes and the audit channel's
/// permissions (README: "Create the Discord application and invite the bot").
pub fn invite_url(application: u64) -> String {
    format!(
        "https://discord.com/oauth2/authorize?client_id={application}\
         &scope=bot+applications.commands&permissions={}",
        AUDIT_PERMISSIONS.bits()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_invite_asks_for_both_scopes_and_view_channel_and_send_messages() {
        assert_eq!(
            invite_url(101),
            "https://discord.com/oauth2/authorize?client_id=101\
             &scope=bot+applications.commands&permissions=3072"
        );
    }
}
