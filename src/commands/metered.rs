//! What the commands count: how each interaction ended, and how long a power command took
//! to be acknowledged. Labels come from poise's own command list (a command's qualified
//! name), never from what a user typed.

use std::time::Instant;

use poise::FrameworkError;

use crate::health::{InteractionOutcome, Metrics};

use super::{CommandError, Context, Data};

/// The `command` label of a click on a kill prompt's buttons.
pub(super) const KILL_BUTTON: &str = "kill button";
/// The `command` label of a click on a countdown's Abort button.
pub(super) const ABORT_BUTTON: &str = "abort button";
/// The `command` label of a click on a panel's buttons.
pub(super) const PANEL_BUTTON: &str = "panel button";
/// The `command` label of an interaction for a command the bot no longer has.
const UNKNOWN_COMMAND: &str = "unknown";

/// poise's `post_command` hook: the command returned without an error.
pub(super) async fn finished(ctx: Context<'_>) {
    if is_command(ctx) {
        let command = &ctx.command().qualified_name;
        metrics(ctx).interaction(command, InteractionOutcome::Ok);
    }
}

/// Counts the interaction `error` ended, if it was one (a framework error can also come
/// from an event or the setup, which are not).
pub(super) fn failed(error: &FrameworkError<'_, Data, CommandError>) {
    if let FrameworkError::UnknownInteraction { framework, .. } = error {
        let metrics = framework.user_data.power.metrics();
        metrics.interaction(UNKNOWN_COMMAND, InteractionOutcome::BadArguments);
        return;
    }
    let Some(ctx) = error.ctx().filter(|ctx| is_command(*ctx)) else {
        return;
    };
    metrics(ctx).interaction(&ctx.command().qualified_name, outcome_of(error));
}

/// Counts a click on `button` (one of the labels above), by how its handling ended.
pub(super) fn clicked(data: &Data, button: &'static str, result: &Result<(), CommandError>) {
    let outcome = match result {
        Ok(()) => InteractionOutcome::Ok,
        Err(error) => outcome_of_command(error),
    };
    data.power.metrics().interaction(button, outcome);
}

fn outcome_of(error: &FrameworkError<'_, Data, CommandError>) -> InteractionOutcome {
    match error {
        FrameworkError::Command { error, .. }
        | FrameworkError::CommandCheckFailed {
            error: Some(error), ..
        } => outcome_of_command(error),
        FrameworkError::CommandPanic { .. } => InteractionOutcome::Panicked,
        FrameworkError::ArgumentParse { .. }
        | FrameworkError::CommandStructureMismatch { .. }
        | FrameworkError::SubcommandRequired { .. }
        | FrameworkError::UnknownInteraction { .. } => InteractionOutcome::BadArguments,
        FrameworkError::MissingUserPermissions { .. } => InteractionOutcome::MissingPermissions,
        FrameworkError::GuildOnly { .. } => InteractionOutcome::GuildOnly,
        _ => InteractionOutcome::OtherError,
    }
}

fn outcome_of_command(error: &CommandError) -> InteractionOutcome {
    match error {
        CommandError::Discord(_) => InteractionOutcome::DiscordFailed,
        CommandError::Store(_) => InteractionOutcome::StoreFailed,
        CommandError::ShuttingDown => InteractionOutcome::ShuttingDown,
        CommandError::GuildNotServed => InteractionOutcome::GuildNotServed,
    }
}

/// Whether `ctx` is a command being run, not Discord asking for autocomplete choices (which
/// come with every key press and are not interactions a member finished).
fn is_command(ctx: Context<'_>) -> bool {
    match ctx {
        poise::Context::Application(app) => {
            app.interaction_type == poise::CommandInteractionType::Command
        }
        poise::Context::Prefix(_) => true,
    }
}

fn metrics<'a>(ctx: Context<'a>) -> &'a Metrics {
    ctx.data().power.metrics()
}

/// Started when the bot begins handling a power command or a kill-prompt click; observed
/// once its first answer (a defer, a prompt, a private refusal) has been sent.
pub(super) struct AckClock {
    metrics: Metrics,
    command: String,
    started: Instant,
}

impl AckClock {
    /// For the command `ctx` runs.
    pub(super) fn of(ctx: Context<'_>) -> Self {
        Self::start(metrics(ctx), &ctx.command().qualified_name)
    }

    pub(super) fn start(metrics: &Metrics, command: &str) -> Self {
        Self {
            metrics: metrics.clone(),
            command: command.to_owned(),
            started: Instant::now(),
        }
    }

    /// The first answer has been sent.
    pub(super) fn answered(&self) {
        self.metrics.ack(&self.command, self.started.elapsed());
    }
}
