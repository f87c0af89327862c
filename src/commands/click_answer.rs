//! The two ways a button click is answered: the clicked message changes, or the clicker alone
//! reads a sentence. Each answer stops the click's acknowledgement clock.

use poise::serenity_prelude as serenity;

use super::metered::AckClock;
use super::{CommandError, respond};

/// Replaces the clicked message's text and buttons (`components`, none to remove them).
pub async fn update_message(
    ctx: &serenity::Context,
    click: &serenity::ComponentInteraction,
    text: String,
    components: Vec<serenity::CreateActionRow>,
    ack: &AckClock,
) -> Result<(), CommandError> {
    let message = serenity::CreateInteractionResponseMessage::new()
        .content(text)
        .components(components)
        .allowed_mentions(respond::no_pings());
    let response = serenity::CreateInteractionResponse::UpdateMessage(message);
    click.create_response(&ctx.http, response).await?;
    ack.answered();
    Ok(())
}

/// Answers the clicker privately; the clicked message stays as it was.
pub async fn answer_privately(
    ctx: &serenity::Context,
    click: &serenity::ComponentInteraction,
    text: String,
    ack: &AckClock,
) -> Result<(), CommandError> {
    let message = serenity::CreateInteractionResponseMessage::new()
        .content(text)
        .ephemeral(true)
        .allowed_mentions(respond::no_pings());
    let response = serenity::CreateInteractionResponse::Message(message);
    click.create_response(&ctx.http, response).await?;
    ack.answered();
    Ok(())
}
