//! Per-action roles: which roles a guild has granted each power action, and the one rule
//! that decides whether a member may perform an action. Roles are plain snowflake numbers;
//! the Discord side (reading a member's roles and permissions) is `commands::standing`.

use super::{Grantable, PowerAction};

/// The roles a guild has granted each power action. Empty for a guild with no grants.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Grants {
    granted: Vec<(Grantable, u64)>,
}

/// What a member holds that the rule looks at.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Standing {
    /// The member's role IDs (including the guild's `@everyone` role, whose ID is the
    /// guild's).
    pub roles: Vec<u64>,
    /// Whether the member has Manage Server (or Administrator).
    pub manages_guild: bool,
}

/// Whether a member may perform an action.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    Allowed,
    /// Not allowed. `roles` would allow it (any one of them); empty when no role is granted
    /// the action, so only Manage Server would.
    Refused {
        roles: Vec<u64>,
    },
}

/// Why a member may no longer act on what they asked for earlier (a kill prompt's click).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Lost {
    /// They asked with Manage Server and no longer hold it.
    ManageServer,
    /// The guild's role grants no longer let them; any of `roles` (or Manage Server) would.
    Roles(Vec<u64>),
}

impl Grants {
    /// No grant at all.
    pub const EMPTY: Grants = Grants {
        granted: Vec::new(),
    };

    /// Grants from `(what, role)` pairs, in the order they should be listed.
    pub fn new<G: Into<Grantable>>(granted: impl IntoIterator<Item = (G, u64)>) -> Self {
        Self {
            granted: granted
                .into_iter()
                .map(|(what, role)| (what.into(), role))
                .collect(),
        }
    }

    /// Whether the guild has no grant at all (Discord's command permission alone decides).
    pub fn is_empty(&self) -> bool {
        self.granted.is_empty()
    }

    /// The roles granted `what`, in listing order.
    pub fn roles_for(&self, what: impl Into<Grantable>) -> Vec<u64> {
        let action = what.into();
        self.granted
            .iter()
            .filter(|(granted, _)| *granted == action)
            .map(|(_, role)| *role)
            .collect()
    }
}

/// The rule. While a guild has no grants, everyone Discord lets run the command may act.
/// Once it has any, a member may do `what` only with a role granted it, or with Manage
/// Server.
pub fn decide(grants: &Grants, what: impl Into<Grantable>, member: &Standing) -> Verdict {
    if grants.is_empty() {
        return Verdict::Allowed;
    }
    by_roles(grants, what.into(), member)
}

/// Manage Server, or a role granted `what`.
fn by_roles(grants: &Grants, what: Grantable, member: &Standing) -> Verdict {
    if member.manages_guild {
        return Verdict::Allowed;
    }
    let roles = grants.roles_for(what);
    if roles.iter().any(|role| member.roles.contains(role)) {
        Verdict::Allowed
    } else {
        Verdict::Refused { roles }
    }
}

/// Where a member asked from, which decides the rule that applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Via {
    /// A slash command: Discord's command permissions (Integrations) let the member run it,
    /// and [`decide`] applies on top.
    Command,
    /// A panel's button: Discord's command permissions do not apply to buttons, and the bot
    /// cannot see them, so only what the bot can see may allow a click ([`decide_click`]).
    Panel,
}

/// The rule for a panel's button: a member with Manage Server, or with a role granted the
/// action, may click it; nobody else, even while the guild has no grants at all (where
/// [`decide`] lets everyone Discord lets run `/server`).
pub fn decide_click(grants: &Grants, action: PowerAction, member: &Standing) -> Verdict {
    by_roles(grants, action.into(), member)
}

/// The rule for `via`.
pub fn decide_via(via: Via, grants: &Grants, action: PowerAction, member: &Standing) -> Verdict {
    match via {
        Via::Command => decide(grants, action, member),
        Via::Panel => decide_click(grants, action, member),
    }
}

