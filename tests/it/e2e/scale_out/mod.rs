//! Several bot processes over one PostgreSQL database, each running its own range of
//! Discord's shards: the real binary, the Discord test server demanding 4 shards, and a
//! HEO stand-in per process, so that every power request shows which process sent it.

mod panels;

use std::time::Duration;

use heo_bot::master_key::MasterKey;
use poise::serenity_prelude::Permissions;
use secrecy::ExposeSecret;
use tempfile::TempDir;
use wiremock::MockServer;

use super::shards::key_of;
use super::{
    Sent, assert_contains, link_key, mount_accepted, reply_text, requested, sent_to_heo,
    spawn_binary,
};
use crate::support::discord::FakeDiscord;
use crate::support::postgres::fresh_database;
use crate::support::process::BotProcess;

const TOTAL: u32 = 4;

/// A guild whose events Discord delivers on shard `shard` of [`TOTAL`].
fn guild_on(shard: u32) -> u64 {
    super::shards::guild_on(shard, TOTAL)
}

/// One bot process of the deployment: its own working directory and HEO stand-in.
struct Process {
    bot: BotProcess,
    heo: MockServer,
    _dir: TempDir,
}

struct Deployment {
    discord: FakeDiscord,
    database: String,
    master: String,
}

impl Deployment {
    /// A fresh PostgreSQL database and a Discord that demands [`TOTAL`] shards; `None` where
    /// PostgreSQL is not available (the NOT RUN line is printed).
    async fn new(test: &str) -> Option<Self> {
        let database = fresh_database(test).await?;
        let discord = FakeDiscord::start().await;
        // Discord closes an IDENTIFY for fewer shards with 4011, Sharding required.
        discord.require_shards(TOTAL);
        Some(Self {
            discord,
            database,
            master: MasterKey::generate().to_base64().expose_secret().to_owned(),
        })
    }

    /// Starts a process running `shards` (`SHARDS`), and waits for them unless `wait` is
    /// false (for a process expected to be refused).
    async fn start(&self, shards: &str, heo: MockServer) -> Process {
        self.start_with(shards, heo, &[]).await
    }

    async fn start_with(&self, shards: &str, heo: MockServer, extra: &[(&str, &str)]) -> Process {
        let dir = TempDir::new().unwrap();
        let total = TOTAL.to_string();
        let mut settings = vec![
            ("DATABASE_URL", self.database.as_str()),
            ("HEO_BOT_MASTER_KEY", self.master.as_str()),
            ("SHARD_COUNT", total.as_str()),
            ("SHARDS", shards),
            ("POWER_COOLDOWN_SECS", "0"),
            ("RUST_LOG", "warn,heo_bot=info"),
        ];
        settings.extend_from_slice(extra);
        let bot = spawn_binary(&self.discord, &heo, &dir, &settings);
        Process {
            bot,
            heo,
            _dir: dir,
        }
    }
}

/// Waits for a process that must refuse to run, and returns its exit line.
async fn refused(process: &mut Process, within: Duration) -> String {
    let status = process.bot.exit_within(within).await;
    let output = process.bot.output();
    assert_eq!(status.code(), Some(1), "{output}");
    assert!(sent_to_heo(&process.heo).await.is_empty(), "{output}");
    output
        .lines()
        .find(|line| line.starts_with("heo-bot: "))
        .unwrap_or_else(|| panic!("no exit line in:\n{output}"))
        .to_owned()
}

async fn heo_accepting() -> MockServer {
    let heo = MockServer::start().await;
    mount_accepted(&heo).await;
    heo
}

/// Links each guild's key through the process that runs its shard, then restarts a server
/// in each; returns what each stand-in should have received.
async fn restart_in_every_guild(discord: &FakeDiscord, link: bool) -> [Vec<Sent>; 2] {
    let mut expected: [Vec<Sent>; 2] = Default::default();
    for shard in 0..TOTAL {
        let guild = guild_on(shard);
        assert_eq!(discord.shard_of(guild), shard);
        let admin = discord.guild(guild).member(Permissions::MANAGE_GUILD);
        if link {
            link_key(&admin, &key_of(shard)).await;
        }
        let server = format!("srv_{shard}");
        requested(&admin, &format!("/server restart server:{server}")).await;
        let process = usize::from(shard >= 2);
        expected[process].push(Sent::power(&server, "restart", &key_of(shard)));
    }
    expected
}

