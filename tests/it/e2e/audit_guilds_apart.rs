//! One guild's audit channel never holds up another's: each guild's lines wait in a queue of
//! their own, so a channel Discord slows down, flooded on purpose, costs only its own guild
//! lines.

use std::time::Duration;

use poise::serenity_prelude::Permissions;
use tempfile::TempDir;
use wiremock::MockServer;

use super::{KEY, NO_COOLDOWN, link_key, mount_accepted, private_reply, requested, start_binary};
use crate::support::discord::{FakeDiscord, Member, Post};
use crate::support::process::BotProcess;

/// Guild 1's audit channel, which Discord answers slowly.
const SLOW_LOG: u64 = 5561;
/// Guild 2's audit channel.
const LOG: u64 = 5562;
/// More refusals than one guild's queue holds (100 lines).
const FLOOD: usize = 130;
/// How soon a line must reach a channel Discord answers at once.
const PROMPTLY: Duration = Duration::from_secs(2);

/// An admin of `guild` who linked `key` and picked `channel` as the audit channel, once the
/// greeting is there.
async fn posting_admin(discord: &FakeDiscord, guild: u64, key: &str, channel: u64) -> Member {
    let admin = discord.guild(guild).member(Permissions::MANAGE_GUILD);
    link_key(&admin, key).await;
    private_reply(&admin, &format!("/audit-channel channel:<#{channel}>")).await;
    discord.wait_for_posts(channel, 1).await;
    admin
}

/// `member` asks for a start `times` times, each refused for want of a role; returns once
/// every refusal is answered (and so queued for the audit channel).
async fn flood_refusals(member: &Member, times: usize) {
    let mut runs = Vec::with_capacity(times);
    for _ in 0..times {
        runs.push(member.slash("/server start server:srv_1").await);
    }
    for run in runs {
        let refused = run.reply().await.message().content;
        assert!(refused.contains("role"), "{refused}");
    }
}

/// The lines of the binary's output that say `text`.
fn log_lines(bot: &BotProcess, text: &str) -> Vec<String> {
    let output = bot.output();
    let lines = output.lines().filter(|line| line.contains(text));
    lines.map(str::to_owned).collect()
}

#[tokio::test]
async fn a_slow_audit_channel_flooded_with_refusals_holds_up_no_other_guilds_lines() {
    let (discord, heo, dir) = (
        FakeDiscord::start().await,
        MockServer::start().await,
        TempDir::new().unwrap(),
    );
    mount_accepted(&heo).await;
    let settings = [NO_COOLDOWN, ("NO_COLOR", "1")];
    let mut bot = start_binary(&discord, &heo, &dir, &settings).await;
    let flooded = posting_admin(&discord, 1, KEY, SLOW_LOG).await;
    let other = posting_admin(&discord, 2, "heo-test-key-0002", LOG).await;
    // In guild 1 only role 501 may start servers; the member flooding lacks it.
    private_reply(&flooded, "/power-role grant action:start role:<@&501>").await;

    // Discord takes two seconds per line in guild 1's channel, as when it rate-limits it.
    discord.slow_posts_in(SLOW_LOG, Duration::from_secs(2));
    let flooder = discord.guild(1).member(Permissions::SEND_MESSAGES);
    flood_refusals(&flooder, FLOOD).await;

    for (n, server) in ["srv_1", "srv_2", "srv_3"].into_iter().enumerate() {
        let reply = requested(&other, &format!("/server restart server:{server}")).await;
        let answered = reply.edits.last().copied().unwrap_or(reply.created_at);
        let posts: Vec<Post> = discord.wait_for_posts(LOG, n + 2).await;
        let line = &posts[n + 1];
        assert!(line.content.contains(server), "{posts:#?}");
        let late = line.at.saturating_duration_since(answered);
        assert!(
            late < PROMPTLY,
            "{server}'s line came {late:?} after the reply"
        );
    }

    // Guild 1's overflow was dropped with a warning that names guild 1, and guild 2 lost
    // nothing.
    bot.wait_for_output("audit channel posting is behind").await;
    let behind = log_lines(&bot, "audit channel posting is behind");
    assert!(
        behind.iter().all(|line| line.contains("guild=1 ")),
        "{behind:#?}"
    );
}
