//! Discord: the token, the registered commands and the audit channels.

use serde_json::json;

use super::{Installed, LOG, TOKEN};
use crate::support::discord::{ChannelRefusal, FakeDiscord, Route};

/// A token of the right shape that the Discord test server does not take.
const WRONG_TOKEN: &str = "MTAx.V3JvbmdUb2tlbg.z3Hq9Wm2Xc6Rb1Ys";

#[tokio::test]
async fn a_token_discord_rejects_fails_with_what_to_do_and_the_checks_that_need_it_are_not_run() {
    let installed = Installed::new().await;

    let report = installed.doctor(&[("DISCORD_TOKEN", WRONG_TOKEN)]).await;

    report.assert_failed();
    report.assert_line(
        "✘",
        "Discord token",
        "Discord rejected DISCORD_TOKEN\n    → On the Bot page of your application in the \
         Discord Developer Portal, click Reset Token",
    );
    report.assert_line("–", "commands", "it needs a token Discord accepts");
    report.assert_line("–", "audit channels", "it needs a token Discord accepts");
    // The rest is still checked.
    report.assert_line("✔", "master key", "opens the stored keys");
    report.assert_line("✔", "HEO", "healthy");
    report.assert_no_secret(&[]);
    for part in WRONG_TOKEN.split('.').skip(1) {
        assert!(!report.stdout.contains(part), "{report}");
        assert!(!report.stderr.contains(part), "{report}");
    }
    // The test server counts a wrong token as the bot's mistake; here it was the point.
    let refused = installed.discord.take_errors();
    assert_eq!(
        refused,
        ["GET /api/v10/users/@me: wrong Authorization"],
        "{report}"
    );
}

#[tokio::test]
async fn commands_not_registered_where_dev_guild_id_says_fail_and_say_to_start_the_bot() {
    let installed = Installed::new().await;

    let elsewhere = installed.doctor(&[("DEV_GUILD_ID", "2")]).await;
    elsewhere.assert_failed();
    elsewhere.assert_line(
        "✘",
        "commands",
        "8 commands are not registered in the Discord server 2 (DEV_GUILD_ID): /server, \
         /power-role, /link-key, /unlink-key, /audit-channel, /schedule, /heo and /language\n    \
         → Start the bot",
    );

    // Without DEV_GUILD_ID the bot registers globally, which it never did here.
    let global = installed.doctor(&[("DEV_GUILD_ID", "")]).await;
    global.assert_failed();
    global.assert_line("✘", "commands", "8 commands are not registered globally");
}

#[tokio::test]
async fn commands_an_older_version_left_registered_are_named_beside_the_missing_ones() {
    let discord = FakeDiscord::start_with_token(TOKEN).await;
    // As an older release would have left them: one command this one no longer has.
    let old = json!([{"name": "restart", "description": "Restart a server", "type": 1}]);
    let status = reqwest::Client::new()
        .put(format!(
            "{}/api/v10/applications/101/guilds/1/commands",
            discord.url()
        ))
        .header("authorization", format!("Bot {TOKEN}"))
        .json(&old)
        .send()
        .await
        .unwrap()
        .status();
    assert_eq!(status, 200);
    let heo = super::heo_answering(super::healthy(), super::up()).await;
    let dir = tempfile::TempDir::new().unwrap();

    let report = super::doctor_against(&discord, &heo, dir.path(), &[]).await;

    report.assert_failed();
    report.assert_line("✘", "commands", "8 commands are not registered");
    let lines: Vec<&str> = report.stdout.lines().collect();
    let extra = lines
        .iter()
        .position(|line| line.starts_with("! commands: Discord also shows /restart"))
        .unwrap_or_else(|| panic!("no warning about /restart in:\n{report}"));
    assert!(
        lines[extra + 1].contains("The bot's next start replaces the list"),
        "{report}"
    );
}

#[tokio::test]
async fn an_audit_channel_the_bot_cannot_see_post_in_or_find_fails_with_what_to_do() {
    let installed = Installed::new().await;
    let subject = format!("audit channel {LOG} (Discord server 1)");
    let cases = [
        (
            ChannelRefusal::MissingAccess,
            "the bot cannot see this channel (Discord: Missing Access)",
            "add the bot (or its role) and allow View Channel and Send Messages",
        ),
        (
            ChannelRefusal::MissingPermissions,
            "the bot lacks Send Messages there",
            "add the bot (or its role) and allow View Channel and Send Messages",
        ),
        (
            ChannelRefusal::Deleted,
            "does not exist (deleted?)",
            "Pick another channel with /audit-channel",
        ),
    ];
    for (refusal, finding, todo) in cases {
        installed.discord.refuse_posts(LOG, refusal);
        let report = installed.doctor(&[]).await;
        report.assert_failed();
        report.assert_line("✘", &subject, finding);
        report.assert_line("✘", &subject, todo);
    }
}

#[tokio::test]
async fn a_dev_guild_id_whose_commands_discord_will_not_show_the_bot_says_to_invite_it_there() {
    let installed = Installed::new().await;
    // What Discord answers for a server the bot is not in, or was invited to without the
    // applications.commands scope.
    let missing_access = json!({"message": "Missing Access", "code": 50001});
    installed
        .discord
        .fail_next(Route::GetCommands, 403, missing_access);

    let report = installed.doctor(&[]).await;

    report.assert_failed();
    report.assert_line(
        "✘",
        "commands",
        "Discord does not let the bot read its commands in the Discord server 1 (DEV_GUILD_ID)",
    );
    report.assert_line(
        "✘",
        "commands",
        "→ Invite the bot there with the invite URL below",
    );
    report.assert_line("✔", "invite URL", "permissions=3072");
}

#[tokio::test]
async fn a_discord_that_cannot_be_reached_is_told_apart_from_a_rejected_token() {
    let installed = Installed::new().await;

    let report = installed
        .doctor(&[("DISCORD_API_URL", "http://127.0.0.1:9")])
        .await;

    report.assert_failed();
    report.assert_line(
        "✘",
        "Discord token",
        "could not reach Discord for the token check",
    );
    report.assert_line(
        "✘",
        "Discord token",
        "→ Check this machine's network, and DISCORD_API_URL if it is set.",
    );
    report.assert_line("–", "commands", "it needs a token Discord accepts");
}
