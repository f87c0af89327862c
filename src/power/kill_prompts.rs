//! The open kill prompts, and the one rule for who may take one with a click. Plain values
//! only: the Discord side (showing the prompt, reading a click) is `commands::kill_prompt`.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use crate::domain::{self, Grants, Lost, Standing, Via};

use super::PowerRequest;

/// The open kill prompts, keyed by the ID of the `/server kill` interaction that asked.
#[derive(Clone)]
pub struct KillPrompts {
    pub timeout: Duration,
    open: Arc<Mutex<HashMap<u64, Prompt>>>,
}

/// An open prompt: the kill it would send, whether its invoker held Manage Server when
/// asking (they must still hold it to confirm), and where they asked (a panel's Kill button
/// is re-checked with the panel's rule).
pub struct Prompt {
    pub request: PowerRequest,
    pub asked_managing_guild: bool,
    pub via: Via,
}

/// The clicker of a prompt's button: what they hold at the click, and the role grants of
/// their guild then.
pub struct Clicker<'a> {
    pub guild: Option<u64>,
    pub user: u64,
    pub standing: Standing,
    pub grants: &'a Grants,
}

/// What a click may do with a prompt.
pub enum Claim {
    /// The clicker asked for this kill: the prompt is now theirs alone and closed.
    Taken(PowerRequest),
    /// Someone else clicked; the prompt stays open for its owner.
    NotYours,
    /// The invoker clicked Kill but no longer holds what they asked with, or the guild's
    /// role grants no longer let them kill; the prompt stays open (and keeps checking) until
    /// it expires. `guild` is the prompt's, to name the roles that may kill there.
    NoLongerAllowed { guild: u64, lost: Lost },
    /// Already answered, expired, or unknown (the bot restarted).
    Gone,
}

impl KillPrompts {
    /// Prompts that expire after `timeout`.
    pub fn new(timeout: Duration) -> Self {
        Self {
            timeout,
            open: Arc::default(),
        }
    }

    fn open(&self) -> MutexGuard<'_, HashMap<u64, Prompt>> {
        // The map holds plain data, so a panic elsewhere cannot leave it inconsistent.
        self.open.lock().unwrap_or_else(PoisonError::into_inner)
    }

    pub fn insert(&self, id: u64, prompt: Prompt) {
        self.open().insert(id, prompt);
    }

    /// Whether `id` was still open (it is not any more).
    pub fn remove(&self, id: u64) -> bool {
        self.open().remove(&id).is_some()
    }

    /// Looks and removes under one lock, so a double click cannot take a prompt twice.
    /// `confirm` clicks must pass the re-check (`domain::recheck`); a Cancel sends nothing
    /// and needs none.
    pub fn claim(&self, id: u64, clicker: &Clicker<'_>, confirm: bool) -> Claim {
        let mut open = self.open();
        let Some(Prompt {
            request,
            asked_managing_guild,
            via,
        }) = open.get(&id)
        else {
            return Claim::Gone;
        };
        if Some(request.guild) != clicker.guild || request.member != clicker.user {
            return Claim::NotYours;
        }
        if confirm {
            let recheck = domain::recheck(
                *asked_managing_guild,
                &clicker.standing,
                request.action,
                clicker.grants,
                *via,
            );
            if let Err(lost) = recheck {
                let guild = request.guild;
                return Claim::NoLongerAllowed { guild, lost };
            }
        }
        open.remove(&id)
            .map_or(Claim::Gone, |p| Claim::Taken(p.request))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{PowerAction, ServerId};

    const GUILD: u64 = 10;
    const INVOKER: u64 = 20;

    fn standing(manages_guild: bool, roles: &[u64]) -> Standing {
        Standing {
            roles: roles.to_vec(),
            manages_guild,
        }
    }

    fn prompts_with_one_open(id: u64, asked_managing_guild: bool) -> KillPrompts {
        let prompts = KillPrompts::new(Duration::from_secs(60));
        let request = PowerRequest {
            guild: GUILD,
            member: INVOKER,
            server: ServerId::parse("srv_1").unwrap(),
            name: None,
            action: PowerAction::Kill,
            schedule: None,
            panel: None,
        };
        prompts.insert(
            id,
            Prompt {
                request,
                asked_managing_guild,
                via: Via::Command,
            },
        );
        prompts
    }

    const NO_GRANTS: &Grants = &Grants::EMPTY;

    fn clicker(guild: Option<u64>, user: u64, standing: Standing) -> Clicker<'static> {
        Clicker {
            guild,
            user,
            standing,
            grants: NO_GRANTS,
        }
    }

    #[test]
    fn a_prompt_can_be_taken_once_and_only_by_its_invoker_in_its_guild() {
        let prompts = prompts_with_one_open(1, true);
        let claim =
            |guild, user| prompts.claim(1, &clicker(guild, user, standing(true, &[])), true);
        assert!(matches!(claim(Some(GUILD), 99), Claim::NotYours));
        assert!(matches!(claim(Some(99), INVOKER), Claim::NotYours));
        assert!(matches!(claim(None, INVOKER), Claim::NotYours));
        assert!(matches!(claim(Some(GUILD), INVOKER), Claim::Taken(_)));
        assert!(matches!(claim(Some(GUILD), INVOKER), Claim::Gone));
        let other = prompts.claim(2, &clicker(Some(GUILD), INVOKER, standing(true, &[])), true);
        assert!(matches!(other, Claim::Gone));
    }

    #[test]
    fn an_invoker_who_lost_manage_server_cannot_confirm_but_can_cancel() {
        let prompts = prompts_with_one_open(1, true);
        let click = clicker(Some(GUILD), INVOKER, standing(false, &[]));
        assert!(matches!(
            prompts.claim(1, &click, true),
            Claim::NoLongerAllowed {
                lost: Lost::ManageServer,
                ..
            }
        ));
        assert!(matches!(prompts.claim(1, &click, false), Claim::Taken(_)));
    }

    #[test]
    fn an_invoker_whose_kill_role_is_gone_cannot_confirm_and_the_prompt_stays_open() {
        const KILLERS: u64 = 501;
        let prompts = prompts_with_one_open(1, false);
        let grants = Grants::new([(PowerAction::Kill, KILLERS)]);
        let click = Clicker {
            grants: &grants,
            ..clicker(Some(GUILD), INVOKER, standing(false, &[]))
        };
        assert!(matches!(
            prompts.claim(1, &click, true),
            Claim::NoLongerAllowed { guild: GUILD, lost: Lost::Roles(roles) } if roles == [KILLERS]
        ));
        let click = Clicker {
            grants: &grants,
            ..clicker(Some(GUILD), INVOKER, standing(false, &[KILLERS]))
        };
        assert!(matches!(prompts.claim(1, &click, true), Claim::Taken(_)));
    }

    #[test]
    fn racing_clicks_take_a_prompt_exactly_once() {
        let prompts = prompts_with_one_open(7, true);
        let taken: usize = std::thread::scope(|scope| {
            let handles: Vec<_> = (0..16)
                .map(|_| {
                    scope.spawn(|| {
                        let click = clicker(Some(GUILD), INVOKER, standing(true, &[]));
                        matches!(prompts.claim(7, &click, true), Claim::Taken(_))
                    })
                })
                .collect();
            handles
                .into_iter()
                .map(|h| usize::from(h.join().unwrap()))
                .sum()
        });
        assert_eq!(taken, 1);
    }
}
