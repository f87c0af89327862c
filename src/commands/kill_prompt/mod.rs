//! The `/server kill` confirmation prompt: an ephemeral message with a red Kill button and
//! a Cancel button.
//!
//! Prompts live in a shared table rather than in a collector, so that every click gets an
//! answer, even a late one, a double one, or one on a prompt from before a restart, and so
//! that exactly one click can ever take a prompt. Each Kill click is checked again: the
//! clicker must still hold what they asked with, the guild's per-action role grants must
//! still let them kill, and the power guards (backoff, one action per server, member
//! cooldown) must let the kill through at that moment.

mod buttons;

use poise::serenity_prelude as serenity;
use serenity::Builder as _;

use crate::domain::{Grants, Via};
use crate::i18n::Lang;
use crate::power::{Claim, Clicker, CommandRefusal, PowerOutcome, PowerRequest, Prompt};
use crate::replies;

use super::click_answer::{answer_privately, update_message};
use super::metered::{AckClock, KILL_BUTTON};
use super::standing::{invoker, standing};
use super::{CommandError, Context, Data, heo, panel, respond};
use buttons::{Choice, buttons, parse_custom_id};

/// Shows the prompt for `request` and starts its expiry clock. Sends nothing to HEO.
pub async fn ask(ctx: Context<'_>, request: PowerRequest) -> Result<(), CommandError> {
    let data = ctx.data();
    let lang = respond::private_lang(ctx);
    if let Some(text) = refusal_before_prompt(lang, data, &request).await? {
        ctx.send(respond::private(text)).await?;
        return Ok(());
    }
    let prompt = ctx.id();
    let asked_managing_guild = standing(request.guild, invoker(ctx)).manages_guild;
    let server = open(
        data,
        prompt,
        request.clone(),
        asked_managing_guild,
        Via::Command,
    );
    let text = replies::kill_prompt(lang, &server, data.kill_prompts.timeout);
    let reply = respond::private(text).components(buttons(lang, prompt, false));
    if let Err(error) = ctx.send(reply).await {
        data.kill_prompts.remove(prompt);
        return Err(error.into());
    }
    if let poise::Context::Application(app) = ctx {
        let http = ctx.serenity_context().http.clone();
        let token = app.interaction.token.clone();
        expire_later(data, http, token, prompt, (lang, server));
    }
    Ok(())
}

/// The same prompt, opened by a panel's Kill button (`click`): the clicker alone sees it,
/// and it is re-checked with the panel's rule.
pub async fn ask_on_click(
    ctx: &serenity::Context,
    click: &serenity::ComponentInteraction,
    data: &Data,
    request: PowerRequest,
    asked_managing_guild: bool,
    ack: &AckClock,
) -> Result<(), CommandError> {
    let lang = respond::click_lang(click);
    if let Some(text) = refusal_before_prompt(lang, data, &request).await? {
        return answer_privately(ctx, click, text, ack).await;
    }
    let prompt = click.id.get();
    let server = open(data, prompt, request, asked_managing_guild, Via::Panel);
    let message = serenity::CreateInteractionResponseMessage::new()
        .content(replies::kill_prompt(
            lang,
            &server,
            data.kill_prompts.timeout,
        ))
        .components(buttons(lang, prompt, false))
        .ephemeral(true)
        .allowed_mentions(respond::no_pings());
    let response = serenity::CreateInteractionResponse::Message(message);
    if let Err(error) = click.create_response(&ctx.http, response).await {
        data.kill_prompts.remove(prompt);
        return Err(error.into());
    }
    ack.answered();
    let token = click.token.clone();
    expire_later(data, ctx.http.clone(), token, prompt, (lang, server));
    Ok(())
}

/// Why no prompt is shown for `request`, recorded: a kill that cannot be sent would only
/// waste the member's click.
async fn refusal_before_prompt(
    lang: Lang,
    data: &Data,
    request: &PowerRequest,
) -> Result<Option<String>, CommandError> {
    let refusal = if data.power.has_api_key(request.guild).await? {
        data.power.check(request).map(PowerOutcome::Refused)
    } else {
        Some(PowerOutcome::NoKey)
    };
    Ok(refusal.map(|outcome| {
        data.power.record(request, &outcome);
        replies::power_outcome(lang, request, &outcome)
    }))
}

/// Opens prompt `id` for `request`; returns the request, for the prompt's texts.
fn open(
    data: &Data,
    id: u64,
    request: PowerRequest,
    asked_managing_guild: bool,
    via: Via,
) -> PowerRequest {
    let server = request.clone();
    let prompt = Prompt {
        request,
        asked_managing_guild,
        via,
    };
    data.kill_prompts.insert(id, prompt);
    server
}

