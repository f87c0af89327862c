//! Whether a member may still act on something they asked for earlier. Permissions can
//! change while a kill prompt is open, so every click is checked again, here and only here.
//!
//! The bot cannot see Discord's per-command integration settings (who `/server` was opened
//! to), only the member permissions each interaction carries. So it re-checks what it can:
//! a member who asked while holding Manage Server must still hold it when they click.

use poise::serenity_prelude as serenity;
use serenity::Permissions;

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

    /// Whether `member`, on a later interaction, may still act on what was asked.
    pub fn still_holds(self, member: Option<&serenity::Member>) -> bool {
        !self.manage_guild || holds_manage_guild(member)
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

    fn member(permissions: Option<Permissions>) -> serenity::Member {
        let mut member = serenity::Member::default();
        member.permissions = permissions;
        member
    }

    #[test]
    fn manage_server_held_when_asking_must_still_be_held() {
        let admin = member(Some(Permissions::MANAGE_GUILD));
        let demoted = member(Some(Permissions::SEND_MESSAGES));
        let clearance = Clearance::of(Some(&admin));
        assert!(clearance.still_holds(Some(&admin)));
        assert!(!clearance.still_holds(Some(&demoted)));
        assert!(!clearance.still_holds(Some(&member(None))));
        assert!(!clearance.still_holds(None));
        let administrator = member(Some(Permissions::ADMINISTRATOR));
        assert!(clearance.still_holds(Some(&administrator)));
    }

    #[test]
    fn a_member_who_asked_without_manage_server_is_not_asked_for_it_later() {
        // /server opened to a role in Discord: the bot cannot see that role's grant.
        let member = member(Some(Permissions::SEND_MESSAGES));
        let clearance = Clearance::of(Some(&member));
        assert!(clearance.still_holds(Some(&member)));
    }
}
