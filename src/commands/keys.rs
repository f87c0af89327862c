//! `/link-key` (through a modal, so the key never sits in the command history) and
//! `/unlink-key`.

use std::time::Duration;

use poise::serenity_prelude as serenity;
use secrecy::SecretString;

use crate::i18n::Lang;
use crate::replies;

use super::{ApplicationContext, CommandError, respond};

/// Discord keeps an interaction token alive for 15 minutes; a later submit cannot be answered.
const MODAL_TIMEOUT: Duration = Duration::from_secs(15 * 60);
const KEY_INPUT_ID: &str = "heo-api-key";
/// Generous: HEO does not document the key format, only that it is a bearer token.
const MAX_KEY_LEN: u16 = 512;

/// Link this Discord server's HEO API key (opens a private form).
#[poise::command(
    slash_command,
    rename = "link-key",
    guild_only,
    default_member_permissions = "MANAGE_GUILD",
    required_permissions = "MANAGE_GUILD"
)]
pub async fn link_key(ctx: ApplicationContext<'_>) -> Result<(), CommandError> {
    let Some(guild) = respond::guild_or_refuse(poise::Context::Application(ctx)).await? else {
        return Ok(());
    };
    // The form and every answer to it are private: the invoker's language, as the form
    // was shown in.
    let lang = respond::private_lang(ctx.into());
    let Some(submit) = ask_for_key(ctx, lang).await? else {
        return Ok(());
    };
    // Acknowledged before the write: with the database locked, a write waits up to the
    // store's busy timeout, longer than the 3 s Discord gives a submit to be answered.
    submit.defer_ephemeral(ctx.serenity_context()).await?;
    let text = match read_key(&submit) {
        // Checked again on the submit: the form stays open up to 15 minutes, and the member
        // may have lost Manage Server meanwhile (the command's own check was at the open).
        Some(_) if !may_manage_server(&submit) => {
            tracing::info!(
                guild,
                "a /link-key form was submitted without Manage Server"
            );
            replies::key_form_needs_manage_server(lang)
        }
        Some(key) => {
            let member = submit.user.id.get();
            match ctx.data().power.link_api_key(guild, &key, member).await {
                Ok(outcome) => {
                    replies::key_linked(lang, outcome, replies::key_hint(&key).as_deref())
                }
                // Answered on the form's submit, not through `on_error`: that would follow up
                // on the command and leave the submitted form failing in the user's client.
                Err(error) => {
                    tracing::error!(
                        guild,
                        error = &error as &dyn std::error::Error,
                        "could not store the API key"
                    );
                    replies::store_failed(lang)
                }
            }
        }
        None => replies::key_malformed(lang),
    };
    let answer = serenity::EditInteractionResponse::new()
        .content(text)
        .allowed_mentions(respond::no_pings());
    submit.edit_response(ctx.serenity_context(), answer).await?;
    Ok(())
}

/// Remove this Discord server's HEO API key.
#[poise::command(
    slash_command,
    rename = "unlink-key",
    guild_only,
    default_member_permissions = "MANAGE_GUILD",
    required_permissions = "MANAGE_GUILD"
)]
pub async fn unlink_key(ctx: ApplicationContext<'_>) -> Result<(), CommandError> {
    let ctx = poise::Context::Application(ctx);
    let Some(guild) = respond::guild_or_refuse(ctx).await? else {
        return Ok(());
    };
    // Acknowledged before the write, as `/link-key` does.
    ctx.defer_ephemeral().await?;
    let removed = ctx
        .data()
        .power
        .unlink_api_key(guild, ctx.author().id.get())
        .await?;
    let text = replies::key_unlinked(respond::private_lang(ctx), removed);
    ctx.send(respond::private(text)).await?;
    Ok(())
}

/// Opens the modal (it must be the command's first response) and waits for its submit.
async fn ask_for_key(
    ctx: ApplicationContext<'_>,
    lang: Lang,
) -> Result<Option<serenity::ModalInteraction>, CommandError> {
    let custom_id = format!("heo-link-key:{}", ctx.interaction.id);
    let form = replies::key_form(lang);
    let input =
        serenity::CreateInputText::new(serenity::InputTextStyle::Short, form.label, KEY_INPUT_ID)
            .placeholder(form.placeholder)
            .min_length(1)
            .max_length(MAX_KEY_LEN)
            .required(true);
    let modal = serenity::CreateModal::new(&custom_id, form.title)
        .components(vec![serenity::CreateActionRow::InputText(input)]);
    ctx.interaction
        .create_response(
            ctx.serenity_context(),
            serenity::CreateInteractionResponse::Modal(modal),
        )
        .await?;
    ctx.has_sent_initial_response
        .store(true, std::sync::atomic::Ordering::SeqCst);

    let author = ctx.interaction.user.id;
    let submit = serenity::ModalInteractionCollector::new(ctx.serenity_context())
        .filter(move |m| m.data.custom_id == custom_id && m.user.id == author)
        .timeout(MODAL_TIMEOUT)
        .await;
    if submit.is_none() {
        tracing::debug!("a /link-key form was closed or timed out unsubmitted");
    }
    Ok(submit)
}

/// Whether the member who submitted the form holds Manage Server now (Administrator
/// implies it: Discord sends a member's computed permissions with every interaction).
fn may_manage_server(submit: &serenity::ModalInteraction) -> bool {
    let permissions = submit.member.as_ref().and_then(|member| member.permissions);
    permissions.is_some_and(|p| p.manage_guild() || p.administrator())
}

/// The key typed into the modal, if it can be one: not empty, no spaces or control characters.
fn read_key(submit: &serenity::ModalInteraction) -> Option<SecretString> {
    let value = submit
        .data
        .components
        .iter()
        .flat_map(|row| &row.components)
        .find_map(|component| match component {
            serenity::ActionRowComponent::InputText(input) if input.custom_id == KEY_INPUT_ID => {
                input.value.as_deref()
            }
            _ => None,
        })?
        .trim();
    let usable = !value.is_empty() && !value.chars().any(|c| c.is_whitespace() || c.is_control());
    usable.then(|| SecretString::from(value.to_owned()))
}
