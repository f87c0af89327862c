//! Per-action roles: `/power-role grant|revoke|list`, and the rule they set for `/server`
//! and for the kill prompt's button.
//!
//! The test server, unlike Discord, does not hide commands by `default_member_permissions`,
//! so a member without Manage Server here stands for one that `/server` was opened to in
//! Server Settings → Integrations.

use poise::serenity_prelude::Permissions;

use super::{
    Binary, KEY, NO_COOLDOWN, Sent, assert_contains, assert_sent, assert_sent_by_the_stop,
    kill_prompt, link_key, private_answer, private_reply, requested, sent_to_heo, start_linked,
};
use crate::support::bot::World;
use crate::support::discord::Member;
use crate::support::discord::model::ResponseKind;

const PLAYERS: u64 = 7001;
const MODS: u64 = 7002;
/// What a member has whom `/server` was opened to, but who cannot manage the server.
const PLAIN: Permissions = Permissions::USE_APPLICATION_COMMANDS;

/// A world with guild 1's key linked, HEO accepting everything and no member cooldown (the
/// tests act many times in a row); returns guild 1's admin.
async fn ready() -> (World, Member) {
    start_linked(&[NO_COOLDOWN]).await
}

/// Runs a power command that must be refused: a private answer straight away, no prompt.
async fn refused(member: &Member, command: &str) -> String {
    let reply = private_answer(&member.slash(command).await).await;
    assert_eq!(reply.buttons(), [], "{command}: no prompt");
    reply.content
}

/// `/power-role <verb> action:<action> role:<@&role>` by `admin`; returns the private answer.
async fn power_role(admin: &Member, verb: &str, action: &str, role: u64) -> String {
    let command = format!("/power-role {verb} action:{action} role:<@&{role}>");
    private_reply(admin, &command).await
}

fn role(id: u64) -> String {
    format!("<@&{id}>")
}

#[tokio::test]
async fn without_any_grant_a_member_without_manage_server_can_start_as_before() {
    let (world, admin) = ready().await;
    let listed = private_reply(&admin, "/power-role list").await;
    assert_contains(&listed, "No power roles");

    let member = world.discord.guild(1).member(PLAIN);
    requested(&member, "/server start server:srv_1").await;
    requested(&member, "/server kill server:srv_1 force:true").await;
    assert_sent(
        &world.heo,
        &[
            Sent::power("srv_1", "start", KEY),
            Sent::power("srv_1", "kill", KEY),
        ],
    )
    .await;
    world.discord.assert_no_errors();
}

#[tokio::test]
async fn once_start_is_granted_to_a_role_only_its_holders_and_manage_server_may_start() {
    let (world, admin) = ready().await;
    let granted = power_role(&admin, "grant", "start", PLAYERS).await;
    assert_contains(&granted, &role(PLAYERS));
    assert_contains(&granted, "may now **start**");
    let guild = world.discord.guild(1);
    let player = guild.member_with_roles(PLAIN, &[PLAYERS]);
    let outsider = guild.member_with_roles(PLAIN, &[MODS]);

    requested(&player, "/server start server:srv_1").await;
    let text = refused(&outsider, "/server start server:srv_1").await;
    assert_contains(&text, "You need the role <@&7001> to start");
    assert_contains(&text, "Manage Server");
    assert_contains(&text, "Nothing was sent");
    assert_eq!(
        sent_to_heo(&world.heo).await,
        [Sent::power("srv_1", "start", KEY)],
        "HEO sees nothing of the refused start"
    );
    world.discord.assert_no_errors();
}

#[tokio::test]
async fn an_action_without_a_grant_is_limited_to_manage_server_once_any_grant_exists() {
    let (world, admin) = ready().await;
    power_role(&admin, "grant", "start", PLAYERS).await;
    let player = world.discord.guild(1).member_with_roles(PLAIN, &[PLAYERS]);

    for command in [
        "/server stop server:srv_1",
        "/server restart server:srv_1",
        "/server kill server:srv_1",
        "/server kill server:srv_1 force:true",
    ] {
        let text = refused(&player, command).await;
        assert_contains(&text, "Only members with **Manage Server**");
        assert_contains(&text, "/power-role grant");
    }
    assert_sent(&world.heo, &[]).await;

    // The same member, given Manage Server, may do everything.
    let promoted = player.with_permissions(Permissions::MANAGE_GUILD);
    requested(&promoted, "/server stop server:srv_1").await;
    world.discord.assert_no_errors();
}

