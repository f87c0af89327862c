//! A click on a countdown's Abort button. Who may abort is checked on the click, from the
//! member the click carries: the member who asked (or made the schedule), a member with
//! Manage Server, or a holder of a role granted the countdown's action.

use poise::serenity_prelude as serenity;

use crate::countdown::{Aborted, Countdown};
use crate::domain::Standing;
use crate::replies;

use super::respond;

use super::click_answer::{answer_privately, update_message};
use super::countdown_board::abort_target;
use super::metered::{ABORT_BUTTON, AckClock};
use super::standing::standing;
use super::{CommandError, Data};

/// Answers a click on an Abort button; ignores every other component.
pub async fn on_click(
    ctx: &serenity::Context,
    click: &serenity::ComponentInteraction,
    data: &Data,
) -> Result<(), CommandError> {
    let Some(id) = abort_target(&click.data.custom_id) else {
        return Ok(());
    };
    let ack = AckClock::start(data.power.metrics(), ABORT_BUTTON);
    // The answers are the clicker's alone; the countdown itself reads the guild's language.
    let lang = respond::click_lang(click);
    let Some(guild) = click.guild_id.map(serenity::GuildId::get) else {
        return answer_privately(ctx, click, replies::countdown_gone(lang), &ack).await;
    };
    let countdown = match data.countdowns.get(id).await {
        Ok(Some(countdown)) if countdown.request.guild == guild => countdown,
        Ok(_) => return answer_privately(ctx, click, replies::countdown_gone(lang), &ack).await,
        Err(error) => {
            log_store_error(&error);
            return answer_privately(ctx, click, replies::store_failed(lang), &ack).await;
        }
    };
    let clicker = standing(guild, click.member.as_ref());
    let user = click.user.id.get();
    match may_abort(data, &countdown, user, &clicker).await {
        Ok(true) => {}
        Ok(false) => {
            let text = replies::countdown_abort_not_allowed(lang, countdown.request.action);
            return answer_privately(ctx, click, text, &ack).await;
        }
        Err(error) => {
            log_store_error(&error);
            return answer_privately(ctx, click, replies::store_failed(lang), &ack).await;
        }
    }
    let text = match data.countdowns.abort(id, user).await {
        Ok(Aborted::Now(countdown)) => {
            let public = respond::click_public_lang(click, &data.power).await;
            let text = replies::countdown_aborted(public, &countdown, user);
            return update_message(ctx, click, text, Vec::new(), &ack).await;
        }
        Ok(Aborted::Gone) => replies::countdown_gone(lang),
        Ok(Aborted::TooLate(action)) => replies::countdown_too_late(lang, action),
        Err(error) => {
            log_store_error(&error);
            replies::store_failed(lang)
        }
    };
    answer_privately(ctx, click, text, &ack).await
}

/// The member who asked, Manage Server, or a role granted the action. Unlike the commands,
/// no grants at all does not mean "everyone": the button is on a public message.
async fn may_abort(
    data: &Data,
    countdown: &Countdown,
    user: u64,
    clicker: &Standing,
) -> Result<bool, crate::store::StoreError> {
    if user == countdown.request.member || clicker.manages_guild {
        return Ok(true);
    }
    let grants = data.power.role_grants(countdown.request.guild).await?;
    let allowed = grants.roles_for(countdown.request.action);
    Ok(clicker.roles.iter().any(|role| allowed.contains(role)))
}

fn log_store_error(error: &crate::store::StoreError) {
    let error = error as &dyn std::error::Error;
    tracing::error!(error, "could not read a countdown for an Abort click");
}
