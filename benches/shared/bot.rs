//! What both benchmarks need around the release binary: the run's size, the database and
//! the bot's process. Included by each with `#[path]`; both declare `mod discord` at their
//! root.

use std::process::{Child, Command, Stdio};

use heo_bot::master_key::MasterKey;
use secrecy::ExposeSecret;
use tempfile::TempDir;

use crate::discord::{self, FakeDiscord};

/// Whether this is the full benchmark (`cargo bench`), not the smoke run `cargo test` makes.
pub fn full_run() -> bool {
    std::env::args().any(|a| a == "--bench")
}

/// A fresh benchmark database in a temporary folder, removed when dropped, and the master
/// key it is sealed with.
pub struct Database {
    _dir: TempDir,
    pub url: String,
    pub master: MasterKey,
}

impl Database {
    pub fn new() -> Self {
        let dir = tempfile::tempdir().expect("a temporary directory");
        let url = format!("sqlite://{}", dir.path().join("bench.db").display());
        Self {
            _dir: dir,
            url,
            master: MasterKey::generate(),
        }
    }
}

/// The bot's process, killed when dropped, also when the benchmark panics.
pub struct BotProcess(pub Child);

impl BotProcess {
    /// Starts the `heo-bot` binary against `discord` and `heo_url` on `database`, logging
    /// warnings only.
    pub fn spawn(discord: &FakeDiscord, heo_url: &str, database: &Database) -> Self {
        let child = Command::new(env!("CARGO_BIN_EXE_heo-bot"))
            .env_clear()
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
            .spawn()
            .expect("start the heo-bot binary");
        Self(child)
    }
}

impl Drop for BotProcess {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}
