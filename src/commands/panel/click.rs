//! A click on a panel's button. The custom ID names a panel and an action and nothing more:
//! the panel is looked up, the click must come from its guild, channel and message, and the
//! member is checked at every click with the panel's rule (Manage Server, or a role granted
//! the action), then every power guard, as for a command. Kill opens the private prompt.

use poise::serenity_prelude as serenity;

use crate::domain::{Panel, PanelId, PowerAction, Verdict};
use crate::power::{CommandRefusal, PowerRequest};
use crate::replies;
use crate::store::StoreError;

use super::super::click_answer::answer_privately;
use super::super::metered::{AckClock, PANEL_BUTTON};
use super::super::standing::standing;
use super::super::{CommandError, Data, allowed_guilds, countdown, heo, kill_prompt, respond};
use super::{show_last, show_last_action};

/// Answers a click on a panel's button (`panel`, `action`: read from its custom ID).
pub async fn on_click(
    ctx: &serenity::Context,
    click: &serenity::ComponentInteraction,
    data: &Data,
    (panel, action): (PanelId, PowerAction),
) -> Result<(), CommandError> {
    // Every path below answers once, through `answer_privately` or the deferral.
    let ack = AckClock::start(data.power.metrics(), PANEL_BUTTON);
    // What the clicker alone reads; the panel itself reads the guild's language.
    let lang = respond::click_lang(click);
    let Some(_running) = data.drain.enter() else {
        return answer_privately(ctx, click, replies::restarting(lang), &ack).await;
    };
    if !allowed_guilds::serves(data, click.guild_id) {
        return answer_privately(ctx, click, replies::guild_not_served(lang), &ack).await;
    }
    let panel = match panel_clicked(data, click, &panel).await {
        Ok(Some(panel)) => panel,
        Ok(None) => return answer_privately(ctx, click, replies::panel_gone(lang), &ack).await,
        Err(error) => {
            log_store_error(&error, "could not read a panel for a click");
            return answer_privately(ctx, click, replies::store_failed(lang), &ack).await;
        }
    };
    let guild = panel.guild;
    // So that the panel, re-rendered below, reads the server's current Discord language.
    data.power
        .note_guild_locale(guild, click.guild_locale.as_deref());
    let member = click.user.id.get();
    let standing = standing(guild, click.member.as_ref());
    let request = PowerRequest {
        guild,
        member,
        server: panel.server.clone(),
        name: panel.name.clone(),
        action,
        schedule: None,
        panel: Some(panel.id.clone()),
    };
    match data
        .power
        .permits_click(guild, action, member, &standing)
        .await
    {
        Ok(Verdict::Allowed) => {}
        Ok(Verdict::Refused { roles }) => {
            data.power
                .record_refusal(&request, CommandRefusal::NotPermitted);
            let text = replies::panel_not_permitted(lang, guild, action, &roles);
            return answer_privately(ctx, click, text, &ack).await;
        }
        Err(error) => {
            log_store_error(&error, "could not read the role grants for a panel click");
            return answer_privately(ctx, click, replies::store_failed(lang), &ack).await;
        }
    }
    if let Some(name) = &panel.name
        && !still_named(data, &panel, name).await
    {
        let text = replies::panel_server_removed(lang, name);
        return answer_privately(ctx, click, text, &ack).await;
    }
    if action == PowerAction::Kill {
        let asked_managing_guild = standing.manages_guild;
        return kill_prompt::ask_on_click(ctx, click, data, request, asked_managing_guild, &ack)
            .await;
    }
    if let Some(warning) = panel.warning.clone().filter(|_| warns(action)) {
        // Posting the countdown and storing it can take longer than Discord's 3 s.
        click.defer_ephemeral(&ctx.http).await?;
        ack.answered();
        let (period, message) = (warning.period, warning.message);
        let begun =
            countdown::begin(data, lang, request.clone(), period, message, panel.channel).await;
        let answer = serenity::EditInteractionResponse::new()
            .content(begun.text)
            .allowed_mentions(respond::no_pings());
        let answered = click.edit_response(&ctx.http, answer).await;
        if let Some(countdown) = begun.countdown {
            let (now, due) = (crate::audit::now_unix(), countdown.action_at());
            let last = |guild_lang| replies::panel_countdown_begun(guild_lang, &request, now, due);
            show_last(&ctx.http, data, &panel, last).await;
        }
        answered?;
        return Ok(());
    }
    let admitted = match data.power.admit(&request) {
        Ok(admitted) => admitted,
        // Private, like a command's: a member mashing a button must not churn the panel.
        Err(refusal) => {
            let text = replies::refused(lang, &request, refusal);
            return answer_privately(ctx, click, text, &ack).await;
        }
    };
    // Acknowledged before the provider is called, privately ("thinking…" to the clicker).
    click.defer_ephemeral(&ctx.http).await?;
    ack.answered();
    let outcome = data.power.send(admitted).await;
    let text = heo::outcome_reply(lang, &data.power, &request, &outcome).await;
    let answer = serenity::EditInteractionResponse::new()
        .content(text)
        .allowed_mentions(respond::no_pings());
    let answered = click.edit_response(&ctx.http, answer).await;
    show_last_action(&ctx.http, data, &panel, &request, outcome.recorded()).await;
    answered?;
    Ok(())
}

/// Whether a panel's warning applies to `action`: Start needs none, and Kill has its prompt
/// (a warned kill is `/server kill … warn:`'s).
fn warns(action: PowerAction) -> bool {
    matches!(action, PowerAction::Stop | PowerAction::Restart)
}

/// The panel `id` when this click is on its message in its guild; `None` when the bot does
/// not know it (retired, or never posted here) or the button sits elsewhere (a custom ID
/// crafted to name another guild's panel).
async fn panel_clicked(
    data: &Data,
    click: &serenity::ComponentInteraction,
    id: &PanelId,
) -> Result<Option<Panel>, StoreError> {
    let found = data.power.panel(id).await?;
    let here = found.filter(|panel| {
        click.guild_id.map(serenity::GuildId::get) == Some(panel.guild)
            && click.channel_id.get() == panel.channel
            && click.message.id.get() == panel.message
    });
    if here.is_none() {
        let guild = click.guild_id.map(serenity::GuildId::get);
        tracing::info!(?guild, panel = %id, "a click on a panel that is not there");
    }
    Ok(here)
}

/// Logs a database failure behind a click's refusal (before the await that answers it: the
/// error is not `Sync`, so it must not live across one).
fn log_store_error(error: &StoreError, what: &str) {
    let error = error as &dyn std::error::Error;
    tracing::error!(error, "{what}");
}

/// Whether the server the panel was posted for still has the name the panel shows.
async fn still_named(data: &Data, panel: &Panel, name: &str) -> bool {
    data.power
        .resolve(panel.guild, name)
        .await
        .is_ok_and(|target| target.id == panel.server)
}
