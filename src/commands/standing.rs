//! What a member holds, read from the interaction they sent (never from a cache or a REST
//! call), turned into the plain [`Standing`] that the role rule and the kill prompt's
//! re-check look at (`domain::decide`, `domain::recheck`).

use poise::serenity_prelude as serenity;
use serenity::Permissions;

use crate::domain::Standing;

use super::Context;

/// The member who sent the command: carried on the interaction in a guild.
pub fn invoker<'a>(ctx: Context<'a>) -> Option<&'a serenity::Member> {
    match ctx {
        poise::Context::Application(app) => app.interaction.member.as_deref(),
        poise::Context::Prefix(_) => None,
    }
}

/// What the per-action role rule looks at. Every member holds the guild's `@everyone` role,
/// whose ID is the guild's, though Discord does not list it among their roles. A missing
/// member, or missing permissions, hold nothing: the checks fail closed.
pub fn standing(guild: u64, member: Option<&serenity::Member>) -> Standing {
    let listed = member.map_or(&[][..], |m| m.roles.as_slice());
    let mut roles: Vec<u64> = listed.iter().map(|role| role.get()).collect();
    roles.push(guild);
    Standing {
        roles,
        manages_guild: holds_manage_guild(member),
    }
}

/// Missing permissions count as not held: the check fails closed.
fn holds_manage_guild(member: Option<&serenity::Member>) -> bool {
    member.and_then(|m| m.permissions).is_some_and(|p| {
        p.contains(Permissions::MANAGE_GUILD) || p.contains(Permissions::ADMINISTRATOR)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const GUILD: u64 = 10;
    const PLAYERS: u64 = 501;

    fn member(permissions: Option<Permissions>, roles: &[u64]) -> serenity::Member {
        let mut member = serenity::Member::default();
        member.permissions = permissions;
        member.roles = roles.iter().copied().map(serenity::RoleId::new).collect();
        member
    }

    #[test]
    fn every_member_holds_the_everyone_role_and_manage_server_is_read_from_permissions() {
        let plain = member(Some(Permissions::SEND_MESSAGES), &[PLAYERS]);
        let standing = standing(GUILD, Some(&plain));
        assert_eq!(standing.roles, [PLAYERS, GUILD]);
        assert!(!standing.manages_guild);
        let nobody = super::standing(GUILD, None);
        assert_eq!(nobody.roles, [GUILD]);
        assert!(!nobody.manages_guild);
        let admin = member(Some(Permissions::ADMINISTRATOR), &[]);
        assert!(super::standing(GUILD, Some(&admin)).manages_guild);
    }

    #[test]
    fn manage_server_is_held_only_when_discord_says_so() {
        let manager = member(Some(Permissions::MANAGE_GUILD), &[]);
        assert!(standing(GUILD, Some(&manager)).manages_guild);
        let demoted = member(Some(Permissions::SEND_MESSAGES), &[]);
        assert!(!standing(GUILD, Some(&demoted)).manages_guild);
        // Permissions Discord did not send, or no member at all: not held.
        let unknown = member(None, &[]);
        assert!(!standing(GUILD, Some(&unknown)).manages_guild);
        assert!(!standing(GUILD, None).manages_guild);
    }
}