#[tokio::test]
async fn a_member_with_manage_server_may_perform_every_action_whatever_the_grants() {
    let (world, admin) = ready().await;
    power_role(&admin, "grant", "start", PLAYERS).await;
    power_role(&admin, "grant", "kill", MODS).await;

    for action in ["start", "stop", "restart"] {
        requested(&admin, &format!("/server {action} server:srv_1")).await;
    }
    let prompt = kill_prompt(&admin, "srv_1").await;
    let outcome = prompt.click("Kill").await.reply().await.message();
    assert_contains(&outcome.content, "Kill requested");
    assert_eq!(
        sent_to_heo(&world.heo).await,
        ["start", "stop", "restart", "kill"].map(|a| Sent::power("srv_1", a, KEY))
    );
    world.discord.assert_no_errors();
}

#[tokio::test]
async fn revoking_brings_back_the_rule_for_the_grants_that_remain_and_then_for_none() {
    let (world, admin) = ready().await;
    power_role(&admin, "grant", "start", PLAYERS).await;
    power_role(&admin, "grant", "start", MODS).await;
    let guild = world.discord.guild(1);
    let player = guild.member_with_roles(PLAIN, &[PLAYERS]);
    let nobody = guild.member(PLAIN);

    let text = refused(&nobody, "/server start server:srv_1").await;
    assert_contains(
        &text,
        "You need one of these roles to start game servers here: <@&7001>, <@&7002>",
    );

    let revoked = power_role(&admin, "revoke", "start", PLAYERS).await;
    assert_contains(&revoked, "may no longer **start**");
    let again = power_role(&admin, "revoke", "start", PLAYERS).await;
    assert_contains(&again, "nothing to revoke");
    // Start is still granted (to MODS): the player is now refused, and told whom to ask.
    let text = refused(&player, "/server start server:srv_1").await;
    assert_contains(&text, "You need the role <@&7002>");

    // No grant left: Discord's command permission alone decides again.
    power_role(&admin, "revoke", "start", MODS).await;
    requested(&nobody, "/server start server:srv_1").await;
    requested(&player, "/server stop server:srv_1").await;
    assert_sent(
        &world.heo,
        &[
            Sent::power("srv_1", "start", KEY),
            Sent::power("srv_1", "stop", KEY),
        ],
    )
    .await;
    world.discord.assert_no_errors();
}

#[tokio::test]
async fn granting_twice_says_so_and_the_list_shows_each_action_with_its_roles() {
    let (world, admin) = ready().await;
    power_role(&admin, "grant", "start", PLAYERS).await;
    let twice = power_role(&admin, "grant", "start", PLAYERS).await;
    assert_contains(&twice, "may already start");
    power_role(&admin, "grant", "start", MODS).await;
    power_role(&admin, "grant", "kill", MODS).await;

    let listed = private_reply(&admin, "/power-role list").await;
    for line in [
        "- `start`: <@&7001>, <@&7002>",
        "- `stop`: **Manage Server** only",
        "- `restart`: **Manage Server** only",
        "- `kill`: <@&7002>",
    ] {
        assert!(listed.contains(line), "{line:?} missing from: {listed}");
    }
    world.discord.assert_no_errors();
}

#[tokio::test]
async fn power_role_is_refused_privately_to_a_member_without_manage_server_and_changes_nothing() {
    let (world, admin) = ready().await;
    // A grant in place, so that a refused revoke has something it could wrongly remove.
    power_role(&admin, "grant", "start", PLAYERS).await;
    let member = world.discord.guild(1).member_with_roles(PLAIN, &[PLAYERS]);
    for command in [
        format!("/power-role grant action:kill role:{MODS}"),
        format!("/power-role revoke action:start role:{PLAYERS}"),
        "/power-role list".to_owned(),
    ] {
        let text = private_reply(&member, &command).await;
        assert!(
            text.contains("**Manage Server** permission"),
            "{command}: {text}"
        );
    }
    let listed = private_reply(&admin, "/power-role list").await;
    // Exactly the admin's grant: the refused grant added nothing, the refused revoke kept it.
    let only_the_admins = "- `start`: <@&7001>\n- `stop`: **Manage Server** only\n\
                           - `restart`: **Manage Server** only\n- `kill`: **Manage Server** only\n";
    assert_contains(&listed, only_the_admins);
    world.discord.assert_no_errors();
}

