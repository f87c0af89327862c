//! `/power-role grant|revoke|list`: which roles may perform which power action, or read
//! game servers' logs.

use poise::serenity_prelude as serenity;

use crate::domain::{Grantable, PowerAction};
use crate::replies;

use super::{CommandError, Context, respond};

/// The action option: Discord shows these five choices. Kept here so `domain` stays free
/// of poise.
#[derive(Debug, Clone, Copy, poise::ChoiceParameter)]
pub enum ActionChoice {
    #[name = "start"]
    Start,
    #[name = "stop"]
    Stop,
    #[name = "restart"]
    Restart,
    #[name = "kill"]
    Kill,
    #[name = "logs"]
    Logs,
}

impl From<ActionChoice> for Grantable {
    fn from(choice: ActionChoice) -> Self {
        match choice {
            ActionChoice::Start => Self::Power(PowerAction::Start),
            ActionChoice::Stop => Self::Power(PowerAction::Stop),
            ActionChoice::Restart => Self::Power(PowerAction::Restart),
            ActionChoice::Kill => Self::Power(PowerAction::Kill),
            ActionChoice::Logs => Self::Logs,
        }
    }
}

/// Choose which roles may start, stop, restart or kill game servers, or read their logs.
#[poise::command(
    slash_command,
    rename = "power-role",
    guild_only,
    subcommands("power_role_grant", "power_role_revoke", "power_role_list"),
    subcommand_required,
    default_member_permissions = "MANAGE_GUILD",
    required_permissions = "MANAGE_GUILD"
)]
pub async fn power_role(_: Context<'_>) -> Result<(), CommandError> {
    Ok(())
}

/// Let a role perform a power action or read logs.
#[poise::command(slash_command, guild_only, rename = "grant")]
async fn power_role_grant(
    ctx: Context<'_>,
    #[description = "The power action, or logs"] action: ActionChoice,
    #[description = "The role that may perform it"] role: serenity::RoleId,
) -> Result<(), CommandError> {
    change_grant(ctx, Change::Grant, action, role).await
}

/// Stop letting a role perform a power action or read logs.
#[poise::command(slash_command, guild_only, rename = "revoke")]
async fn power_role_revoke(
    ctx: Context<'_>,
    #[description = "The power action, or logs"] action: ActionChoice,
    #[description = "The role that may no longer perform it"] role: serenity::RoleId,
) -> Result<(), CommandError> {
    change_grant(ctx, Change::Revoke, action, role).await
}

#[derive(Clone, Copy)]
enum Change {
    Grant,
    Revoke,
}

/// Grants or revokes, then says privately whether anything changed.
async fn change_grant(
    ctx: Context<'_>,
    change: Change,
    action: ActionChoice,
    role: serenity::RoleId,
) -> Result<(), CommandError> {
    let Some(guild) = respond::guild_or_refuse(ctx).await? else {
        return Ok(());
    };
    // Acknowledged before the write, as `/link-key` does: a locked database may make it wait.
    ctx.defer_ephemeral().await?;
    let (action, role, member) = (Grantable::from(action), role.get(), ctx.author().id.get());
    let (power, lang) = (&ctx.data().power, respond::private_lang(ctx));
    let text = match change {
        Change::Grant => {
            let new = power.grant_role(guild, action, role, member).await?;
            replies::role_granted(lang, guild, action, role, new)
        }
        Change::Revoke => {
            let removed = power.revoke_role(guild, action, role, member).await?;
            replies::role_revoked(lang, guild, action, role, removed)
        }
    };
    ctx.send(respond::private(text)).await?;
    Ok(())
}

/// Show which roles may perform each power action or read logs.
#[poise::command(slash_command, guild_only, rename = "list")]
async fn power_role_list(ctx: Context<'_>) -> Result<(), CommandError> {
    let Some(guild) = respond::guild_or_refuse(ctx).await? else {
        return Ok(());
    };
    ctx.defer_ephemeral().await?;
    let grants = ctx.data().power.role_grants(guild).await?;
    let text = replies::role_grants(respond::private_lang(ctx), guild, &grants);
    ctx.send(respond::private(text)).await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use poise::ChoiceParameter as _;

    use super::*;

    #[test]
    fn each_choice_is_named_after_the_action_it_stands_for() {
        let choices = ActionChoice::list();
        assert_eq!(choices.len(), Grantable::ALL.len());
        for (index, choice) in choices.iter().enumerate() {
            let grantable = Grantable::from(ActionChoice::from_index(index).unwrap());
            assert_eq!(choice.name, grantable.name());
        }
    }
}
