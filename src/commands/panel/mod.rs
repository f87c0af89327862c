//! `/server panel`: a public message in the channel with Start, Stop, Restart and Kill
//! buttons for one game server, posted and edited with the bot's own client (a panel lives
//! for months; an interaction's token for 15 minutes). Clicks are `click`'s business.

mod buttons;
mod click;

use poise::serenity_prelude as serenity;

use crate::audit::now_unix;
use crate::domain::{Outcome, Panel, PanelId, PanelWarning};
use crate::i18n::Lang;
use crate::power::PowerRequest;
use crate::replies;

use super::discord_error::DiscordError;
use super::{CommandError, Context, complete, countdown, respond};

pub use buttons::parse_custom_id as panel_button;
pub use click::on_click;

/// The most panels one guild may have: each is a row the bot keeps until it is replaced or
/// removed (a deleted message's row stays until then, as the bot does not read messages).
const MAX_PANELS_PER_GUILD: u64 = 50;

/// Post buttons for a game server in this channel, or remove them.
#[poise::command(
    slash_command,
    guild_only,
    rename = "panel",
    required_permissions = "MANAGE_GUILD"
)]
pub async fn server_panel(
    ctx: Context<'_>,
    #[description = "Server name, or ID as shown in the HEO dashboard, e.g. srv_123"]
    #[autocomplete = "complete::servers"]
    #[max_length = 100]
    server: String,
    #[description = "Stop and Restart warn the players first for this long, e.g. 5m (up to 1h)"]
    #[max_length = 20]
    warn: Option<String>,
    #[description = "What the players are told with the warnings, e.g. Back in 5 minutes!"]
    #[max_length = 200]
    message: Option<String>,
    #[description = "Remove this server's panel from this channel instead"] remove: Option<bool>,
) -> Result<(), CommandError> {
    let Some(guild) = respond::guild_or_refuse(ctx).await? else {
        return Ok(());
    };
    let warning = match warn
        .as_deref()
        .map(|warn| countdown::typed(respond::private_lang(ctx), warn, message.as_deref()))
    {
        None => None,
        Some(Ok((period, message))) => Some(PanelWarning { period, message }),
        Some(Err(refusal)) => return say(ctx, refusal).await,
    };
    // The answers are the invoker's alone; the panel is the channel's.
    let lang = respond::private_lang(ctx);
    let power = &ctx.data().power;
    let target = match power.resolve(guild, &server).await {
        Ok(target) => target,
        Err(reason) => return say(ctx, replies::invalid_server_id(lang, reason)).await,
    };
    // Acknowledged before the database and Discord are asked.
    ctx.defer_ephemeral().await?;
    let (channel, member) = (ctx.channel_id().get(), ctx.author().id.get());
    let http = &ctx.serenity_context().http;
    let public = respond::public_lang(ctx).await;
    if remove == Some(true) {
        let removed = power.remove_panels(guild, channel, &target.id).await?;
        for panel in &removed {
            let (server, name) = (panel.server.as_str(), panel.name.as_deref());
            let text = replies::panel_removed(public, server, name, member);
            retire(http, public, panel, text).await;
        }
        let (server, name) = (target.id.as_str(), target.name.as_deref());
        let text = match removed.len() {
            0 => replies::panel_none_to_remove(lang, server, name),
            count => replies::panel_removed_reply(lang, server, name, count),
        };
        return say(ctx, text).await;
    }
    if power.count_panels(guild).await? >= MAX_PANELS_PER_GUILD {
        return say(ctx, replies::panel_limit(lang, MAX_PANELS_PER_GUILD)).await;
    }
    let id = PanelId::generate();
    let text = replies::panel(
        public,
        target.id.as_str(),
        target.name.as_deref(),
        warning.as_ref(),
        None,
    );
    let create = serenity::CreateMessage::new()
        .content(text)
        .components(buttons::buttons(public, &id, false))
        .allowed_mentions(respond::no_pings());
    let posted = match serenity::ChannelId::new(channel)
        .send_message(http, create)
        .await
    {
        Ok(posted) => posted,
        Err(error) if cannot_post_here(DiscordError::of(&error)) => {
            tracing::info!(guild, channel, %error, "could not post a panel");
            return say(ctx, replies::panel_cannot_post(lang)).await;
        }
        Err(error) => return Err(error.into()),
    };
    let panel = Panel {
        id,
        guild,
        channel,
        message: posted.id.get(),
        server: target.id,
        name: target.name,
        posted_by: member,
        warning,
    };
    let replaced = match power.add_panel(&panel).await {
        Ok(replaced) => replaced,
        Err(error) => {
            // A panel the bot cannot find again would only answer "no longer works".
            let _ = posted.delete(http).await;
            return Err(error.into());
        }
    };
    let link = replies::message_url(guild, channel, panel.message);
    for old in &replaced {
        let (server, name) = (old.server.as_str(), old.name.as_deref());
        let text = replies::panel_replaced(public, server, name, &link);
        retire(http, public, old, text).await;
    }
    let grants = power.role_grants(guild).await?;
    let text = replies::panel_posted(
        lang,
        guild,
        panel.server.as_str(),
        panel.name.as_deref(),
        &link,
        &grants,
        replaced.len(),
    );
    say(ctx, text).await
}

