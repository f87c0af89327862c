//! What both benchmarks need around the release binary: the run's size, the database and
//! the bot's process. Included by each with `#[path]`; both declare `mod discord` at their
//! root.

use std::process::{Child, Command, Stdio};

use heo_bot::sealed::MasterKey;
use secrecy::ExposeSecret;

use crate::discord::{self, FakeDiscord};

/// Whether this is the full benchmark (`cargo bench`), not the smoke run `cargo test` makes.
pub fn full_run() -> bool {
    std::env::args().any(|a| a == "--bench")
}

/// The URL of a fresh benchmark database in `dir`.
pub fn database_url(dir: &tempfile::TempDir) -> String {
    format!("sqlite://{}", dir.path().join("bench.db").display())
}

/// The bot's process, killed when dropped, also when the benchmark panics.
pub struct BotProcess(pub Child);

impl BotProcess {
    /// Starts the `heo-bot` binary against `discord` and `heo_url` on `database`, sealed with
    /// `master`, logging warnings only.
    pub fn spawn(discord: &FakeDiscord, heo_url: &str, database: &str, master: &MasterKey) -> Self {
        let child = Command::new(env!("CARGO_BIN_EXE_heo-bot"))
            .env_clear()
            .env("DISCORD_TOKEN", discord::TOKEN)
            .env("DISCORD_API_URL", discord.url())
            .env("HEO_API_URL", heo_url)
            .env("DATABASE_URL", database)
            .env("HEO_BOT_MASTER_KEY", master.to_base64().expose_secret())
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
