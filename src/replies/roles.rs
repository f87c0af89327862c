//! The sentences of per-action roles (and the `logs` grant): refusals that name the roles that would allow an
//! action, and the answers of `/power-role`. Roles show as mentions, which never ping
//! (every reply carries empty allowed mentions), except the guild's `@everyone` role: its ID
//! is the guild's, and clients show its mention oddly, so it is named in plain text.
//! Every function takes the guild, to tell that role apart.

use crate::domain::{Grantable, Grants};

/// Roles named per action; a guild may have 250, and a reply must stay under Discord's
/// 2,000 characters.
const MAX_ROLES_SHOWN: usize = 10;

/// A member the guild's roles do not allow to do `what`; `roles` would. Shown only to them;
/// nothing was sent.
pub fn not_permitted(guild: u64, what: impl Into<Grantable>, roles: &[u64]) -> String {
    format!(
        "🔒 {} Nothing was sent.",
        who_may(crate::i18n::Lang::ENGLISH, guild, what.into(), roles)
    )
}

/// Who may do `what`: any of `roles`, or Manage Server.
pub(super) fn who_may(
    _lang: crate::i18n::Lang,
    guild: u64,
    what: Grantable,
    roles: &[u64],
) -> String {
    let (verb, object) = phrase(what);
    match roles {
        [] => format!(
            "Only members with **Manage Server** may {verb} {object} here: no role has been \
             granted `{what}` (an admin can grant one with `/power-role grant`)."
        ),
        [role] => format!(
            "You need the role {} to {verb} {object} here, or **Manage Server**.",
            role_name(guild, *role)
        ),
        roles => format!(
            "You need one of these roles to {verb} {object} here: {}, or **Manage Server**.",
            role_names(guild, roles)
        ),
    }
}

/// What a grant lets a member do, as a verb and its object: "start" "game servers", "read"
/// "game servers' logs".
fn phrase(what: Grantable) -> (&'static str, &'static str) {
    match what {
        Grantable::Power(action) => (action.path_segment(), "game servers"),
        Grantable::Logs => ("read", "game servers' logs"),
    }
}

/// After `/power-role grant`: `new` is false when the role had it already.
pub fn role_granted(guild: u64, what: Grantable, role: u64, new: bool) -> String {
    let (role, (verb, object)) = (role_name(guild, role), phrase(what));
    if !new {
        return format!("{role} may already {verb} {object}, so nothing changed.");
    }
    format!(
        "✅ {role} may now **{verb}** {object}, if `/server` is open to them in Server \
         Settings → Integrations. While any role is granted, actions with no role granted are \
         limited to members with **Manage Server**."
    )
}

/// After `/power-role revoke`: `removed` is false when the role did not have it.
pub fn role_revoked(guild: u64, what: Grantable, role: u64, removed: bool) -> String {
    let (role, (verb, object)) = (role_name(guild, role), phrase(what));
    if removed {
        format!("✅ {role} may no longer **{verb}** {object}.")
    } else {
        format!("{role} was not granted `{what}`, so there was nothing to revoke.")
    }
}

/// `/power-role list`: each action with its roles.
pub fn role_grants(guild: u64, grants: &Grants) -> String {
    if grants.is_empty() {
        return "No power roles are granted here, so Discord's command permissions alone \
                decide who may use `/server` (Server Settings → Integrations). Grant one with \
                `/power-role grant`."
            .to_owned();
    }
    let lines: Vec<String> = Grantable::ALL
        .into_iter()
        .map(|action| match grants.roles_for(action).as_slice() {
            [] => format!("- `{action}`: **Manage Server** only"),
            roles => format!("- `{action}`: {}", role_names(guild, roles)),
        })
        .collect();
    format!(
        "**Power roles here**\n{}\nMembers with **Manage Server** may use every action and \
         read logs.",
        lines.join("\n")
    )
}

/// A mention, shown as the role's name; never pings (replies carry empty allowed mentions).
/// `@everyone` (the role whose ID is the guild's) is plain text instead.
fn role_name(guild: u64, role: u64) -> String {
    if role == guild {
        "@everyone".to_owned()
    } else {
        format!("<@&{role}>")
    }
}

pub(super) fn role_names(guild: u64, roles: &[u64]) -> String {
    let shown: Vec<String> = roles
        .iter()
        .take(MAX_ROLES_SHOWN)
        .map(|role| role_name(guild, *role))
        .collect();
    match roles.len().saturating_sub(MAX_ROLES_SHOWN) {
        0 => shown.join(", "),
        more => format!("{} and {more} more", shown.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::PowerAction;

    const GUILD: u64 = 1_000_000_000_000_000_001;
    const MODS: u64 = 1_000_000_000_000_000_002;

    #[test]
    fn the_everyone_role_is_named_in_plain_text_and_other_roles_are_mentions() {
        assert_eq!(role_name(GUILD, GUILD), "@everyone");
        assert_eq!(role_name(GUILD, MODS), format!("<@&{MODS}>"));
        assert_eq!(
            role_names(GUILD, &[MODS, GUILD]),
            format!("<@&{MODS}>, @everyone")
        );
    }

    #[test]
    fn every_sentence_that_names_a_role_names_everyone_in_plain_text() {
        let grants = Grants::new([(PowerAction::Start, GUILD)]);
        let texts = [
            not_permitted(GUILD, PowerAction::Start, &[GUILD]),
            not_permitted(GUILD, PowerAction::Start, &[MODS, GUILD]),
            role_granted(GUILD, Grantable::Logs, GUILD, true),
            role_granted(GUILD, PowerAction::Start.into(), GUILD, false),
            role_revoked(GUILD, PowerAction::Start.into(), GUILD, true),
            role_revoked(GUILD, Grantable::Logs, GUILD, false),
            role_grants(GUILD, &grants),
        ];
        for text in texts {
            assert!(text.contains("@everyone"), "{text}");
            assert!(!text.contains(&format!("<@&{GUILD}>")), "{text}");
        }
        let list = role_grants(GUILD, &grants);
        assert!(list.contains("- `start`: @everyone\n"), "{list}");
    }
}
