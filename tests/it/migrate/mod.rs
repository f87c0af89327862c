//! `heo-bot migrate-to-postgres`, through the real binary: a SQLite database filled through
//! the store is copied into a fresh database on the real PostgreSQL test cluster and read
//! back there with the same master key; every refusal and failure leaves the target as it
//! was.

mod copied;
mod languages;
mod panels;
mod refused;
mod timed;

use std::path::PathBuf;

use heo_bot::domain::{AddServer, AuditEntry, Outcome, PanelId, PowerAction};
use heo_bot::master_key::{MasterKey, unlock};
use heo_bot::store::Store;
use secrecy::{ExposeSecret, SecretString};
use sqlx::Connection;
use sqlx::postgres::PgConnection;
use sqlx::sqlite::SqliteConnection;
use tempfile::TempDir;

use crate::master_key::{TOKEN, run_binary};
use crate::support::postgres::fresh_database;

const ADMIN: u64 = 9_000_000_000_000_000_001;
const GUILD_A: u64 = 1_111_111_111_111_111_111;
const GUILD_B: u64 = 2_222_222_222_222_222_222;
const CHANNEL: u64 = 3_333_333_333_333_333_333;
/// Put in the target URL's user part: the test cluster trusts loopback and never asks for
/// it, so it only shows whether the binary ever repeats it.
const PASSWORD: &str = "pg-pass-9f8e7d";
/// What every copied `*_at` text column was set to before the copy.
const THEN: &str = "2021-03-04T05:06:07Z";
const TABLES: [&str; 11] = [
    "guild_keys",
    "master_key_check",
    "servers",
    "power_role_grants",
    "audit",
    "audit_channels",
    "schedules",
    "guild_settings",
    "guild_languages",
    "countdowns",
    "panels",
];

fn key_for(guild: u64) -> String {
    format!("heo-live-key-of-guild-{guild}")
}

/// A SQLite database with its key file, filled through the store, the bot not running.
struct Source {
    dir: TempDir,
    url: String,
    master: MasterKey,
}

impl Source {
    fn key_file(&self) -> PathBuf {
        self.dir.path().join("heo-bot.db.key")
    }

    /// Runs `heo-bot migrate-to-postgres` on this database, with `extra` variables.
    fn migrate(&self, extra: &[(&str, &str)]) -> Output {
        let mut vars = vec![
            ("DISCORD_TOKEN", TOKEN),
            ("DATABASE_URL", self.url.as_str()),
        ];
        vars.extend_from_slice(extra);
        let output = run_binary(&["migrate-to-postgres"], &vars, self.dir.path());
        Output {
            code: output.status.code(),
            stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        }
    }
}

