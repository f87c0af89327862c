//! What the benchmarks need around the release binary: the run's size, the database and
//! the bot's process. Included by each with `#[path]`; each declares `mod discord` at its
//! root.

use std::path::PathBuf;
use std::process::{Child, Command, Stdio};

use heo_bot::master_key::MasterKey;
use secrecy::ExposeSecret;
use tempfile::TempDir;

use crate::discord::{self, FakeDiscord};

/// Whether this is the full benchmark (`cargo bench`), not the smoke run `cargo test` makes.
pub fn full_run() -> bool {
    std::env::args().any(|a| a == "--bench")
}

/// A fresh benchmark database, and the master key it is sealed with. The temporary folder
/// (the SQLite file, or the bot's logs beside a PostgreSQL database) is removed when dropped.
pub struct Database {
    dir: TempDir,
    pub url: String,
    pub master: MasterKey,
}

impl Database {
    /// A new SQLite file.
    pub fn new() -> Self {
        let dir = tempfile::tempdir().expect("a temporary directory");
        let url = format!("sqlite://{}", dir.path().join("bench.db").display());
        Self::at(dir, url)
    }

    /// An existing, empty PostgreSQL database at `url`.
    pub fn postgres(url: String) -> Self {
        Self::at(tempfile::tempdir().expect("a temporary directory"), url)
    }

    fn at(dir: TempDir, url: String) -> Self {
        Self {
            dir,
            url,
            master: MasterKey::generate(),
        }
    }
}

/// The bot's process, killed when dropped, also when the benchmark panics.
pub struct BotProcess(pub Child, Option<PathBuf>);

impl BotProcess {
    /// Starts the `heo-bot` binary against `discord` and `heo_url` on `database`, logging
    /// warnings only, to the benchmark's own stderr.
    pub fn spawn(discord: &FakeDiscord, heo_url: &str, database: &Database) -> Self {
        Self::spawn_with(discord, heo_url, database, &[], None)
    }

    /// As [`Self::spawn`], with more variables (`SHARD_COUNT`, `SHARDS`); its stderr goes to
    /// a file named `log` beside the database when given, so that [`Self::log`] can read why
    /// it stopped.
    pub fn spawn_with(
        discord: &FakeDiscord,
        heo_url: &str,
        database: &Database,
        vars: &[(&str, &str)],
        log: Option<&str>,
    ) -> Self {
        let log = log.map(|name| database.dir.path().join(name));
        let stderr = match &log {
            Some(path) => Stdio::from(std::fs::File::create(path).expect("a log file")),
            None => Stdio::inherit(),
        };
        let child = Command::new(env!("CARGO_BIN_EXE_heo-bot"))
            .env_clear()
            .envs(vars.iter().copied())
            .env("DISCORD_TOKEN", discord::TOKEN)
            .env("DISCORD_API_URL", discord.url())
            .env("HEO_API_URL", heo_url)
            .env("DATABASE_URL", &database.url)
            .env(
                "HEO_BOT_MASTER_KEY",
                database.master.to_base64().expose_secret(),
            )
            .env("RUST_LOG", "warn")
            .stdin(Stdio::null())
            .stderr(stderr)
            .spawn()
            .expect("start the heo-bot binary");
        Self(child, log)
    }

    /// A line of `/proc/<pid>/status`, such as `VmHWM` (peak resident set size), as written
    /// there ("31204 kB"), or "unknown".
    pub fn status(&self, field: &str) -> String {
        let status =
            std::fs::read_to_string(format!("/proc/{}/status", self.0.id())).unwrap_or_default();
        status
            .lines()
            .find_map(|line| line.strip_prefix(&format!("{field}:")))
            .map_or_else(|| "unknown".to_owned(), |v| v.trim().to_owned())
    }

    /// `status(field)` in kB, if the process is still there.
    pub fn kb(&self, field: &str) -> Option<u64> {
        self.status(field).strip_suffix(" kB")?.parse().ok()
    }

    /// Whether the process has ended, and what it wrote to its log file then.
    pub fn ended(&mut self) -> Option<String> {
        self.0.try_wait().ok().flatten()?;
        Some(self.log())
    }

    /// What it wrote to its log file so far (empty without one).
    pub fn log(&self) -> String {
        self.1
            .as_ref()
            .and_then(|path| std::fs::read_to_string(path).ok())
            .unwrap_or_default()
    }
}

impl Drop for BotProcess {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}
