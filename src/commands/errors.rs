//! What users see when a command fails: a sentence from `replies`, never an error's text.
//! The cause chain goes to the log.

use poise::FrameworkError;
use poise::serenity_prelude as serenity;

use crate::i18n::Lang;
use crate::replies;

use super::{CommandError, Data, respond};

pub async fn on_error(error: FrameworkError<'_, Data, CommandError>) {
    super::metered::failed(&error);
    // The failure is answered privately, so in the invoker's language.
    let lang = error.ctx().map_or(Lang::ENGLISH, respond::private_lang);
    let text = match &error {
        FrameworkError::Command {
            error: CommandError::ShuttingDown,
            ctx,
            ..
        }
        | FrameworkError::CommandCheckFailed {
            error: Some(CommandError::ShuttingDown),
            ctx,
            ..
        } => {
            tracing::info!(command = %ctx.command().qualified_name, "refused: shutting down");
            replies::restarting(lang)
        }
        FrameworkError::CommandCheckFailed {
            error: Some(CommandError::GuildNotServed),
            ctx,
            ..
        } => {
            tracing::info!(
                command = %ctx.command().qualified_name,
                guild = ctx.guild_id().map(serenity::GuildId::get),
                "refused: the guild is not in ALLOWED_GUILDS"
            );
            replies::guild_not_served(lang)
        }
        FrameworkError::Command { error, ctx, .. } => {
            tracing::error!(
                command = %ctx.command().qualified_name,
                error = error as &dyn std::error::Error,
                "command failed"
            );
            match error {
                CommandError::Store(_) => replies::store_failed(lang),
                CommandError::Discord(_) => replies::internal_error(lang),
                CommandError::ShuttingDown => replies::restarting(lang),
                CommandError::GuildNotServed => replies::guild_not_served(lang),
            }
        }
        FrameworkError::CommandPanic { payload, ctx, .. } => {
            tracing::error!(command = %ctx.command().qualified_name, ?payload, "command panicked");
            replies::internal_error(lang)
        }
        FrameworkError::ArgumentParse { error, ctx, .. } => {
            tracing::warn!(command = %ctx.command().qualified_name, %error, "unreadable options");
            replies::bad_arguments(lang)
        }
        FrameworkError::CommandStructureMismatch { description, .. } => {
            tracing::warn!(
                description,
                "command structure mismatch: re-register commands"
            );
            replies::bad_arguments(lang)
        }
        FrameworkError::SubcommandRequired { .. } => replies::bad_arguments(lang),
        FrameworkError::MissingUserPermissions { .. } => replies::needs_manage_server(lang),
        FrameworkError::GuildOnly { .. } => replies::guild_only(lang),
        FrameworkError::UnknownInteraction {
            framework,
            interaction,
            ..
        } => {
            tracing::warn!(name = %interaction.data.name, "interaction for an unknown command");
            answer_unknown(framework.serenity_context, interaction).await;
            return;
        }
        // Already logged where it happened, in `framework`'s setup.
        FrameworkError::Setup { .. } => return,
        FrameworkError::EventHandler { error, event, .. } => {
            tracing::error!(
                event = event.snake_case_name(),
                error = error as &dyn std::error::Error,
                "event handler failed"
            );
            return;
        }
        other => {
            tracing::error!(error = %other, "framework error");
            if other.ctx().is_none() {
                return;
            }
            replies::internal_error(lang)
        }
    };
    let Some(ctx) = error.ctx() else {
        return;
    };
    let sent = match ctx {
        // Discord takes only choices in answer to typing: none, rather than a message.
        poise::Context::Application(app)
            if app.interaction_type == poise::CommandInteractionType::Autocomplete =>
        {
            no_choices(app).await
        }
        _ => ctx.send(respond::private(text)).await.map(drop),
    };
    if let Err(send_error) = sent {
        tracing::warn!(error = %send_error, "could not send an error reply");
    }
}

/// Answers an autocomplete request (refused by a check, say) with no choices.
async fn no_choices(app: super::ApplicationContext<'_>) -> Result<(), serenity::Error> {
    let response = serenity::CreateInteractionResponse::Autocomplete(
        serenity::CreateAutocompleteResponse::new(),
    );
    app.interaction
        .create_response(app.serenity_context(), response)
        .await
}

/// A command Discord still lists but this bot no longer has: answer instead of timing out.
async fn answer_unknown(ctx: &serenity::Context, interaction: &serenity::CommandInteraction) {
    let lang = Lang::for_discord(Some(&interaction.locale));
    let message = serenity::CreateInteractionResponseMessage::new()
        .content(replies::bad_arguments(lang))
        .ephemeral(true)
        .allowed_mentions(respond::no_pings());
    let response = serenity::CreateInteractionResponse::Message(message);
    if let Err(error) = interaction.create_response(&ctx.http, response).await {
        tracing::warn!(%error, "could not answer an unknown command");
    }
}