/// Closes prompt `id` when it expires unanswered, and says so on it (through the token of
/// the interaction that opened it), in the language it was shown in.
fn expire_later(
    data: &Data,
    http: std::sync::Arc<serenity::Http>,
    token: String,
    prompt: u64,
    (lang, server): (Lang, PowerRequest),
) {
    let prompts = data.kill_prompts.clone();
    let power = data.power.clone();
    tokio::spawn(async move {
        tokio::time::sleep(prompts.timeout).await;
        if prompts.remove(prompt) {
            power.record_refusal(&server, CommandRefusal::KillExpired);
            let edit = serenity::EditInteractionResponse::new()
                .content(replies::kill_expired(lang, &server))
                .components(buttons(lang, prompt, true))
                .allowed_mentions(respond::no_pings());
            if let Err(error) = edit.execute(&http, &token).await {
                tracing::warn!(%error, "could not mark an expired kill prompt");
            }
        }
    });
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
    // Every click gets exactly one answer below, through `answer_privately` or
    // `update_message`, which stop this clock.
    let ack = AckClock::start(data.power.metrics(), KILL_BUTTON);
    // The prompt and every answer to it are the clicker's alone.
    let lang = respond::click_lang(click);
    // Taken before the prompt is claimed: a click during shutdown leaves the prompt as it was.
    let Some(_running) = data.drain.enter() else {
        return answer_privately(ctx, click, replies::restarting(lang), &ack).await;
    };
    let guild = click.guild_id.map(serenity::GuildId::get);
    let confirm = choice == Choice::Confirm;
    let Some(grants) = grants_at_click(data, guild, confirm).await else {
        return answer_privately(ctx, click, replies::store_failed(lang), &ack).await;
    };
    let clicker = Clicker {
        guild,
        user: click.user.id.get(),
        // A click outside a guild is not the invoker's anyway (the claim says so first).
        standing: standing(guild.unwrap_or_default(), click.member.as_ref()),
        grants: &grants,
    };
    let request = match data.kill_prompts.claim(prompt, &clicker, confirm) {
        Claim::Taken(request) => request,
        Claim::NotYours => {
            return answer_privately(ctx, click, replies::kill_not_yours(lang), &ack).await;
        }
        Claim::NoLongerAllowed { guild, lost } => {
            let text = replies::kill_no_longer_allowed(lang, guild, &lost);
            return answer_privately(ctx, click, text, &ack).await;
        }
        Claim::Gone => {
            return answer_privately(ctx, click, replies::kill_prompt_gone(lang), &ack).await;
        }
    };
    if choice == Choice::Cancel {
        let text = replies::kill_cancelled(lang, &request);
        let done = buttons(lang, prompt, true);
        let answered = update_message(ctx, click, text, done, &ack).await;
        data.power
            .record_refusal(&request, CommandRefusal::KillCancelled);
        return answered;
    }
    // Checked now, when the kill would be sent, not when the prompt was shown.
    let admitted = match data.power.admit(&request) {
        Ok(admitted) => admitted,
        Err(refusal) => {
            let text = replies::refused(lang, &request, refusal);
            let done = buttons(lang, prompt, true);
            return update_message(ctx, click, text, done, &ack).await;
        }
    };
    // Acknowledge before the provider is called, as every command does.
    let text = replies::kill_sending(lang, &request);
    update_message(ctx, click, text, buttons(lang, prompt, true), &ack).await?;
    let outcome = data.power.send(admitted).await;
    // From a panel the outcome is the clicker's alone, and the panel shows the action;
    // otherwise the channel reads it.
    let outcome_lang = match request.panel {
        Some(_) => lang,
        None => respond::click_public_lang(click, &data.power).await,
    };
    let followup = serenity::CreateInteractionResponseFollowup::new()
        .content(heo::outcome_reply(outcome_lang, &data.power, &request, &outcome).await)
        .ephemeral(request.panel.is_some())
        .allowed_mentions(respond::no_pings());
    let answered = click.create_followup(&ctx.http, followup).await;
    if let Some(id) = &request.panel {
        panel::show_kill(&ctx.http, data, id, &request, outcome.recorded()).await;
    }
    answered?;
    Ok(())
}

/// The guild's role grants as they are at a Kill click, read before the claim (which holds a
/// lock and cannot wait): they decide, not those from when the prompt opened. A Cancel needs
/// none. `None` when the database cannot be read: the click is then refused.
async fn grants_at_click(data: &Data, guild: Option<u64>, confirm: bool) -> Option<Grants> {
    let Some(guild) = guild.filter(|_| confirm) else {
        return Some(Grants::EMPTY);
    };
    match data.power.role_grants(guild).await {
        Ok(grants) => Some(grants),
        Err(error) => {
            let error = &error as &dyn std::error::Error;
            tracing::error!(
                guild,
                error,
                "could not read the role grants for a kill click"
            );
            None
        }
    }
}
