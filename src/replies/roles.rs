//! The sentences of per-action roles (and the `logs` grant): refusals that name the roles that would allow an
//! action, and the answers of `/power-role`. Roles show as mentions, which never ping
//! (every reply carries empty allowed mentions), except the guild's `@everyone` role: its ID
//! is the guild's, and clients show its mention oddly, so it is named in plain text.
//! Every function takes the guild, to tell that role apart.

use crate::domain::{Grantable, Grants};
use crate::i18n::Lang;
use crate::t;

/// Roles named per action; a guild may have 250, and a reply must stay under Discord's
/// 2,000 characters.
const MAX_ROLES_SHOWN: usize = 10;

/// A member the guild's roles do not allow to do `what`; `roles` would. Shown only to them;
/// nothing was sent.
pub fn not_permitted(lang: Lang, guild: u64, what: impl Into<Grantable>, roles: &[u64]) -> String {
    let who_may = who_may(lang, guild, what.into(), roles);
    t!(lang, "role-not-permitted", who_may = who_may)
}

/// Who may do `what`: any of `roles`, or Manage Server. The catalogue says what `what` lets
/// a member do, selecting on its name.
pub(super) fn who_may(lang: Lang, guild: u64, what: Grantable, roles: &[u64]) -> String {
    let action = what.name();
    match roles {
        [] => t!(lang, "role-who-may-none", action = action),
        [role] => t!(
            lang,
            "role-who-may-one",
            action = action,
            role = role_name(guild, *role),
        ),
        roles => t!(
            lang,
            "role-who-may-any",
            action = action,
            roles = role_names(lang, guild, roles),
        ),
    }
}

/// After `/power-role grant`: `new` is false when the role had it already.
pub fn role_granted(lang: Lang, guild: u64, what: Grantable, role: u64, new: bool) -> String {
    let (role, action) = (role_name(guild, role), what.name());
    match new {
        true => t!(lang, "role-granted", role = role, action = action),
        false => t!(lang, "role-already-granted", role = role, action = action),
    }
}

/// After `/power-role revoke`: `removed` is false when the role did not have it.
pub fn role_revoked(lang: Lang, guild: u64, what: Grantable, role: u64, removed: bool) -> String {
    let (role, action) = (role_name(guild, role), what.name());
    match removed {
        true => t!(lang, "role-revoked", role = role, action = action),
        false => t!(lang, "role-not-granted", role = role, action = action),
    }
}

/// `/power-role list`: each action with its roles.
pub fn role_grants(lang: Lang, guild: u64, grants: &Grants) -> String {
    if grants.is_empty() {
        return t!(lang, "role-grants-none");
    }
    let lines: Vec<String> = Grantable::ALL
        .into_iter()
        .map(|what| {
            let action = what.name();
            match grants.roles_for(what).as_slice() {
                [] => t!(lang, "role-grants-line-manage-server", action = action),
                roles => t!(
                    lang,
                    "role-grants-line",
                    action = action,
                    roles = role_names(lang, guild, roles),
                ),
            }
        })
        .collect();
    t!(lang, "role-grants", lines = lines.join("\n"))
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

pub(super) fn role_names(lang: Lang, guild: u64, roles: &[u64]) -> String {
    let shown: Vec<String> = roles
        .iter()
        .take(MAX_ROLES_SHOWN)
        .map(|role| role_name(guild, *role))
        .collect();
    match roles.len().saturating_sub(MAX_ROLES_SHOWN) {
        0 => shown.join(", "),
        more => t!(
            lang,
            "role-names-more",
            roles = shown.join(", "),
            more = more
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::PowerAction;

    const GUILD: u64 = 1_000_000_000_000_000_001;
    const MODS: u64 = 1_000_000_000_000_000_002;
    const EN: Lang = Lang::ENGLISH;

    #[test]
    fn the_everyone_role_is_named_in_plain_text_and_other_roles_are_mentions() {
        assert_eq!(role_name(GUILD, GUILD), "@everyone");
        assert_eq!(role_name(GUILD, MODS), format!("<@&{MODS}>"));
        assert_eq!(
            role_names(Lang::ENGLISH, GUILD, &[MODS, GUILD]),
            format!("<@&{MODS}>, @everyone")
        );
    }

    #[test]
    fn every_sentence_that_names_a_role_names_everyone_in_plain_text() {
        let grants = Grants::new([(PowerAction::Start, GUILD)]);
        let texts = [
            not_permitted(EN, GUILD, PowerAction::Start, &[GUILD]),
            not_permitted(EN, GUILD, PowerAction::Start, &[MODS, GUILD]),
            role_granted(EN, GUILD, Grantable::Logs, GUILD, true),
            role_granted(EN, GUILD, PowerAction::Start.into(), GUILD, false),
            role_revoked(EN, GUILD, PowerAction::Start.into(), GUILD, true),
            role_revoked(EN, GUILD, Grantable::Logs, GUILD, false),
            role_grants(EN, GUILD, &grants),
        ];
        for text in texts {
            assert!(text.contains("@everyone"), "{text}");
            assert!(!text.contains(&format!("<@&{GUILD}>")), "{text}");
        }
        let list = role_grants(EN, GUILD, &grants);
        assert!(list.contains("- `start`: @everyone\n"), "{list}");
    }
}
