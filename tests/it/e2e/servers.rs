//! `/server add|remove|list` and the `server` option's autocomplete, through the real bot.

use poise::serenity_prelude::Permissions;
use serde_json::Value;

use super::{
    KEY, NO_COOLDOWN, Sent, admin, assert_contains, assert_sent, kill_prompt, private_reply,
    reply_text, start_linked,
};
use crate::support::bot::World;
use crate::support::discord::Member;

/// The (label, value) of each choice offered while typing `typed` into `server`.
async fn choices(member: &Member, command: &str, typed: &str) -> Vec<(String, String)> {
    let line = format!("{command} server:{typed}");
    let offered = member.autocomplete(&line, "server").await.choices().await;
    let text = |c: &Value, k: &str| c[k].as_str().unwrap_or_default().to_owned();
    offered
        .iter()
        .map(|c| (text(c, "name"), text(c, "value")))
        .collect()
}

#[tokio::test]
async fn servers_are_added_listed_and_removed_by_name_with_private_replies() {
    let world = World::start().await;
    let admin = admin(&world, 1);
    let added = private_reply(&admin, "/server add id:srv_123 name:mc-survival").await;
    assert!(
        added.contains("`mc-survival`") && added.contains("`srv_123`"),
        "{added}"
    );
    private_reply(&admin, "/server add id:srv_456 name:Creative").await;

    let list = private_reply(&admin, "/server list").await;
    assert_contains(&list, "**`Creative`** (`srv_456`)");
    assert_contains(&list, "**`mc-survival`** (`srv_123`)");

    let removed = private_reply(&admin, "/server remove server:MC-SURVIVAL").await;
    assert!(
        removed.contains("Removed") && removed.contains("`srv_123`"),
        "{removed}"
    );
    let list = private_reply(&admin, "/server list").await;
    assert!(
        !list.contains("srv_123") && list.contains("srv_456"),
        "{list}"
    );
    let again = private_reply(&admin, "/server remove server:mc-survival").await;
    assert_contains(&again, "nothing was removed");
    world.discord.assert_no_errors();
}

#[tokio::test]
async fn a_duplicate_name_in_another_case_is_refused() {
    let world = World::start().await;
    let admin = admin(&world, 1);
    private_reply(&admin, "/server add id:srv_1 name:Survival").await;
    let refused = private_reply(&admin, "/server add id:srv_2 name:SURVIVAL").await;
    assert_contains(&refused, "already called");
    let list = private_reply(&admin, "/server list").await;
    assert!(!list.contains("srv_2"), "{list}");
    world.discord.assert_no_errors();
}

#[tokio::test]
async fn a_member_without_manage_server_cannot_add_or_remove_but_can_list() {
    let world = World::start().await;
    let admin = admin(&world, 1);
    private_reply(&admin, "/server add id:srv_1 name:mc").await;
    let player = world.discord.guild(1).member(Permissions::SEND_MESSAGES);
    for command in [
        "/server add id:srv_2 name:other",
        "/server remove server:mc",
    ] {
        let refused = private_reply(&player, command).await;
        assert!(refused.contains("Manage Server"), "{command}: {refused}");
    }
    let list = private_reply(&player, "/server list").await;
    assert!(
        list.contains("`srv_1`") && !list.contains("srv_2"),
        "{list}"
    );
    world.discord.assert_no_errors();
}

#[tokio::test]
async fn autocomplete_offers_the_guilds_own_servers_by_name_or_id_prefix_at_most_25() {
    let world = World::start().await;
    let admin = admin(&world, 1);
    for n in 0..30 {
        private_reply(&admin, &format!("/server add id:srv_{n} name:mc-{n:02}")).await;
    }
    let other = super::admin(&world, 2);
    private_reply(&other, "/server add id:srv_900 name:mc-other").await;

    let all = choices(&admin, "/server restart", "").await;
    assert_eq!(all.len(), 25, "{all:?}");
    assert!(all.iter().all(|(_, id)| id != "srv_900"), "{all:?}");
    assert_eq!(all[0], ("mc-00 (srv_0)".to_owned(), "srv_0".to_owned()));

    let by_name = choices(&admin, "/server start", "MC-1").await;
    let ids: Vec<&str> = by_name.iter().map(|(_, id)| id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "srv_10", "srv_11", "srv_12", "srv_13", "srv_14", "srv_15", "srv_16", "srv_17",
            "srv_18", "srv_19"
        ]
    );
    let by_id = choices(&admin, "/server kill", "srv_2").await;
    assert_eq!(by_id[0].1, "srv_2", "{by_id:?}");
    assert_eq!(by_id.len(), 11, "{by_id:?}");
    let removing = choices(&admin, "/server remove", "mc-29").await;
    assert_eq!(
        removing,
        [("mc-29 (srv_29)".to_owned(), "srv_29".to_owned())]
    );
    let theirs = choices(&other, "/server stop", "").await;
    assert_eq!(
        theirs,
        [("mc-other (srv_900)".to_owned(), "srv_900".to_owned())]
    );
    world.discord.assert_no_errors();
}

