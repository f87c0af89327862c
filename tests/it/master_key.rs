//! Where the master key comes from, what a wrong or missing one does at start, and the
//! rotation, crash points included. Real SQLite files and key files in temporary folders.

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use heo_bot::config::Config;
use heo_bot::key_file::{KeyFile, KeyFileError};
use heo_bot::master_key::{UnlockError, unlock};
use heo_bot::rotate::{RotateError, Rotated, rotate_master_key};
use heo_bot::sealed::MasterKey;
use secrecy::{ExposeSecret, SecretString};
use sqlx::sqlite::SqliteConnectOptions;
use sqlx::{ConnectOptions, Connection};
use tempfile::TempDir;

const ADMIN: u64 = 9_000_000_000_000_000_001;
const TOKEN: &str = "MTAx.fake.token";

struct Setup {
    _dir: TempDir,
    db: PathBuf,
    url: String,
}

fn setup() -> Setup {
    let dir = TempDir::new().unwrap();
    let db = dir.path().join("heo-bot.db");
    let url = format!("sqlite://{}", db.display());
    Setup { _dir: dir, db, url }
}

fn key_file(db: &Path) -> PathBuf {
    PathBuf::from(format!("{}.key", db.display()))
}

fn pending_file(db: &Path) -> PathBuf {
    PathBuf::from(format!("{}.key.new", db.display()))
}

fn key_for(guild: u64) -> String {
    format!("heo-live-key-of-guild-{guild}")
}

/// Starts on `url` (key file mode unless `env` is given), links keys for `guilds`, closes.
async fn with_keys(url: &str, env: Option<&MasterKey>, guilds: &[u64]) {
    let unlocked = unlock(url, env).await.unwrap();
    for guild in guilds {
        let key = SecretString::from(key_for(*guild));
        unlocked.store.link_key(*guild, &key, ADMIN).await.unwrap();
    }
    unlocked.store.close().await;
}

/// Fails unless `master` opens every guild's key in `guilds`.
async fn assert_keys_open_with(url: &str, master: &MasterKey, guilds: &[u64]) {
    let unlocked = unlock(url, Some(master)).await.unwrap();
    for guild in guilds {
        let key = unlocked.store.guild_key(*guild).await.unwrap();
        assert_eq!(
            key.unwrap().expose_secret(),
            key_for(*guild),
            "guild {guild}"
        );
    }
    unlocked.store.close().await;
}

fn read_key(path: &Path) -> MasterKey {
    MasterKey::from_base64(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn config(url: &str, env: Option<&MasterKey>) -> Config {
    let env = env.map(|key| key.to_base64().expose_secret().to_owned());
    Config::from_lookup(|name| match name {
        "DISCORD_TOKEN" => Some(TOKEN.to_owned()),
        "DATABASE_URL" => Some(url.to_owned()),
        "HEO_BOT_MASTER_KEY" => env.clone(),
        _ => None,
    })
    .unwrap()
}

#[tokio::test]
async fn on_first_start_a_key_file_readable_only_by_its_owner_is_created_beside_the_database() {
    let s = setup();
    with_keys(&s.url, None, &[1]).await;
    let file = key_file(&s.db);
    let mode = std::fs::metadata(&file).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o600, "{mode:o}");
    // The next start reads the same key from it.
    assert_keys_open_with(&s.url, &read_key(&file), &[1]).await;
    let again = unlock(&s.url, None).await.unwrap();
    assert_eq!(
        again
            .store
            .guild_key(1)
            .await
            .unwrap()
            .unwrap()
            .expose_secret(),
        key_for(1)
    );
    again.store.close().await;
}

#[tokio::test]
async fn a_key_file_other_users_can_read_is_refused_and_named() {
    let s = setup();
    with_keys(&s.url, None, &[1]).await;
    let file = key_file(&s.db);
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).unwrap();
    let error = unlock(&s.url, None).await.unwrap_err();
    assert!(
        matches!(error, UnlockError::KeyFile(KeyFileError::TooOpen { .. })),
        "{error:?}"
    );
    assert!(error.to_string().contains("chmod 600"), "{error}");
}

#[tokio::test]
async fn a_missing_key_file_while_encrypted_keys_exist_stops_the_start_and_creates_no_new_key() {
    let s = setup();
    with_keys(&s.url, None, &[1]).await;
    let file = key_file(&s.db);
    let saved = std::fs::read(&file).unwrap();
    std::fs::remove_file(&file).unwrap();

    let error = unlock(&s.url, None).await.unwrap_err();
    assert!(matches!(error, UnlockError::MissingKey(_)), "{error:?}");
    let line = error.to_string();
    assert!(
        line.contains("heo-bot.db.key") && line.contains("nothing was changed"),
        "{line}"
    );
    assert!(!file.exists(), "no new key was made up");

    // Restoring the backup brings every key back.
    std::fs::write(&file, saved).unwrap();
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600)).unwrap();
    assert_keys_open_with(&s.url, &read_key(&file), &[1]).await;
}