struct Output {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

fn audit_entries() -> Vec<AuditEntry> {
    let entry = |server: &str, action, outcome, http_status, at| AuditEntry {
        guild: GUILD_A,
        member: ADMIN,
        server: server.to_owned(),
        name: (server == "srv_a").then(|| "Alpha".to_owned()),
        action,
        outcome,
        http_status,
        at,
        // One was made by a schedule: the copy keeps which.
        schedule: (action == PowerAction::Kill).then_some(5),
        // And one came from a panel's button.
        panel: (action == PowerAction::Stop).then(|| PanelId::parse(panels::PANEL).unwrap()),
    };
    vec![
        entry(
            "srv_a",
            PowerAction::Start,
            Outcome::Requested,
            None,
            1_700_000_000,
        ),
        entry(
            "srv_x",
            PowerAction::Kill,
            Outcome::NotFound,
            Some(404),
            1_700_000_100,
        ),
        entry(
            "srv_a",
            PowerAction::Stop,
            Outcome::Requested,
            None,
            1_700_000_200,
        ),
    ]
}

async fn filled_source() -> Source {
    let dir = TempDir::new().unwrap();
    let db = dir.path().join("heo-bot.db");
    let url = format!("sqlite://{}", db.display());
    // Key file mode, as most SQLite installations run.
    let store = unlock(&url, None).await.unwrap().store;
    for guild in [GUILD_A, GUILD_B] {
        let key = SecretString::from(key_for(guild));
        store.link_api_key(guild, &key, ADMIN).await.unwrap();
    }
    for (guild, id, name) in [
        (GUILD_A, "srv_a", "Alpha"),
        (GUILD_A, "srv_b", "Bravo"),
        (GUILD_B, "srv_c", "Charlie"),
    ] {
        let added = store.add_server(guild, id, name, ADMIN).await.unwrap();
        assert_eq!(added, AddServer::Added);
    }
    let warns = "broadcast {message}";
    store
        .set_console_template(GUILD_A, "srv_b", warns)
        .await
        .unwrap();
    // Not in role ID order: the copy must keep the order they were granted in.
    for role in [30, 10, 20] {
        store
            .grant_role(GUILD_A, PowerAction::Start, role, ADMIN)
            .await
            .unwrap();
    }
    store
        .grant_role(GUILD_B, PowerAction::Kill, 7, ADMIN)
        .await
        .unwrap();
    store.record_audits(&audit_entries()).await.unwrap();
    store
        .set_audit_channel(GUILD_A, CHANNEL, ADMIN)
        .await
        .unwrap();
    timed::fill(&store).await;
    languages::fill(&store).await;
    panels::fill(&store).await;
    store.close().await;

    // Timestamps from long ago, so a copy that let PostgreSQL fill in "now" would show.
    let mut conn = SqliteConnection::connect(&url).await.unwrap();
    for (table, column) in timestamp_columns() {
        sqlx::query(&format!("UPDATE {table} SET {column} = $1"))
            .bind(THEN)
            .execute(&mut conn)
            .await
            .unwrap();
    }
    conn.close().await.unwrap();
    let master = read_key(&dir.path().join("heo-bot.db.key"));
    Source { dir, url, master }
}

fn timestamp_columns() -> [(&'static str, &'static str); 8] {
    [
        ("guild_keys", "linked_at"),
        ("servers", "added_at"),
        ("power_role_grants", "granted_at"),
        ("audit_channels", "set_at"),
        ("schedules", "created_at"),
        ("guild_settings", "set_at"),
        ("guild_languages", "set_at"),
        ("panels", "posted_at"),
    ]
}

fn read_key(path: &std::path::Path) -> MasterKey {
    MasterKey::from_base64(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// The fresh PostgreSQL database's URL with [`PASSWORD`] in it, or `None` (after a NOT RUN
/// line) where PostgreSQL is not available.
async fn target(test: &str) -> Option<String> {
    let url = fresh_database(test).await?;
    let mut parsed = url::Url::parse(&url).unwrap();
    if parsed.password().is_none() {
        parsed.set_password(Some(PASSWORD)).unwrap();
    }
    Some(parsed.to_string())
}

/// Each table's row count in the PostgreSQL database at `url` (tables that do not exist
/// yet count as `None`).
async fn pg_counts(url: &str) -> Vec<Option<i64>> {
    let mut conn = PgConnection::connect(url).await.unwrap();
    let mut counts = Vec::new();
    for table in TABLES {
        let exists: bool = sqlx::query_scalar("SELECT to_regclass($1) IS NOT NULL")
            .bind(table)
            .fetch_one(&mut conn)
            .await
            .unwrap();
        let count = if exists {
            let sql = format!("SELECT COUNT(*) FROM {table}");
            Some(sqlx::query_scalar(&sql).fetch_one(&mut conn).await.unwrap())
        } else {
            None
        };
        counts.push(count);
    }
    conn.close().await.unwrap();
    counts
}

fn assert_no_secret(output: &Output, source: &Source) {
    let key = source.master.to_base64();
    for text in [&output.stdout, &output.stderr] {
        assert!(!text.contains(PASSWORD), "the password leaked: {text}");
        assert!(!text.contains(&key.expose_secret()[..12]), "the key leaked");
        assert!(!text.contains("heo-live-key"), "an API key leaked");
    }
}

/// Fails unless the PostgreSQL database at `url` holds everything [`filled_source`] wrote,
/// read back through the store with `master`.
async fn assert_copied(url: &str, master: &MasterKey) {
    let store = Store::open(url, master.clone()).await.unwrap();
    for guild in [GUILD_A, GUILD_B] {
        let key = store.api_key(guild).await.unwrap().unwrap();
        assert_eq!(key.expose_secret(), key_for(guild));
    }
    let names: Vec<String> = (store.servers(GUILD_A).await.unwrap().into_iter())
        .map(|server| server.name)
        .collect();
    assert_eq!(names, ["Alpha", "Bravo"]);
    assert_eq!(store.servers(GUILD_B).await.unwrap()[0].id, "srv_c");
    let template = store.console_template(GUILD_A, "srv_b").await.unwrap();
    assert_eq!(template.as_deref(), Some("broadcast {message}"));
    let grants = store.role_grants(GUILD_A).await.unwrap();
    assert_eq!(grants.roles_for(PowerAction::Start), [30, 10, 20]);
    let grants = store.role_grants(GUILD_B).await.unwrap();
    assert_eq!(grants.roles_for(PowerAction::Kill), [7]);
    let mut history = store.recent_audit(GUILD_A, None, 10).await.unwrap();
    history.reverse();
    assert_eq!(history, audit_entries());
    assert_eq!(store.audit_channel(GUILD_A).await.unwrap(), Some(CHANNEL));
    timed::assert_copied(&store).await;
    languages::assert_copied(&store).await;
    panels::assert_copied(&store).await;
    store.close().await;

    let mut conn = PgConnection::connect(url).await.unwrap();
    for (table, column) in timestamp_columns() {
        let sql = format!("SELECT DISTINCT {column} FROM {table}");
        let stamps: Vec<String> = sqlx::query_scalar(&sql).fetch_all(&mut conn).await.unwrap();
        assert_eq!(stamps, [THEN], "{table}.{column}");
    }
    conn.close().await.unwrap();
}
