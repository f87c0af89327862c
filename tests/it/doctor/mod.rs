//! `heo-bot doctor`: the real binary, run against the Discord test server, a wiremock HEO and
//! a database the real bot set up. One file per group of checks; the fixture and the helpers
//! they share are here.

mod database;
mod discord;
mod heo;
mod installation;

use std::path::Path;
use std::process::Command;

use poise::serenity_prelude::Permissions;
use serde_json::json;
use tempfile::TempDir;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

use crate::support::bot::World;
use crate::support::discord::FakeDiscord;

/// The bot token the test servers accept here: three parts, each easy to look for in what
/// doctor prints ("MTAx" is the bot's ID, 101, in base64, as in a real token).
const TOKEN: &str = "MTAx.RG9jdG9yVGVzdA.q8Zr2Kx7Vw4Lp9Tn";
/// Guild 1's HEO key, which doctor must never show.
const KEY: &str = "hk-5mQ8xV2pL7Zr3Wq9";
/// Guild 1's audit channel.
const LOG: u64 = 7771;

/// A database the real bot ran on (commands registered in guild 1, its key linked, its audit
/// channel picked, the bot stopped), the Discord it ran against, and a HEO that is up.
struct Installed {
    discord: FakeDiscord,
    heo: MockServer,
    dir: TempDir,
}

impl Installed {
    /// The installation, with the master key in the key file beside the database.
    async fn new() -> Self {
        Self::with(&[]).await
    }

    /// The installation, the bot started with `settings` on top of the defaults.
    async fn with(settings: &[(&str, &str)]) -> Self {
        let World {
            bot,
            discord,
            heo,
            db,
            ..
        } = running(settings).await;
        bot.stop().await.expect("the bot stops cleanly");
        Self {
            discord,
            heo,
            dir: db,
        }
    }

    fn database(&self) -> String {
        database_url(self.dir.path())
    }

    /// Runs `heo-bot doctor` against the installation with `overrides` on top of the
    /// settings the bot ran with.
    async fn doctor(&self, overrides: &[(&str, &str)]) -> Doctor {
        doctor_against(&self.discord, &self.heo, self.dir.path(), overrides).await
    }
}

/// Runs `heo-bot doctor` in `dir`, on its `heo-bot.db`, against `discord` and `heo`, with
/// the token they accept, `DEV_GUILD_ID=1` and `overrides` on top.
async fn doctor_against(
    discord: &FakeDiscord,
    heo: &MockServer,
    dir: &Path,
    overrides: &[(&str, &str)],
) -> Doctor {
    let (discord, heo, database) = (discord.url(), heo.uri(), database_url(dir));
    let mut vars = vec![
        ("DISCORD_TOKEN", TOKEN),
        ("DISCORD_API_URL", discord.as_str()),
        ("HEO_API_URL", heo.as_str()),
        ("DATABASE_URL", database.as_str()),
        ("DEV_GUILD_ID", "1"),
    ];
    // A later setting wins, as in a shell's environment.
    vars.retain(|(name, _)| !overrides.iter().any(|(other, _)| other == name));
    vars.extend_from_slice(overrides);
    doctor(&vars, dir).await
}

/// The bot running in-process on a new Discord, HEO and database (with `DEV_GUILD_ID=1` and
/// `settings`), once guild 1's admin has linked [`KEY`] and picked [`LOG`], with HEO up.
async fn running(settings: &[(&str, &str)]) -> World {
    let discord = FakeDiscord::start_with_token(TOKEN).await;
    let mut all = vec![("DISCORD_TOKEN", TOKEN), ("DEV_GUILD_ID", "1")];
    all.extend_from_slice(settings);
    let world = World::start_on(discord, &all).await;
    let admin = world.discord.guild(1).member(Permissions::MANAGE_GUILD);
    let modal = admin.slash("/link-key").await.modal().await;
    let linked = modal.submit(&[KEY]).await.reply().await.message().content;
    assert!(linked.contains("is now linked"), "{linked}");
    let picked = admin
        .slash(&format!("/audit-channel channel:<#{LOG}>"))
        .await;
    let picked = picked.reply().await.message().content;
    assert!(picked.contains(&format!("<#{LOG}>")), "{picked}");
    mount_heo(&world.heo, healthy(), up()).await;
    world
}

fn database_url(dir: &Path) -> String {
    format!("sqlite://{}", dir.join("heo-bot.db").display())
}