#[tokio::test]
async fn a_wrong_master_key_stops_the_start_with_a_line_naming_its_source_and_loses_nothing() {
    let s = setup();
    let right = MasterKey::generate();
    with_keys(&s.url, Some(&right), &[1, 2]).await;

    let wrong = MasterKey::generate();
    let error = unlock(&s.url, Some(&wrong)).await.unwrap_err();
    assert!(matches!(error, UnlockError::WrongEnvKey), "{error:?}");
    assert!(error.to_string().contains("HEO_BOT_MASTER_KEY"), "{error}");
    assert!(
        !error
            .to_string()
            .contains(wrong.to_base64().expose_secret())
    );

    // A key file that does not match is refused too, and left as it is.
    let file = key_file(&s.db);
    KeyFile::beside(&s.db).create(&wrong).unwrap();
    let error = unlock(&s.url, None).await.unwrap_err();
    assert!(matches!(error, UnlockError::WrongKeyFile(_)), "{error:?}");
    assert_eq!(
        read_key(&file).to_base64().expose_secret(),
        wrong.to_base64().expose_secret()
    );

    assert_keys_open_with(&s.url, &right, &[1, 2]).await;
}

#[tokio::test]
async fn rotation_re_encrypts_every_key_and_replaces_the_key_file() {
    let s = setup();
    with_keys(&s.url, None, &[1, 2, 3]).await;
    let old = read_key(&key_file(&s.db));

    let rotated = rotate_master_key(&config(&s.url, None)).await.unwrap();
    assert!(
        matches!(rotated, Rotated::KeyFile { keys: 3, .. }),
        "{rotated:?}"
    );
    let new = read_key(&key_file(&s.db));
    assert_ne!(
        new.to_base64().expose_secret(),
        old.to_base64().expose_secret()
    );
    assert!(!pending_file(&s.db).exists());
    let mode = std::fs::metadata(key_file(&s.db))
        .unwrap()
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o600);
    assert!(
        !rotated
            .to_string()
            .contains(new.to_base64().expose_secret())
    );

    assert_keys_open_with(&s.url, &new, &[1, 2, 3]).await;
    assert!(matches!(
        unlock(&s.url, Some(&old)).await.unwrap_err(),
        UnlockError::WrongEnvKey
    ));
}

#[tokio::test]
async fn a_rotation_that_fails_midway_leaves_every_key_readable_with_the_old_master_key() {
    let s = setup();
    with_keys(&s.url, None, &[1, 2, 3]).await;
    let old = read_key(&key_file(&s.db));
    // Injected failure: the third row's update aborts, after two rows were re-encrypted.
    let mut conn = SqliteConnectOptions::new()
        .filename(&s.db)
        .connect()
        .await
        .unwrap();
    sqlx::query(
        "CREATE TRIGGER fail_midway BEFORE UPDATE ON guild_keys WHEN OLD.guild_id = 3
         BEGIN SELECT RAISE(ABORT, 'injected failure'); END",
    )
    .execute(&mut conn)
    .await
    .unwrap();
    conn.close().await.unwrap();

    let error = rotate_master_key(&config(&s.url, None)).await.unwrap_err();
    assert!(matches!(error, RotateError::Reseal(_)), "{error:?}");
    assert!(error.to_string().contains("nothing was changed"), "{error}");
    assert_eq!(
        read_key(&key_file(&s.db)).to_base64().expose_secret(),
        old.to_base64().expose_secret(),
        "the key file is untouched"
    );
    assert!(!pending_file(&s.db).exists());
    assert_keys_open_with(&s.url, &old, &[1, 2, 3]).await;
}

#[tokio::test]
async fn a_rotation_cut_short_before_its_commit_is_ignored_at_the_next_start() {
    let s = setup();
    with_keys(&s.url, None, &[1, 2]).await;
    let old = read_key(&key_file(&s.db));
    // The crash point: the new key is on disk, no row is re-encrypted yet.
    KeyFile::beside(&s.db)
        .write_pending(&MasterKey::generate())
        .unwrap();

    let unlocked = unlock(&s.url, None).await.unwrap();
    assert_eq!(
        unlocked
            .store
            .guild_key(2)
            .await
            .unwrap()
            .unwrap()
            .expose_secret(),
        key_for(2)
    );
    unlocked.store.close().await;
    assert!(
        !pending_file(&s.db).exists(),
        "the unused new key is removed"
    );
    assert_keys_open_with(&s.url, &old, &[1, 2]).await;
}

