//! Sentences for the audit channel, and the one line an entry makes there and in `/server
//! history`. Members are mentions (replies never ping), servers and outcome codes are code
//! spans; each code is followed by its explanation in the reader's language.

use crate::audit::CannotPost;
use crate::domain::{AuditEntry, Outcome};
use crate::i18n::Lang;
use crate::t;

use super::{code, emoji, mention, named, title};

/// One entry as posted to the audit channel, in the guild's language: the message's own
/// time says when.
pub fn audit_channel_line(lang: Lang, entry: &AuditEntry) -> String {
    audit_event(lang, entry)
}

pub(super) fn audit_event(lang: Lang, entry: &AuditEntry) -> String {
    t!(
        lang,
        "audit-line",
        member = mention(entry.member),
        via = via(lang, entry),
        emoji = emoji(entry.action),
        title = title(lang, entry.action),
        server = named(&entry.server, entry.name.as_deref()),
        outcome = audit_outcome(lang, entry.outcome, entry.http_status),
    )
}

/// Where the entry came from, when not from a command.
fn via(lang: Lang, entry: &AuditEntry) -> String {
    // A scheduled action names its schedule: its member made the schedule, and is not
    // necessarily around when it runs.
    let schedule = entry.schedule.map_or_else(String::new, |schedule| {
        t!(
            lang,
            "audit-via-schedule",
            schedule = code(&format!("#{schedule}"))
        )
    });
    // A click on a panel says so: anyone who sees the channel can press its public buttons,
    // so an admin reading the trail knows where to look.
    let panel = match entry.panel {
        Some(_) => t!(lang, "audit-via-panel"),
        None => String::new(),
    };
    schedule + &panel
}

/// The first line posted to a new audit channel (in the guild's language); posting it is
/// the check that the bot can.
pub fn audit_channel_greeting(lang: Lang, member: u64) -> String {
    t!(lang, "audit-channel-greeting", member = mention(member))
}

/// `/audit-channel channel:…` worked: the greeting is posted there.
pub fn audit_channel_set(lang: Lang, channel: u64) -> String {
    t!(
        lang,
        "audit-channel-set",
        channel = channel_mention(channel)
    )
}

/// `/audit-channel` with no channel: `previous` is where the lines went, if anywhere.
pub fn audit_channel_off(lang: Lang, previous: Option<u64>) -> String {
    match previous {
        Some(channel) => t!(
            lang,
            "audit-channel-off",
            channel = channel_mention(channel)
        ),
        None => t!(lang, "audit-channel-off-none"),
    }
}

/// The bot could not post its greeting in `channel`, so nothing was changed.
pub fn audit_channel_unpostable(lang: Lang, channel: u64, why: CannotPost) -> String {
    let channel = channel_mention(channel);
    match why {
        CannotPost::NotAllowed => {
            t!(
                lang,
                "audit-channel-unpostable-not-allowed",
                channel = channel
            )
        }
        CannotPost::Deleted | CannotPost::TakesNoMessages => {
            t!(lang, "audit-channel-unpostable-no-text", channel = channel)
        }
        CannotPost::DiscordFailed => {
            t!(
                lang,
                "audit-channel-unpostable-discord-failed",
                channel = channel
            )
        }
    }
}

/// The invoking member may not post in `channel` themselves, so the bot did not try.
pub fn audit_channel_member_cannot_post(lang: Lang, channel: u64) -> String {
    t!(
        lang,
        "audit-channel-member-cannot-post",
        channel = channel_mention(channel)
    )
}

fn channel_mention(channel: u64) -> String {
    format!("<#{channel}>")
}

/// The outcome's code, kept as the identifier it is, with its explanation.
fn audit_outcome(lang: Lang, outcome: Outcome, http_status: Option<u16>) -> String {
    let code = code(outcome.code());
    let why = explanation(lang, outcome);
    match (outcome, http_status) {
        (Outcome::Requested, _) => t!(lang, "audit-outcome-sent", code = code, why = why),
        // A status code is an identifier too: written as it is, never as a number with
        // separators.
        (_, Some(status)) => t!(
            lang,
            "audit-outcome-failed-http",
            code = code,
            status = status.to_string(),
            why = why,
        ),
        (_, None) => t!(lang, "audit-outcome-failed", code = code, why = why),
    }
}