/// Whether a member may still perform `action` they asked for earlier (a kill prompt's
/// click), holding `now` what the member holds at the click. The bot cannot see Discord's
/// per-command settings (who `/server` was opened to), so it re-checks what it can: a member
/// who asked while holding Manage Server must still hold it, and the guild's `grants`, as
/// they are now, must still let the member act.
/// A prompt opened from a panel is re-checked with the panel's rule (`via`).
pub fn recheck(
    asked_managing_guild: bool,
    now: &Standing,
    action: PowerAction,
    grants: &Grants,
    via: Via,
) -> Result<(), Lost> {
    if asked_managing_guild && !now.manages_guild {
        return Err(Lost::ManageServer);
    }
    match decide_via(via, grants, action, now) {
        Verdict::Allowed => Ok(()),
        Verdict::Refused { roles } => Err(Lost::Roles(roles)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use PowerAction::{Kill, Restart, Start, Stop};

    const PLAYERS: u64 = 501;
    const MODS: u64 = 502;

    fn member(roles: &[u64]) -> Standing {
        Standing {
            roles: roles.to_vec(),
            manages_guild: false,
        }
    }

    fn admin() -> Standing {
        Standing {
            roles: Vec::new(),
            manages_guild: true,
        }
    }

    #[test]
    fn without_any_grant_every_member_may_perform_every_action() {
        let none = Grants::default();
        for action in PowerAction::ALL {
            assert_eq!(decide(&none, action, &member(&[])), Verdict::Allowed);
        }
    }

    #[test]
    fn a_granted_role_allows_its_action_and_only_that_one() {
        let grants = Grants::new([(Start, PLAYERS)]);
        let player = member(&[PLAYERS]);
        assert_eq!(decide(&grants, Start, &player), Verdict::Allowed);
        for action in [Stop, Restart, Kill] {
            let refused = Verdict::Refused { roles: vec![] };
            assert_eq!(decide(&grants, action, &player), refused, "{action}");
        }
    }

    #[test]
    fn a_member_without_a_granted_role_is_told_every_role_that_would_allow_it() {
        let grants = Grants::new([(Start, PLAYERS), (Stop, MODS), (Start, MODS)]);
        let refused = Verdict::Refused {
            roles: vec![PLAYERS, MODS],
        };
        assert_eq!(decide(&grants, Start, &member(&[])), refused);
        assert_eq!(decide(&grants, Start, &member(&[999])), refused);
        assert_eq!(
            decide(&grants, Start, &member(&[999, MODS])),
            Verdict::Allowed
        );
    }

    #[test]
    fn manage_server_allows_every_action_whatever_the_grants() {
        let grants = Grants::new([(Start, PLAYERS)]);
        for action in PowerAction::ALL {
            assert_eq!(decide(&grants, action, &admin()), Verdict::Allowed);
        }
    }

    #[test]
    fn a_logs_grant_allows_reading_logs_and_no_power_action() {
        let grants = Grants::new([(Grantable::Logs, PLAYERS)]);
        let player = member(&[PLAYERS]);
        assert_eq!(decide(&grants, Grantable::Logs, &player), Verdict::Allowed);
        for action in PowerAction::ALL {
            let refused = Verdict::Refused { roles: vec![] };
            assert_eq!(decide(&grants, action, &player), refused, "{action}");
        }
        let stranger = Verdict::Refused {
            roles: vec![PLAYERS],
        };
        assert_eq!(decide(&grants, Grantable::Logs, &member(&[])), stranger);
    }

    #[test]
    fn grants_list_the_roles_of_each_action_in_order() {
        let grants = Grants::new([(Kill, MODS), (Start, PLAYERS), (Start, MODS)]);
        assert!(!grants.is_empty());
        assert_eq!(grants.roles_for(Start), [PLAYERS, MODS]);
        assert_eq!(grants.roles_for(Kill), [MODS]);
        assert_eq!(grants.roles_for(Stop), Vec::<u64>::new());
    }

    fn standing(manages_guild: bool, roles: &[u64]) -> Standing {
        Standing {
            roles: roles.to_vec(),
            manages_guild,
        }
    }

    #[test]
    fn a_panel_click_needs_manage_server_or_a_granted_role_even_without_any_grant() {
        let player = member(&[PLAYERS]);
        for action in PowerAction::ALL {
            let nobody = Verdict::Refused { roles: vec![] };
            assert_eq!(decide_click(&Grants::EMPTY, action, &player), nobody);
            assert_eq!(
                decide_click(&Grants::EMPTY, action, &admin()),
                Verdict::Allowed
            );
        }
        let grants = Grants::new([(Restart, PLAYERS)]);
        assert_eq!(decide_click(&grants, Restart, &player), Verdict::Allowed);
        let others = Verdict::Refused {
            roles: vec![PLAYERS],
        };
        assert_eq!(decide_click(&grants, Restart, &member(&[MODS])), others);
        assert_eq!(
            decide_click(&grants, Kill, &player),
            Verdict::Refused { roles: vec![] }
        );
    }

    #[test]
    fn a_kill_prompt_opened_from_a_panel_is_rechecked_with_the_panels_rule() {
        let player = standing(false, &[PLAYERS]);
        // Its grant was revoked and no grant is left: a command would let anyone, a panel not.
        assert_eq!(
            recheck(false, &player, Kill, &Grants::EMPTY, Via::Command),
            Ok(())
        );
        assert_eq!(
            recheck(false, &player, Kill, &Grants::EMPTY, Via::Panel),
            Err(Lost::Roles(vec![]))
        );
    }

    #[test]
    fn manage_server_held_when_asking_must_still_be_held() {
        let none = Grants::default();
        let admin = standing(true, &[]);
        let demoted = standing(false, &[]);
        assert_eq!(recheck(true, &admin, Kill, &none, Via::Command), Ok(()));
        assert_eq!(
            recheck(true, &demoted, Kill, &none, Via::Command),
            Err(Lost::ManageServer)
        );
    }

    #[test]
    fn a_member_who_asked_without_manage_server_is_not_asked_for_it_later() {
        // /server opened to a role in Discord: the bot cannot see that role's grant.
        let member = standing(false, &[]);
        assert_eq!(
            recheck(false, &member, Kill, &Grants::default(), Via::Command),
            Ok(())
        );
    }

    #[test]
    fn a_member_who_lost_the_granted_role_or_whose_grant_was_revoked_is_refused() {
        let grants = Grants::new([(Kill, PLAYERS)]);
        let player = standing(false, &[PLAYERS]);
        let former = standing(false, &[]);
        assert_eq!(recheck(false, &player, Kill, &grants, Via::Command), Ok(()));
        let lost = Err(Lost::Roles(vec![PLAYERS]));
        assert_eq!(recheck(false, &former, Kill, &grants, Via::Command), lost);
        // The grant moved to another action: no role may kill any more.
        let moved = Grants::new([(Start, PLAYERS)]);
        assert_eq!(
            recheck(false, &player, Kill, &moved, Via::Command),
            Err(Lost::Roles(vec![]))
        );
    }
}