#[tokio::test]
async fn a_typed_name_reaches_heo_as_its_id_and_the_reply_shows_both() {
    let (world, admin) = start_linked(&[NO_COOLDOWN]).await;
    private_reply(&admin, "/server add id:srv_123 name:mc-survival").await;

    let text = reply_text(&admin, "/server restart server:MC-Survival").await;
    assert_contains(
        &text,
        "Restart requested** for **`mc-survival`** (`srv_123`) by",
    );
    // Picked from autocomplete, the value is the ID: the reply still names the server.
    let picked = reply_text(&admin, "/server start server:srv_123").await;
    assert_contains(&picked, "**`mc-survival`** (`srv_123`)");
    // Unknown text is taken as an ID, still one encoded path segment.
    let unknown = reply_text(&admin, "/server stop server:other/../x").await;
    assert_contains(&unknown, "`other/../x`");
    assert_sent(
        &world.heo,
        &[
            Sent::power("srv_123", "restart", KEY),
            Sent::power("srv_123", "start", KEY),
            Sent::power("other%2F..%2Fx", "stop", KEY),
        ],
    )
    .await;
    world.discord.assert_no_errors();
}

#[tokio::test]
async fn a_kill_by_name_names_the_server_in_the_prompt_and_kills_its_id() {
    let (world, admin) = start_linked(&[]).await;
    // Markdown and a mention in a name stay inert: the name is shown as code.
    private_reply(&admin, "/server add id:srv_7 name:**big**<@1>").await;

    let prompt = kill_prompt(&admin, "**BIG**<@1>").await;
    let shown = prompt.message().content;
    assert_contains(&shown, "**`**big**<@1>`** (`srv_7`)");
    let confirm = prompt.click("Kill").await;
    let outcome = confirm.reply().await.message().content;
    assert_contains(&outcome, "**`**big**<@1>`** (`srv_7`)");
    assert_sent(&world.heo, &[Sent::power("srv_7", "kill", KEY)]).await;
    world.discord.assert_no_errors();
}

/// Characters that turn a reply around, hide a difference or split a line: a right-to-left
/// override, a zero-width space, a line separator, a byte-order mark.
const HIDDEN: [&str; 4] = ["\u{202E}", "\u{200B}", "\u{2028}", "\u{FEFF}"];

#[tokio::test]
async fn names_and_ids_holding_an_invisible_or_reordering_character_are_refused_and_not_stored() {
    let world = World::start().await;
    let admin = admin(&world, 1);
    for hidden in HIDDEN {
        let bad_name = format!("/server add id:srv_1 name:\"mc{hidden}lavivrus\"");
        let refused = private_reply(&admin, &bad_name).await;
        assert_contains(&refused, "invisible character");
        assert_contains(&refused, "nothing was stored");
        let bad_id = format!("/server add id:\"srv{hidden}_1\" name:survival");
        let refused = private_reply(&admin, &bad_id).await;
        assert_contains(&refused, "invisible character");
    }
    let list = private_reply(&admin, "/server list").await;
    assert!(!list.contains("srv_1"), "{list}");
    world.discord.assert_no_errors();
}

#[tokio::test]
async fn a_power_action_on_an_id_holding_an_invisible_character_is_refused_and_nothing_reaches_heo()
{
    let (world, admin) = start_linked(&[NO_COOLDOWN]).await;
    for hidden in HIDDEN {
        let command = format!("/server restart server:\"srv{hidden}_1\"");
        let refused = private_reply(&admin, &command).await;
        assert_contains(&refused, "invisible character");
        assert_contains(&refused, "nothing was sent");
    }
    assert_sent(&world.heo, &[]).await;
    world.discord.assert_no_errors();
}