/// What an outcome's code means, in a few words.
fn explanation(lang: Lang, outcome: Outcome) -> String {
    match outcome {
        Outcome::Requested => t!(lang, "audit-why-requested"),
        Outcome::NoKey => t!(lang, "audit-why-no-key"),
        Outcome::StoreFailed => t!(lang, "audit-why-store-failed"),
        Outcome::KeyUnreadable => t!(lang, "audit-why-key-unreadable"),
        Outcome::InProgress => t!(lang, "audit-why-in-progress"),
        Outcome::Cooldown => t!(lang, "audit-why-cooldown"),
        Outcome::BackingOff => t!(lang, "audit-why-backing-off"),
        Outcome::GuildBudget => t!(lang, "audit-why-guild-budget"),
        Outcome::BotBusy => t!(lang, "audit-why-bot-busy"),
        Outcome::NotPermitted => t!(lang, "audit-why-not-permitted"),
        Outcome::KillCancelled => t!(lang, "audit-why-kill-cancelled"),
        Outcome::KillExpired => t!(lang, "audit-why-kill-expired"),
        Outcome::CountingDown => t!(lang, "audit-why-counting-down"),
        Outcome::CountdownAborted => t!(lang, "audit-why-countdown-aborted"),
        Outcome::Missed => t!(lang, "audit-why-missed"),
        Outcome::ConfirmationRequired => t!(lang, "audit-why-confirmation-required"),
        Outcome::Unauthorized => t!(lang, "audit-why-unauthorized"),
        Outcome::Forbidden => t!(lang, "audit-why-forbidden"),
        Outcome::InsufficientScope => t!(lang, "audit-why-insufficient-scope"),
        Outcome::NotFound => t!(lang, "audit-why-not-found"),
        Outcome::MethodNotAllowed => t!(lang, "audit-why-method-not-allowed"),
        Outcome::RateLimited => t!(lang, "audit-why-rate-limited"),
        Outcome::ProviderError => t!(lang, "audit-why-provider-error"),
        Outcome::ProviderUnavailable => t!(lang, "audit-why-provider-unavailable"),
        Outcome::UnexpectedStatus => t!(lang, "audit-why-unexpected-status"),
        Outcome::UnreadableSuccess => t!(lang, "audit-why-unreadable-success"),
        Outcome::Timeout => t!(lang, "audit-why-timeout"),
        Outcome::Unreachable => t!(lang, "audit-why-unreachable"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{PanelId, PowerAction};

    const EN: Lang = Lang::ENGLISH;

    fn entry(outcome: Outcome, http_status: Option<u16>, name: Option<&str>) -> AuditEntry {
        AuditEntry {
            guild: 1,
            member: 42,
            server: "srv_1".to_owned(),
            name: name.map(str::to_owned),
            action: PowerAction::Restart,
            outcome,
            http_status,
            at: 1_700_000_000,
            schedule: None,
            panel: None,
        }
    }

    #[test]
    fn the_audit_channel_answers_name_the_channel_and_say_what_to_do() {
        assert_eq!(
            audit_channel_line(EN, &entry(Outcome::Requested, None, None)),
            "<@42> 🔄 Restart `srv_1`: ✅ `requested` (HEO accepted it)"
        );
        let scheduled = AuditEntry {
            schedule: Some(3),
            ..entry(Outcome::Requested, None, None)
        };
        assert_eq!(
            audit_channel_line(EN, &scheduled),
            "<@42> (schedule `#3`) 🔄 Restart `srv_1`: ✅ `requested` (HEO accepted it)"
        );
        assert!(audit_channel_set(EN, 7).contains("<#7>"));
        assert!(audit_channel_off(EN, Some(7)).contains("no longer posted in <#7>"));
        assert!(audit_channel_off(EN, None).contains("nothing changed"));
        let not_allowed = audit_channel_unpostable(EN, 7, CannotPost::NotAllowed);
        assert!(not_allowed.contains("**Send Messages**") && not_allowed.contains("<#7>"));
        let gone = audit_channel_unpostable(EN, 7, CannotPost::Deleted);
        assert!(gone.contains("does not exist"));
        let voice = audit_channel_unpostable(EN, 7, CannotPost::TakesNoMessages);
        assert!(voice.contains("takes no messages"));
        let failed = audit_channel_unpostable(EN, 7, CannotPost::DiscordFailed);
        assert!(failed.contains("Try again"));
    }

    #[test]
    fn an_action_a_panels_button_asked_for_is_marked_as_from_the_panel() {
        let from_panel = AuditEntry {
            panel: PanelId::parse("abcdefgh2345"),
            ..entry(Outcome::Requested, None, Some("mc"))
        };
        assert_eq!(
            audit_channel_line(EN, &from_panel),
            "<@42> (panel) 🔄 Restart **`mc`** (`srv_1`): ✅ `requested` (HEO accepted it)"
        );
    }

    #[test]
    fn an_outcome_code_stays_as_it_is_with_its_explanation_and_status() {
        let forbidden = audit_channel_line(EN, &entry(Outcome::Forbidden, Some(403), None));
        assert!(
            forbidden
                .ends_with(": ❌ `forbidden` (HTTP 403: the API key has no access to this server)"),
            "{forbidden}"
        );
        // In another language the code is the same identifier; only the explanation differs.
        let pseudo = audit_channel_line(Lang::pseudo(), &entry(Outcome::Cooldown, None, None));
        assert!(
            pseudo.contains("`cooldown`") && !pseudo.contains("cooldown was"),
            "{pseudo}"
        );
        for outcome in Outcome::ALL {
            let line = audit_channel_line(EN, &entry(outcome, None, None));
            assert!(line.contains(&format!("`{}` (", outcome.code())), "{line}");
        }
    }

    #[test]
    fn a_member_who_cannot_post_in_the_channel_is_told_so_and_nothing_changed() {
        let text = audit_channel_member_cannot_post(EN, 7);
        assert!(
            text.contains("You cannot post in <#7>")
                && text.contains("**Send Messages**")
                && text.contains("not changed"),
            "{text}"
        );
    }
}
