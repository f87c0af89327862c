//! What a member holds, read from the interaction they sent (never from a cache or a REST
//! call), and whether they may still act on something they asked for earlier. Permissions,
//! roles and grants can change while a kill prompt is open, so every click is checked again,
//! here and only here.
//!
//! The bot cannot see Discord's per-command integration settings (who `/server` was opened
//! to), only the member's permissions and roles that each interaction carries. So it
//! re-checks what it can: a member who asked while holding Manage Server must still hold
//! it, and the guild's per-action role grants, as they are at the click, must still let the
//! member act.

use poise::serenity_prelude as serenity;
use serenity::Permissions;

use crate::domain::{self, Grants, Lost, PowerAction, Standing, Verdict};

use super::Context;

/// What the member held when they asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Clearance {
    manage_guild: bool,
}

impl Clearance {
    /// Read from the member on the interaction that asked.
    pub fn of(member: Option<&serenity::Member>) -> Self {
        Self {
            manage_guild: holds_manage_guild(member),
        }
    }

    /// Whether `member`, on a later interaction in `guild`, may still perform `action` that
    /// they asked for, under the guild's `grants` as they are now.
    pub fn recheck(
        self,
        guild: u64,
        member: Option<&serenity::Member>,
        action: PowerAction,
        grants: &Grants,
    ) -> Result<(), Lost> {
        if self.manage_guild && !holds_manage_guild(member) {
            return Err(Lost::ManageServer);
        }
        match domain::decide(grants, action, &standing(guild, member)) {
            Verdict::Allowed => Ok(()),
            Verdict::Refused { roles } => Err(Lost::Roles(roles)),
        }
    }
}

/// The member who sent the command: carried on the interaction in a guild.
pub fn invoker<'a>(ctx: Context<'a>) -> Option<&'a serenity::Member> {
    match ctx {
        poise::Context::Application(app) => app.interaction.member.as_deref(),
        poise::Context::Prefix(_) => None,
    }
}

/// What the per-action role rule looks at. Every member holds the guild's `@everyone` role,
/// whose ID is the guild's, though Discord does not list it among their roles. A missing
/// member holds nothing: the check fails closed.
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

    fn recheck(
        asked: &serenity::Member,
        clicks: Option<&serenity::Member>,
        grants: &Grants,
    ) -> Result<(), Lost> {
        Clearance::of(Some(asked)).recheck(GUILD, clicks, PowerAction::Kill, grants)
    }

    #[test]
    fn manage_server_held_when_asking_must_still_be_held() {
        let none = Grants::default();
        let admin = member(Some(Permissions::MANAGE_GUILD), &[]);
        let demoted = member(Some(Permissions::SEND_MESSAGES), &[]);
        assert_eq!(recheck(&admin, Some(&admin), &none), Ok(()));
        assert_eq!(
            recheck(&admin, Some(&demoted), &none),
            Err(Lost::ManageServer)
        );
        let unknown = member(None, &[]);
        assert_eq!(
            recheck(&admin, Some(&unknown), &none),
            Err(Lost::ManageServer)
        );
        assert_eq!(recheck(&admin, None, &none), Err(Lost::ManageServer));
        let administrator = member(Some(Permissions::ADMINISTRATOR), &[]);
        assert_eq!(recheck(&admin, Some(&administrator), &none), Ok(()));
    }

    #[test]
    fn a_member_who_asked_without_manage_server_is_not_asked_for_it_later() {
        // /server opened to a role in Discord: the bot cannot see that role's grant.
        let member = member(Some(Permissions::SEND_MESSAGES), &[]);
        assert_eq!(recheck(&member, Some(&member), &Grants::default()), Ok(()));
    }

    #[test]
    fn a_member_who_lost_the_granted_role_or_whose_grant_was_revoked_is_refused() {
        let grants = Grants::new([(PowerAction::Kill, PLAYERS)]);
        let player = member(Some(Permissions::SEND_MESSAGES), &[PLAYERS]);
        let former = member(Some(Permissions::SEND_MESSAGES), &[]);
        assert_eq!(recheck(&player, Some(&player), &grants), Ok(()));
        let lost = Err(Lost::Roles(vec![PLAYERS]));
        assert_eq!(recheck(&player, Some(&former), &grants), lost);
        // The grant moved to another action: no role may kill any more.
        let moved = Grants::new([(PowerAction::Start, PLAYERS)]);
        assert_eq!(
            recheck(&player, Some(&player), &moved),
            Err(Lost::Roles(vec![]))
        );
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
}
