//! The `/server kill` confirmation prompt: an ephemeral message with a red Kill button and
//! a Cancel button.
//!
//! Prompts live in a shared table rather than in a collector, so that every click gets an
//! answer, even a late one, a double one, or one on a prompt from before a restart, and so
//! that exactly one click can ever take a prompt.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use poise::serenity_prelude as serenity;
use serenity::Builder as _;

use crate::power::{PowerOutcome, PowerRequest};
use crate::replies;

use super::{CommandError, Context, Data, respond};

/// Prefix of the buttons' custom IDs: `heo-kill:<choice>:<prompt id>`.
const CUSTOM_ID_PREFIX: &str = "heo-kill";

/// The open kill prompts, keyed by the ID of the `/server kill` interaction that asked.
#[derive(Clone)]
pub struct KillPrompts {
    timeout: Duration,
    open: Arc<Mutex<HashMap<u64, PowerRequest>>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Choice {
    Confirm,
    Cancel,
}

/// What a click may do with a prompt.
enum Claim {
    /// The clicker asked for this kill: the prompt is now theirs alone and closed.
    Taken(PowerRequest),
    /// Someone else clicked; the prompt stays open for its owner.
    NotYours,
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

    fn open(&self) -> MutexGuard<'_, HashMap<u64, PowerRequest>> {
        // The map holds plain data, so a panic elsewhere cannot leave it inconsistent.
        self.open.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Looks and removes under one lock, so a double click cannot take a prompt twice.
    fn claim(&self, prompt: u64, guild: Option<u64>, clicker: u64) -> Claim {
        let mut open = self.open();
        match open.get(&prompt) {
            None => Claim::Gone,
            Some(request) if Some(request.guild) != guild || request.member != clicker => {
                Claim::NotYours
            }
            Some(_) => open.remove(&prompt).map_or(Claim::Gone, Claim::Taken),
        }
    }
}

/// Shows the prompt for `request` and starts its expiry clock. Sends nothing to HEO.
pub async fn ask(ctx: Context<'_>, request: PowerRequest) -> Result<(), CommandError> {
    let data = ctx.data();
    // A prompt for a kill that cannot be sent would only waste the user's click.
    if !data.power.has_key(request.guild).await? {
        let text = replies::power_outcome(&request, &PowerOutcome::NoKey);
        ctx.send(respond::private(text)).await?;
        return Ok(());
    }
    let prompts = data.kill_prompts.clone();
    let prompt = ctx.id();
    let server = request.server.clone();
    prompts.open().insert(prompt, request);

    let reply = respond::private(replies::kill_prompt(&server, prompts.timeout))
        .components(buttons(prompt, false));
    if let Err(error) = ctx.send(reply).await {
        prompts.open().remove(&prompt);
        return Err(error.into());
    }
    if let poise::Context::Application(app) = ctx {
        let http = ctx.serenity_context().http.clone();
        let token = app.interaction.token.clone();
        tokio::spawn(async move {
            tokio::time::sleep(prompts.timeout).await;
            if prompts.open().remove(&prompt).is_some() {
                let edit = serenity::EditInteractionResponse::new()
                    .content(replies::kill_expired(&server))
                    .components(buttons(prompt, true));
                if let Err(error) = edit.execute(&http, &token).await {
                    tracing::warn!(%error, "could not mark an expired kill prompt");
                }
            }
        });
    }
    Ok(())
}

/// Answers a click on a kill prompt button; ignores every other component.
pub async fn on_click(
    ctx: &serenity::Context,
    click: &serenity::ComponentInteraction,
    data: &Data,
) -> Result<(), CommandError> {
    let Some((choice, prompt)) = parse_custom_id(&click.data.custom_id) else {
        return Ok(());
    };
    // Taken before the prompt is claimed: a click during shutdown leaves the prompt as it was.
    let Some(_running) = data.in_flight.enter() else {
        return answer_privately(ctx, click, replies::restarting()).await;
    };
    let guild = click.guild_id.map(serenity::GuildId::get);
    let request = match data.kill_prompts.claim(prompt, guild, click.user.id.get()) {
        Claim::Taken(request) => request,
        Claim::NotYours => return answer_privately(ctx, click, replies::kill_not_yours()).await,
        Claim::Gone => return answer_privately(ctx, click, replies::kill_prompt_gone()).await,
    };
    if choice == Choice::Cancel {
        return update_prompt(ctx, click, prompt, replies::kill_cancelled(&request.server)).await;
    }
    // Acknowledge before the provider is called, as every command does.
    update_prompt(ctx, click, prompt, replies::kill_sending(&request.server)).await?;
    let outcome = data.power.perform(&request).await;
    let followup = serenity::CreateInteractionResponseFollowup::new()
        .content(replies::power_outcome(&request, &outcome))
        .allowed_mentions(serenity::CreateAllowedMentions::new());
    click.create_followup(&ctx.http, followup).await?;
    Ok(())
}

async fn update_prompt(
    ctx: &serenity::Context,
    click: &serenity::ComponentInteraction,
    prompt: u64,
    text: String,
) -> Result<(), CommandError> {
    let message = serenity::CreateInteractionResponseMessage::new()
        .content(text)
        .components(buttons(prompt, true));
    click
        .create_response(
            &ctx.http,
            serenity::CreateInteractionResponse::UpdateMessage(message),
        )
        .await?;
    Ok(())
}

async fn answer_privately(
    ctx: &serenity::Context,
    click: &serenity::ComponentInteraction,
    text: String,
) -> Result<(), CommandError> {
    let message = serenity::CreateInteractionResponseMessage::new()
        .content(text)
        .ephemeral(true)
        .allowed_mentions(serenity::CreateAllowedMentions::new());
    click
        .create_response(
            &ctx.http,
            serenity::CreateInteractionResponse::Message(message),
        )
        .await?;
    Ok(())
}

fn buttons(prompt: u64, disabled: bool) -> Vec<serenity::CreateActionRow> {
    let button = |choice: &str, label: &str, style| {
        serenity::CreateButton::new(format!("{CUSTOM_ID_PREFIX}:{choice}:{prompt}"))
            .label(label)
            .style(style)
            .disabled(disabled)
    };
    vec![serenity::CreateActionRow::Buttons(vec![
        button(
            "confirm",
            replies::KILL_CONFIRM_LABEL,
            serenity::ButtonStyle::Danger,
        ),
        button(
            "cancel",
            replies::KILL_CANCEL_LABEL,
            serenity::ButtonStyle::Secondary,
        ),
    ])]
}

fn parse_custom_id(custom_id: &str) -> Option<(Choice, u64)> {
    let mut parts = custom_id.split(':');
    if parts.next()? != CUSTOM_ID_PREFIX {
        return None;
    }
    let choice = match parts.next()? {
        "confirm" => Choice::Confirm,
        "cancel" => Choice::Cancel,
        _ => return None,
    };
    let prompt = parts.next()?.parse().ok()?;
    parts.next().is_none().then_some((choice, prompt))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::heo::{PowerAction, ServerId};

    const GUILD: u64 = 10;
    const INVOKER: u64 = 20;

    fn prompts_with_one_open(prompt: u64) -> KillPrompts {
        let prompts = KillPrompts::new(Duration::from_secs(60));
        let request = PowerRequest {
            guild: GUILD,
            member: INVOKER,
            server: ServerId::parse("srv_1").unwrap(),
            action: PowerAction::Kill,
        };
        prompts.open().insert(prompt, request);
        prompts
    }

    #[test]
    fn a_prompt_can_be_taken_once_and_only_by_its_invoker_in_its_guild() {
        let prompts = prompts_with_one_open(1);
        assert!(matches!(prompts.claim(1, Some(GUILD), 99), Claim::NotYours));
        assert!(matches!(
            prompts.claim(1, Some(99), INVOKER),
            Claim::NotYours
        ));
        assert!(matches!(prompts.claim(1, None, INVOKER), Claim::NotYours));
        assert!(matches!(
            prompts.claim(1, Some(GUILD), INVOKER),
            Claim::Taken(_)
        ));
        assert!(matches!(
            prompts.claim(1, Some(GUILD), INVOKER),
            Claim::Gone
        ));
        assert!(matches!(
            prompts.claim(2, Some(GUILD), INVOKER),
            Claim::Gone
        ));
    }

    #[test]
    fn racing_clicks_take_a_prompt_exactly_once() {
        let prompts = prompts_with_one_open(7);
        let taken: usize = std::thread::scope(|scope| {
            let handles: Vec<_> = (0..16)
                .map(|_| {
                    scope
                        .spawn(|| matches!(prompts.claim(7, Some(GUILD), INVOKER), Claim::Taken(_)))
                })
                .collect();
            handles
                .into_iter()
                .map(|h| usize::from(h.join().unwrap()))
                .sum()
        });
        assert_eq!(taken, 1);
    }

    #[test]
    fn only_the_prompts_own_custom_ids_are_read() {
        assert_eq!(
            parse_custom_id("heo-kill:confirm:42"),
            Some((Choice::Confirm, 42))
        );
        assert_eq!(
            parse_custom_id("heo-kill:cancel:42"),
            Some((Choice::Cancel, 42))
        );
        for other in [
            "heo-kill:confirm",
            "heo-kill:other:1",
            "x:confirm:1",
            "heo-kill:cancel:1:2",
        ] {
            assert_eq!(parse_custom_id(other), None);
        }
    }
}