#[tokio::test]
async fn two_processes_over_one_postgresql_split_the_shards_and_serve_each_guild_once() {
    let test = "e2e::scale_out::two_processes_over_one_postgresql_split_the_shards";
    let Some(deployment) = Deployment::new(test).await else {
        return;
    };
    let discord = &deployment.discord;

    // One after the other, as the README says, so their identifies do not collide.
    let mut first = deployment.start("0-1", heo_accepting().await).await;
    discord.wait_for_shard_range(0..=1, TOTAL).await;
    let second = deployment.start("2-3", heo_accepting().await).await;
    discord.wait_for_shard_range(2..=3, TOTAL).await;
    // Every shard identified exactly once, with the shared count; no shard 4.
    let each_once: Vec<[u32; 2]> = (0..TOTAL).map(|id| [id, TOTAL]).collect();
    assert_eq!(discord.identified(), each_once);

    // Each guild is answered once, by the process running its shard: the other process's
    // HEO stand-in receives nothing of it.
    let expected = restart_in_every_guild(discord, true).await;
    assert_eq!(sent_to_heo(&first.heo).await, expected[0]);
    assert_eq!(sent_to_heo(&second.heo).await, expected[1]);
    // Only the process running shard 0 registered the commands.
    assert_eq!(discord.registrations().len(), 1);
    first.bot.wait_for_output("heo-bot is ready").await;

    // A third process claiming shards 2-3 is refused before it opens a gateway session.
    let mut third = deployment.start("2-3", MockServer::start().await).await;
    let status = third.bot.exit_within(Duration::from_secs(30)).await;
    let output = third.bot.output();
    assert_eq!(status.code(), Some(1), "{output}");
    let line = output
        .lines()
        .find(|line| line.starts_with("heo-bot: "))
        .unwrap_or_else(|| panic!("no exit line in:\n{output}"));
    assert!(
        line.starts_with(
            "heo-bot: shards 2, 3 are already run by another heo-bot process on this database"
        ) && line.contains("SHARDS="),
        "{output}"
    );
    assert_eq!(
        discord.identified().len(),
        TOTAL as usize,
        "no new IDENTIFY"
    );
    assert!(sent_to_heo(&third.heo).await.is_empty());

    // The first process restarts: the keys linked through it are still there.
    first.bot.stop().await;
    let first = deployment.start("0-1", heo_accepting().await).await;
    discord.wait_for_shard_range(0..=1, TOTAL).await;
    let expected_again = restart_in_every_guild(discord, false).await;
    assert_eq!(sent_to_heo(&first.heo).await, expected_again[0]);
    let second_heo = sent_to_heo(&second.heo).await;
    assert_eq!(second_heo.len(), 4, "{second_heo:?}");
    first.bot.stop().await;
    second.bot.stop().await;
}

#[tokio::test]
async fn a_process_with_another_shard_count_on_the_same_database_is_refused() {
    let test = "e2e::scale_out::a_process_with_another_shard_count_on_the_same_database";
    let Some(deployment) = Deployment::new(test).await else {
        return;
    };
    let first = deployment.start("0-1", heo_accepting().await).await;
    deployment.discord.wait_for_shard_range(0..=1, TOTAL).await;

    let eight = [("SHARD_COUNT", "8")];
    let mut other = deployment
        .start_with("4-7", MockServer::start().await, &eight)
        .await;
    let line = refused(&mut other, Duration::from_secs(30)).await;
    assert!(
        line.starts_with(
            "heo-bot: another heo-bot process on this database runs with SHARD_COUNT=4, this one with 8"
        ),
        "{line}"
    );
    first.bot.stop().await;
}