/// Whether the panel's message, or its whole channel, was deleted.
fn is_gone(error: DiscordError) -> bool {
    matches!(
        error,
        DiscordError::UnknownMessage | DiscordError::UnknownChannel
    )
}

/// Whether Discord's refusal to post means the bot may not post in this channel (rather
/// than Discord failing).
fn cannot_post_here(error: DiscordError) -> bool {
    matches!(
        error,
        DiscordError::NotAllowed | DiscordError::NotATextChannel | DiscordError::UnknownChannel
    )
}

async fn say(ctx: Context<'_>, text: String) -> Result<(), CommandError> {
    ctx.send(respond::private(text)).await?;
    Ok(())
}

/// Shows on the panel what its last click asked for and what came of it (`recorded`). A
/// panel whose message (or channel) is gone is forgotten; any other failure is only logged:
/// the clicker has their answer already.
pub async fn show_last_action(
    http: &serenity::Http,
    data: &super::Data,
    panel: &Panel,
    request: &PowerRequest,
    recorded: Outcome,
) {
    let at = now_unix();
    let last = |lang| replies::panel_last_action(lang, request, recorded, at);
    show_last(http, data, panel, last).await;
}

/// Shows `last` (written in the language it is given) as the panel's last action. The
/// whole panel is written again in the guild's language as it is now, so a `/language set`
/// shows at its next click.
pub async fn show_last(
    http: &serenity::Http,
    data: &super::Data,
    panel: &Panel,
    last: impl FnOnce(Lang) -> String,
) {
    let lang = data.power.guild_language(panel.guild).await;
    let text = replies::panel(
        lang,
        panel.server.as_str(),
        panel.name.as_deref(),
        panel.warning.as_ref(),
        Some(&last(lang)),
    );
    // Without components: the buttons stay as they are, so this edit cannot bring a panel
    // retired meanwhile back to life.
    let edit = serenity::EditMessage::new().content(text);
    match edit_panel(http, panel, edit).await {
        Ok(Shown::Yes) => {}
        Ok(Shown::Gone) => {
            let _ = data.power.forget_panel(&panel.id).await;
        }
        Err(error) => {
            tracing::warn!(panel = %panel.id, %error, "could not show a panel's last action");
        }
    }
}

/// [`show_last_action`] for panel `id` after a kill confirmed on the prompt its Kill button
/// opened, if the panel is still there.
pub async fn show_kill(
    http: &serenity::Http,
    data: &super::Data,
    id: &PanelId,
    request: &PowerRequest,
    recorded: Outcome,
) {
    match data.power.panel(id).await {
        Ok(Some(panel)) => show_last_action(http, data, &panel, request, recorded).await,
        Ok(None) => {}
        Err(error) => {
            let error = &error as &dyn std::error::Error;
            tracing::warn!(panel = %id, error, "could not read a panel to show its kill");
        }
    }
}

/// Disables a panel's buttons (labelled in `lang`, the guild's) and says why (`text`). A
/// message deleted meanwhile needs nothing more.
async fn retire(http: &serenity::Http, lang: Lang, panel: &Panel, text: String) {
    let edit = serenity::EditMessage::new()
        .content(text)
        .components(buttons::buttons(lang, &panel.id, true));
    if let Err(error) = edit_panel(http, panel, edit).await {
        tracing::warn!(panel = %panel.id, %error, "could not retire a panel");
    }
}

/// Whether an edit reached the panel's message.
enum Shown {
    Yes,
    /// The message, or its whole channel, was deleted.
    Gone,
}

/// Edits the panel's message with `edit` (never pinging anyone).
async fn edit_panel(
    http: &serenity::Http,
    panel: &Panel,
    edit: serenity::EditMessage,
) -> Result<Shown, serenity::Error> {
    let edit = edit.allowed_mentions(respond::no_pings());
    let edited = serenity::ChannelId::new(panel.channel)
        .edit_message(http, serenity::MessageId::new(panel.message), edit)
        .await;
    match edited {
        Ok(_) => Ok(Shown::Yes),
        Err(error) if is_gone(DiscordError::of(&error)) => Ok(Shown::Gone),
        Err(error) => Err(error),
    }
}
