//! The sentences of per-action roles: refusals that name the roles that would allow an
//! action, and the answers of `/power-role`. Roles show as mentions, which never ping
//! (every reply carries empty allowed mentions).

use crate::heo::PowerAction;
use crate::power::roles::Grants;

/// Roles named per action; a guild may have 250, and a reply must stay under Discord's
/// 2,000 characters.
const MAX_ROLES_SHOWN: usize = 10;

/// A member the guild's per-action roles do not allow to perform `action`; `roles` would.
/// Shown only to them; nothing was sent.
pub fn not_permitted(action: PowerAction, roles: &[u64]) -> String {
    format!("🔒 {} Nothing was sent.", who_may(action, roles))
}

/// Who may perform `action`: any of `roles`, or Manage Server.
pub(super) fn who_may(action: PowerAction, roles: &[u64]) -> String {
    match roles {
        [] => format!(
            "Only members with **Manage Server** may {action} game servers here: no role has \
             been granted `{action}` (an admin can grant one with `/power-role grant`)."
        ),
        [role] => format!(
            "You need the role {} to {action} game servers here, or **Manage Server**.",
            role_mention(*role)
        ),
        roles => format!(
            "You need one of these roles to {action} game servers here: {}, or **Manage \
             Server**.",
            role_mentions(roles)
        ),
    }
}

/// After `/power-role grant`: `new` is false when the role had it already.
pub fn role_granted(action: PowerAction, role: u64, new: bool) -> String {
    let role = role_mention(role);
    if !new {
        return format!("{role} may already {action} game servers, so nothing changed.");
    }
    format!(
        "✅ {role} may now **{action}** game servers, if `/server` is open to them in Server \
         Settings → Integrations. While any role is granted, actions with no role granted are \
         limited to members with **Manage Server**."
    )
}

/// After `/power-role revoke`: `removed` is false when the role did not have it.
pub fn role_revoked(action: PowerAction, role: u64, removed: bool) -> String {
    let role = role_mention(role);
    if removed {
        format!("✅ {role} may no longer **{action}** game servers.")
    } else {
        format!("{role} was not granted `{action}`, so there was nothing to revoke.")
    }
}

/// `/power-role list`: each action with its roles.
pub fn role_grants(grants: &Grants) -> String {
    if grants.is_empty() {
        return "No power roles are granted here, so Discord's command permissions alone \
                decide who may use `/server` (Server Settings → Integrations). Grant one with \
                `/power-role grant`."
            .to_owned();
    }
    let lines: Vec<String> = PowerAction::ALL
        .into_iter()
        .map(|action| match grants.roles_for(action).as_slice() {
            [] => format!("- `{action}`: **Manage Server** only"),
            roles => format!("- `{action}`: {}", role_mentions(roles)),
        })
        .collect();
    format!(
        "**Power roles here**\n{}\nMembers with **Manage Server** may use every action.",
        lines.join("\n")
    )
}

/// Shown as the role's name; never pings (replies carry empty allowed mentions).
fn role_mention(role: u64) -> String {
    format!("<@&{role}>")
}

fn role_mentions(roles: &[u64]) -> String {
    let shown: Vec<String> = roles
        .iter()
        .take(MAX_ROLES_SHOWN)
        .map(|role| role_mention(*role))
        .collect();
    match roles.len().saturating_sub(MAX_ROLES_SHOWN) {
        0 => shown.join(", "),
        more => format!("{} and {more} more", shown.join(", ")),
    }
}