#[tokio::test]
async fn a_process_that_loses_the_connection_holding_its_shards_stops_with_a_clear_line() {
    let test = "e2e::scale_out::a_process_that_loses_the_connection_holding_its_shards";
    let Some(database) = fresh_database(test).await else {
        return;
    };
    let discord = FakeDiscord::start().await;
    let heo = MockServer::start().await;
    let dir = TempDir::new().unwrap();
    let master = MasterKey::generate().to_base64();
    let mut bot = spawn_binary(
        &discord,
        &heo,
        &dir,
        &[
            ("DATABASE_URL", &database),
            ("HEO_BOT_MASTER_KEY", master.expose_secret()),
        ],
    );
    discord.wait_for_shards(1).await;
    bot.wait_for_output("heo-bot is ready").await;

    // The server ends the session that holds the shard locks (a restart, a network cut or
    // an administrator would do the same): another process could now take shard 0. Only in
    // this test's database: other tests' bots hold shard locks on the same cluster.
    let mut admin = <sqlx::PgConnection as sqlx::Connection>::connect(&database)
        .await
        .unwrap();
    let ended: Vec<bool> = sqlx::query_scalar(
        "SELECT pg_terminate_backend(pid) FROM pg_locks
         WHERE locktype = 'advisory' AND classid = x'48454f01'::int::oid
           AND database = (SELECT oid FROM pg_database WHERE datname = current_database())",
    )
    .fetch_all(&mut admin)
    .await
    .unwrap();
    assert_eq!(ended, [true], "one session held the shard lock");

    let status = bot.exit_within(Duration::from_secs(30)).await;
    let output = bot.output();
    assert_eq!(status.code(), Some(1), "{output}");
    assert!(
        output.contains(
            "heo-bot: lost the database connection that holds this process's shards, so stopped"
        ),
        "{output}"
    );
}

/// Two processes, shards 0-1 and 2-3, with `sharing` as `HEO_BACKOFF_SHARED`; HEO answers the
/// first one 429. Returns what the second one's guild was answered and what its HEO received.
async fn after_a_429_to_the_first_process(test: &str, sharing: &str) -> Option<(String, usize)> {
    let deployment = Deployment::new(test).await?;
    let discord = &deployment.discord;
    let limited = MockServer::start().await;
    wiremock::Mock::given(wiremock::matchers::method("POST"))
        .respond_with(wiremock::ResponseTemplate::new(429).insert_header("retry-after", "120"))
        .mount(&limited)
        .await;
    let sharing = [("HEO_BACKOFF_SHARED", sharing)];
    let first = deployment.start_with("0-1", limited, &sharing).await;
    discord.wait_for_shard_range(0..=1, TOTAL).await;
    let second = deployment
        .start_with("2-3", heo_accepting().await, &sharing)
        .await;
    discord.wait_for_shard_range(2..=3, TOTAL).await;

    let on_first = discord.guild(guild_on(0)).member(Permissions::MANAGE_GUILD);
    let on_second = discord.guild(guild_on(2)).member(Permissions::MANAGE_GUILD);
    link_key(&on_first, &key_of(0)).await;
    link_key(&on_second, &key_of(2)).await;
    let limited_reply = reply_text(&on_first, "/server restart server:srv_0").await;
    assert_contains(&limited_reply, "rate-limiting");
    let answer = reply_text(&on_second, "/server restart server:srv_2").await;
    let sent = sent_to_heo(&second.heo).await.len();
    first.bot.stop().await;
    second.bot.stop().await;
    Some((answer, sent))
}

#[tokio::test]
async fn after_heo_answers_one_process_429_the_other_backs_off_too_when_sharing() {
    let test = "e2e::scale_out::after_heo_answers_one_process_429_the_other_backs_off_too";
    let Some((answer, sent)) = after_a_429_to_the_first_process(test, "true").await else {
        return;
    };
    assert_contains(&answer, "HEO is rate-limiting this bot");
    assert_contains(&answer, "was not sent. Try again in 2 minutes");
    assert_eq!(sent, 0, "the second process sent nothing to HEO");
}

#[tokio::test]
async fn with_the_back_off_not_shared_the_other_process_still_sends() {
    let test = "e2e::scale_out::with_the_back_off_not_shared_the_other_process_still_sends";
    let Some((answer, sent)) = after_a_429_to_the_first_process(test, "false").await else {
        return;
    };
    assert_contains(&answer, "requested");
    assert_eq!(sent, 1);
}

#[tokio::test]
async fn one_of_several_processes_refused_for_too_few_shards_says_to_raise_shard_count_everywhere()
{
    let test = "e2e::scale_out::one_of_several_processes_refused_for_too_few_shards";
    let Some(deployment) = Deployment::new(test).await else {
        return;
    };
    let two = [("SHARD_COUNT", "2")];
    let mut bot = deployment
        .start_with("0-0", MockServer::start().await, &two)
        .await;
    let line = refused(&mut bot, Duration::from_secs(40)).await;
    assert!(
        line.starts_with(
            "heo-bot: Discord requires more shards than SHARD_COUNT (it recommends 4, SHARD_COUNT is 2)"
        ) && line.contains("raise SHARD_COUNT to at least 4 in all of them"),
        "{line}"
    );
}