#[tokio::test]
async fn a_rotation_cut_short_after_its_commit_is_finished_at_the_next_start() {
    let s = setup();
    with_keys(&s.url, None, &[1, 2]).await;
    // The crash point: rows committed under the new key, the key file not yet replaced.
    let new = MasterKey::generate();
    let unlocked = unlock(&s.url, None).await.unwrap();
    KeyFile::beside(&s.db).write_pending(&new).unwrap();
    unlocked.store.reseal(&new).await.unwrap();
    unlocked.store.close().await;

    let unlocked = unlock(&s.url, None).await.unwrap();
    assert_eq!(
        unlocked
            .store
            .guild_key(1)
            .await
            .unwrap()
            .unwrap()
            .expose_secret(),
        key_for(1)
    );
    unlocked.store.close().await;
    assert!(!pending_file(&s.db).exists());
    assert_eq!(
        read_key(&key_file(&s.db)).to_base64().expose_secret(),
        new.to_base64().expose_secret(),
        "the new key replaced the key file"
    );
}

#[tokio::test]
async fn with_heo_bot_master_key_the_new_key_waits_in_a_file_and_the_old_one_is_refused_with_directions()
 {
    let s = setup();
    let old = MasterKey::generate();
    with_keys(&s.url, Some(&old), &[1, 2]).await;
    assert!(
        !key_file(&s.db).exists(),
        "no key file while the variable is used"
    );

    let rotated = rotate_master_key(&config(&s.url, Some(&old)))
        .await
        .unwrap();
    assert!(
        matches!(rotated, Rotated::Env { keys: 2, .. }),
        "{rotated:?}"
    );
    let pending = pending_file(&s.db);
    let mode = std::fs::metadata(&pending).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o600);
    assert!(
        rotated.to_string().contains("HEO_BOT_MASTER_KEY"),
        "{rotated}"
    );

    let error = unlock(&s.url, Some(&old)).await.unwrap_err();
    assert!(matches!(error, UnlockError::RotatedEnvKey(_)), "{error:?}");
    assert!(error.to_string().contains("heo-bot.db.key.new"), "{error}");

    let new = read_key(&pending);
    assert_keys_open_with(&s.url, &new, &[1, 2]).await;
    assert!(
        !pending.exists(),
        "removed once the variable holds the new key"
    );
}

/// Runs the real binary with `args` and only `vars`, in `dir`.
fn run_binary(args: &[&str], vars: &[(&str, &str)], dir: &Path) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_heo-bot"))
        .args(args)
        .env_clear()
        .envs(vars.iter().copied())
        .current_dir(dir)
        .output()
        .unwrap()
}

#[tokio::test]
async fn the_binary_stops_with_one_clear_line_and_a_failure_code_when_the_master_key_is_wrong() {
    let s = setup();
    let right = MasterKey::generate();
    with_keys(&s.url, Some(&right), &[1]).await;
    let wrong = MasterKey::generate();
    let wrong_text = wrong.to_base64().expose_secret().to_owned();
    let dir = s.db.parent().unwrap();
    let output = run_binary(
        &[],
        &[
            ("DISCORD_TOKEN", TOKEN),
            ("DATABASE_URL", &s.url),
            ("HEO_BOT_MASTER_KEY", &wrong_text),
            ("DISCORD_API_URL", "http://127.0.0.1:9"),
        ],
        dir,
    );
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.starts_with("heo-bot: HEO_BOT_MASTER_KEY does not decrypt the keys"),
        "{stderr}"
    );
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(!stderr.contains(&wrong_text[..12]));

    // Unset, with no key file: refused too, and no key file is made up.
    let output = run_binary(
        &[],
        &[("DISCORD_TOKEN", TOKEN), ("DATABASE_URL", &s.url)],
        dir,
    );
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("no master key was found"), "{stderr}");
    assert!(!key_file(&s.db).exists());
    assert_keys_open_with(&s.url, &right, &[1]).await;
}

#[tokio::test]
async fn the_binary_rotates_the_master_key_as_a_subcommand_and_refuses_unknown_ones() {
    let s = setup();
    with_keys(&s.url, None, &[1, 2]).await;
    let old = read_key(&key_file(&s.db)).to_base64();
    let dir = s.db.parent().unwrap();
    let vars = [("DISCORD_TOKEN", TOKEN), ("DATABASE_URL", s.url.as_str())];

    let output = run_binary(&["rotate-master-key"], &vars, dir);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(stdout.contains("re-encrypted 2 stored keys"), "{stdout}");
    let new = read_key(&key_file(&s.db));
    assert_ne!(new.to_base64().expose_secret(), old.expose_secret());
    assert!(!stdout.contains(new.to_base64().expose_secret()));
    assert_keys_open_with(&s.url, &new, &[1, 2]).await;

    let output = run_binary(&["rotate-master-keys"], &vars, dir);
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("usage: heo-bot [rotate-master-key]"),
        "{stderr}"
    );
    assert!(
        !stderr.contains("rotate-master-keys"),
        "the argument is not echoed"
    );
}