/// HEO's documented `/health` answer.
fn healthy() -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_json(json!({"status": "healthy", "version": "2.4.1"}))
}

/// HEO's documented `/v1/status` answer when all is well.
fn up() -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_json(json!({"status": "up"}))
}

/// Makes `heo` answer `/health` and `/v1/status` so.
async fn mount_heo(heo: &MockServer, health: ResponseTemplate, status: ResponseTemplate) {
    Mock::given(method("GET"))
        .and(path("/health"))
        .respond_with(health)
        .mount(heo)
        .await;
    Mock::given(method("GET"))
        .and(path("/v1/status"))
        .respond_with(status)
        .mount(heo)
        .await;
}

/// A HEO answering `/health` and `/v1/status` so.
async fn heo_answering(health: ResponseTemplate, status: ResponseTemplate) -> MockServer {
    let heo = MockServer::start().await;
    mount_heo(&heo, health, status).await;
    heo
}

/// What one run of `heo-bot doctor` printed, and how it ended.
struct Doctor {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

impl Doctor {
    /// The report's line about `subject` (the "what to do" line after it included), such as
    /// `line("database")`; fails if there is none.
    #[track_caller]
    fn line(&self, subject: &str) -> String {
        let lines: Vec<&str> = self.stdout.lines().collect();
        let at = lines.iter().position(|line| {
            line.split_once(' ')
                .is_some_and(|(_, rest)| rest.starts_with(&format!("{subject}:")))
        });
        let at = at.unwrap_or_else(|| panic!("no line about {subject:?} in:\n{self}"));
        let mut text = lines[at].to_owned();
        if let Some(todo) = lines.get(at + 1).filter(|l| l.starts_with("    → ")) {
            text.push('\n');
            text.push_str(todo);
        }
        text
    }

    /// Fails unless the line about `subject` has `mark` (✔, !, ✘ or –) and contains `part`.
    #[track_caller]
    fn assert_line(&self, mark: &str, subject: &str, part: &str) {
        let line = self.line(subject);
        assert!(
            line.starts_with(&format!("{mark} ")) && line.contains(part),
            "expected {mark} {subject}: …{part}… in:\n{self}"
        );
    }

    /// Fails unless every check passed or warned, and doctor exited 0.
    #[track_caller]
    fn assert_passed(&self) {
        assert_eq!(self.code, Some(0), "exit code:\n{self}");
        assert!(!self.stdout.contains('✘'), "a check failed:\n{self}");
    }

    /// Fails unless doctor exited 1.
    #[track_caller]
    fn assert_failed(&self) {
        assert_eq!(self.code, Some(1), "exit code:\n{self}");
    }

    /// Fails if stdout or stderr shows the token, any of its parts, [`KEY`] or any five
    /// characters of it in a row, or any of `others` (master keys, say) or their first 12
    /// characters.
    #[track_caller]
    fn assert_no_secret(&self, others: &[&str]) {
        let text = format!("{}\n{}", self.stdout, self.stderr);
        for part in TOKEN.split('.').chain([TOKEN]) {
            assert!(
                !text.contains(part),
                "the token's {part:?} is shown:\n{self}"
            );
        }
        let key: Vec<char> = KEY.chars().collect();
        for window in key.windows(5) {
            let part: String = window.iter().collect();
            assert!(
                !text.contains(&part),
                "the key's {part:?} is shown:\n{self}"
            );
        }
        for secret in others {
            let start: String = secret.chars().take(12).collect();
            assert!(!text.contains(&start), "a secret is shown:\n{self}");
        }
    }
}

impl std::fmt::Display for Doctor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "exit {:?}\n--- stdout\n{}--- stderr\n{}",
            self.code, self.stdout, self.stderr
        )
    }
}

/// Runs `heo-bot doctor` in `dir` with only `vars`, off the test's runtime, which serves the
/// test servers meanwhile.
async fn doctor(vars: &[(&str, &str)], dir: &Path) -> Doctor {
    let output = run(&["doctor"], vars, dir).await;
    Doctor {
        code: output.status.code(),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

/// Runs the binary with `args` and only `vars`, in `dir`, waiting off the runtime.
async fn run(args: &[&str], vars: &[(&str, &str)], dir: &Path) -> std::process::Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_heo-bot"));
    command
        .args(args)
        .env_clear()
        .envs(vars.iter().copied())
        .current_dir(dir);
    tokio::task::spawn_blocking(move || command.output().expect("run heo-bot"))
        .await
        .expect("the waiting thread")
}
