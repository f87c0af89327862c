//! `/server add|remove|list`: the guild's short names for its game servers.

use crate::domain::{AddServer, ConsoleTemplate, ServerId, ServerName};
use crate::replies;

use super::{CommandError, Context, complete, respond};

/// Give a game server a short name members can type instead of its ID.
#[poise::command(
    slash_command,
    guild_only,
    rename = "add",
    required_permissions = "MANAGE_GUILD"
)]
pub async fn server_add(
    ctx: Context<'_>,
    #[description = "Server ID as shown in the HEO dashboard, e.g. srv_123"]
    #[max_length = 100]
    id: String,
    #[description = "Short name, up to 32 characters, e.g. mc-survival"]
    #[max_length = 32]
    name: String,
    #[description = "Console command that warns its players, e.g. broadcast {message} (default say {message})"]
    #[max_length = 100]
    console: Option<String>,
) -> Result<(), CommandError> {
    let Some(guild) = respond::guild_or_refuse(ctx).await? else {
        return Ok(());
    };
    let lang = respond::private_lang(ctx);
    let console = match console.as_deref().map(ConsoleTemplate::parse).transpose() {
        Ok(console) => console,
        Err(reason) => {
            return say(
                ctx,
                replies::invalid_console_template(respond::private_lang(ctx), reason),
            )
            .await;
        }
    };
    let id = match ServerId::parse(&id) {
        Ok(id) => id,
        Err(reason) => {
            return say(ctx, replies::invalid_server_id(lang, reason)).await;
        }
    };
    let name = match ServerName::parse(&name) {
        Ok(name) => name,
        Err(reason) => {
            return say(ctx, replies::invalid_server_name(lang, reason)).await;
        }
    };
    // Acknowledged before the write: a locked database can keep it waiting longer than the
    // 3 s Discord allows.
    ctx.defer_ephemeral().await?;
    let member = ctx.author().id.get();
    let added = ctx
        .data()
        .power
        .add_server(guild, &id, &name, member)
        .await?;
    let named = matches!(added, AddServer::Added | AddServer::Renamed { .. });
    if let Some(console) = console.as_ref().filter(|_| named) {
        ctx.data()
            .power
            .set_console_template(guild, &id, console)
            .await?;
    }
    say(ctx, replies::server_added(lang, &added, &id, &name)).await
}

/// Forget a game server's name (its ID keeps working).
#[poise::command(
    slash_command,
    guild_only,
    rename = "remove",
    required_permissions = "MANAGE_GUILD"
)]
pub async fn server_remove(
    ctx: Context<'_>,
    #[description = "Server name or ID"]
    #[autocomplete = "complete::servers"]
    #[max_length = 100]
    server: String,
) -> Result<(), CommandError> {
    let Some(guild) = respond::guild_or_refuse(ctx).await? else {
        return Ok(());
    };
    ctx.defer_ephemeral().await?;
    let member = ctx.author().id.get();
    let removed = ctx
        .data()
        .power
        .remove_server(guild, &server, member)
        .await?;
    let text = replies::server_removed(respond::private_lang(ctx), removed.as_ref(), &server);
    say(ctx, text).await
}

/// List the game servers named in this Discord server.
#[poise::command(slash_command, guild_only, rename = "list")]
pub async fn server_list(ctx: Context<'_>) -> Result<(), CommandError> {
    let Some(guild) = respond::guild_or_refuse(ctx).await? else {
        return Ok(());
    };
    let servers = ctx.data().power.servers(guild).await?;
    let text = replies::server_list(respond::private_lang(ctx), &servers);
    say(ctx, text).await
}

async fn say(ctx: Context<'_>, text: String) -> Result<(), CommandError> {
    ctx.send(respond::private(text)).await?;
    Ok(())
}
