//! `rotate-master-key`: every key re-encrypted under a new master key, all or nothing, and
//! each crash point of the rotation recoverable at the next start.

use std::os::unix::fs::PermissionsExt;

use heo_bot::master_key::KeyFile;
use heo_bot::master_key::MasterKey;
use heo_bot::master_key::{RotateError, Rotated, rotate_master_key};
use heo_bot::master_key::{UnlockError, unlock};
use secrecy::ExposeSecret;
use sqlx::sqlite::SqliteConnectOptions;
use sqlx::{ConnectOptions, Connection};

use super::{
    TOKEN, assert_keys_open, assert_keys_open_with, config, key_file, key_for, pending_file,
    read_key, run_binary, setup, with_keys,
};

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

    assert_keys_open(&s.url, None, &[2]).await;
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
            .api_key(1)
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
        stderr.contains(
            "usage: heo-bot [rotate-master-key | new-master-key | migrate-to-postgres | doctor | health]"
        ),
        "{stderr}"
    );
    assert!(
        !stderr.contains("rotate-master-keys"),
        "the argument is not echoed"
    );
}

#[tokio::test]
async fn a_rotation_refuses_to_run_beside_a_bot_that_has_the_database_open() {
    let s = setup();
    with_keys(&s.url, None, &[1, 2]).await;
    let before = read_key(&key_file(&s.db)).to_base64();
    let dir = s.db.parent().unwrap();
    // A running bot holds the database the way this store does.
    let running = heo_bot::master_key::unlock(&s.url, None).await.unwrap();

    let vars = [("DISCORD_TOKEN", TOKEN), ("DATABASE_URL", s.url.as_str())];
    let output = run_binary(&["rotate-master-key"], &vars, dir);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("another heo-bot process is using this database"),
        "{stderr}"
    );
    assert!(!pending_file(&s.db).exists(), "no new key was written");
    let after = read_key(&key_file(&s.db)).to_base64();
    assert_eq!(after.expose_secret(), before.expose_secret());

    // Once the bot stops, the rotation goes through.
    running.store.close().await;
    let output = run_binary(&["rotate-master-key"], &vars, dir);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

#[tokio::test]
async fn with_postgresql_a_rotation_is_refused_while_a_bot_is_connected_and_then_goes_through() {
    let test =
        "master_key::rotation::with_postgresql_a_rotation_is_refused_while_a_bot_is_connected";
    let Some(url) = crate::support::postgres::fresh_database(test).await else {
        return;
    };
    let old = MasterKey::generate();
    with_keys(&url, Some(&old), &[1, 2]).await;
    let old_text = old.to_base64();
    let dir = tempfile::TempDir::new().unwrap();
    let vars = [
        ("DISCORD_TOKEN", TOKEN),
        ("DATABASE_URL", url.as_str()),
        ("HEO_BOT_MASTER_KEY", old_text.expose_secret()),
    ];
    let pending = dir.path().join("heo-bot.key.new");

    // A bot process, on this machine or another, holds its shards on the database.
    let bot = unlock(&url, Some(&old)).await.unwrap().store;
    let claim = bot.claim_shards(0..=0, 1).await.unwrap();
    let output = run_binary(&["rotate-master-key"], &vars, dir.path());
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains(
            "heo-bot: heo-bot processes are connected to this database; stop every one of them"
        ),
        "{stderr}"
    );
    assert!(!pending.exists(), "no new key was written");
    assert_keys_open_with(&url, &old, &[1, 2]).await;

    // Once it stops, the rotation goes through; the new key waits in the working directory.
    claim.release().await;
    bot.close().await;
    let output = run_binary(&["rotate-master-key"], &vars, dir.path());
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(stdout.contains("re-encrypted 2 stored keys"), "{stdout}");
    assert!(stdout.contains("in every heo-bot process"), "{stdout}");
    let new = MasterKey::from_base64(&std::fs::read_to_string(&pending).unwrap()).unwrap();
    assert!(!stdout.contains(new.to_base64().expose_secret()));
    assert_keys_open_with(&url, &new, &[1, 2]).await;
    assert!(matches!(
        unlock(&url, Some(&old)).await,
        Err(UnlockError::WrongEnvKey)
    ));
}

#[tokio::test]
async fn with_postgresql_a_bot_cannot_claim_shards_while_a_rotation_runs() {
    let test = "master_key::rotation::with_postgresql_a_bot_cannot_claim_shards_while_a_rotation";
    let Some(url) = crate::support::postgres::fresh_database(test).await else {
        return;
    };
    let master = MasterKey::generate();
    let rotation = unlock(&url, Some(&master)).await.unwrap().store;
    let hold = rotation.hold_for_rotation().await.unwrap();
    let bot = unlock(&url, Some(&master)).await.unwrap().store;
    assert!(matches!(
        bot.claim_shards(0..=1, 2).await,
        Err(heo_bot::store::ClaimError::Rotating)
    ));
    hold.release().await;
    let claim = bot.claim_shards(0..=1, 2).await.unwrap();
    // And the other way round: no rotation while the bot holds its shards.
    assert!(matches!(
        rotation.hold_for_rotation().await,
        Err(heo_bot::store::ClaimError::BotsRunning)
    ));
    claim.release().await;
    rotation.hold_for_rotation().await.unwrap();
}