#[tokio::test]
async fn grants_in_one_guild_do_not_affect_another_guild() {
    let (world, admin) = ready().await;
    power_role(&admin, "grant", "start", PLAYERS).await;
    let other_admin = super::admin(&world, 2);
    link_key(&other_admin, KEY).await;

    let elsewhere = world.discord.guild(2).member(PLAIN);
    requested(&elsewhere, "/server stop server:srv_1").await;
    let listed = private_reply(&other_admin, "/power-role list").await;
    assert_contains(&listed, "No power roles");
    let here = world.discord.guild(1).member(PLAIN);
    refused(&here, "/server stop server:srv_1").await;
    assert_sent_by_the_stop(world, &[Sent::power("srv_1", "stop", KEY)]).await;
}

#[tokio::test]
async fn a_grant_to_everyone_is_named_in_plain_text_and_lets_any_member_act() {
    let (world, admin) = ready().await;
    // Discord gives the guild's @everyone role the guild's own ID.
    let everyone = world.discord.guild(1).id;
    let granted = power_role(&admin, "grant", "start", everyone).await;
    assert!(
        granted.starts_with("✅ @everyone may now **start**"),
        "{granted}"
    );
    let listed = private_reply(&admin, "/power-role list").await;
    assert!(listed.contains("- `start`: @everyone\n"), "{listed}");
    assert!(!listed.contains(&role(everyone)), "{listed}");

    let member = world.discord.guild(1).member(PLAIN);
    requested(&member, "/server start server:srv_1").await;
    world.discord.assert_no_errors();
}

#[tokio::test]
async fn a_member_who_loses_the_kill_role_before_clicking_kill_is_refused_and_nothing_is_sent() {
    let (world, admin) = ready().await;
    power_role(&admin, "grant", "kill", PLAYERS).await;
    let player = world.discord.guild(1).member_with_roles(PLAIN, &[PLAYERS]);
    let prompt = kill_prompt(&player, "srv_1").await;

    // An owner takes the role away while the prompt is open: same user, no role.
    let demoted = player.with_roles(&[]);
    let click = demoted.click(&prompt, "Kill").await;
    let text = private_answer(&click).await.content;
    assert_contains(&text, "nothing was sent");
    assert_contains(&text, "You need the role <@&7001> to kill");
    assert_sent(&world.heo, &[]).await;

    // Every click is checked again: given the role back, the player can confirm.
    let outcome = player.click(&prompt, "Kill").await.reply().await.message();
    assert_contains(&outcome.content, "Kill requested");
    assert_sent_by_the_stop(world, &[Sent::power("srv_1", "kill", KEY)]).await;
}

#[tokio::test]
async fn a_kill_grant_revoked_before_the_click_refuses_the_click_and_nothing_is_sent() {
    let (world, admin) = ready().await;
    power_role(&admin, "grant", "kill", PLAYERS).await;
    // Another grant stays, so the guild still has grants and kill is left to Manage Server.
    power_role(&admin, "grant", "start", PLAYERS).await;
    let player = world.discord.guild(1).member_with_roles(PLAIN, &[PLAYERS]);
    let prompt = kill_prompt(&player, "srv_1").await;

    power_role(&admin, "revoke", "kill", PLAYERS).await;
    let click = player.click(&prompt, "Kill").await;
    let text = private_answer(&click).await.content;
    assert_contains(&text, "Only members with **Manage Server** may kill");
    assert_sent(&world.heo, &[]).await;

    // Cancel still closes the prompt, and sends nothing.
    let cancel = prompt.click("Cancel").await;
    assert_eq!(cancel.response().await.kind, ResponseKind::Update);
    assert_sent_by_the_stop(world, &[]).await;
}

#[tokio::test]
async fn a_kill_click_while_the_database_cannot_be_read_is_refused_privately_and_nothing_is_sent() {
    // The real binary: deleting a running SQLite's files must not touch the test process.
    let (binary, admin) = Binary::start_linked().await;
    power_role(&admin, "grant", "kill", PLAYERS).await;
    let player = binary.discord.guild(1).member_with_roles(PLAIN, &[PLAYERS]);
    let prompt = kill_prompt(&player, "srv_1").await;

    for name in ["heo-bot.db", "heo-bot.db-wal", "heo-bot.db-shm"] {
        let file = binary.dir.path().join(name);
        std::fs::remove_file(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
    }
    let click = player.click(&prompt, "Kill").await;
    let text = private_answer(&click).await.content;
    assert_contains(&text, "could not reach its database");
    // Read after the stop, which waits for what is under way: a late send is counted too.
    let output = binary.bot.stop().await;
    assert_sent(&binary.heo, &[]).await;
    assert_contains(&output, "could not read the role grants");
    binary.discord.assert_no_errors();
}
