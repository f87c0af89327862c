//! The database: whether it opens, whether its migrations are current, and whether the master
//! key opens the stored keys, all read without changing anything (see
//! [`Database::open_read_only`]). A running bot's lock is respected: doctor takes the lock
//! only when no process holds it (for the moment of its reading), and otherwise reads beside
//! the process that does, read-only, as SQLite's WAL mode allows.

use std::io::Write;
use std::path::PathBuf;

use super::check::Report;
use super::sentences;
use crate::config::{Config, redacted_database_url};
use crate::master_key::{self, KeyFile, UnlockError};
use crate::store::{AuditChannel, Backend, Database, ReadOnly};

/// Checks the database and gives its audit channels (`None` when they could not be read).
pub async fn check<W: Write>(config: &Config, report: &mut Report<W>) -> Option<Vec<AuditChannel>> {
    let url = &config.database_url;
    let (database, beside) = match Database::open_read_only(url).await {
        Ok(ReadOnly::Open { database, beside }) => (database, beside),
        Ok(ReadOnly::NotCreated(path)) => {
            before_first_start(config, path, report);
            return Some(Vec::new());
        }
        Ok(ReadOnly::InMemory) => {
            report.add(sentences::database_in_memory());
            return Some(Vec::new());
        }
        Err(error) => {
            // The same words as at start.
            let error = match config.backend() {
                Backend::Postgres => UnlockError::Postgres(error),
                Backend::Sqlite => UnlockError::Database(error),
            };
            report.add(sentences::database_unopenable(&error));
            report.add(sentences::needs_the_database("migrations"));
            report.add(sentences::needs_the_database("master key"));
            return None;
        }
    };
    report.add(sentences::database_opens(
        &redacted_database_url(url),
        beside.as_deref(),
    ));
    let channels = read(&database, config, report).await;
    database.close().await;
    channels
}

/// The migrations, the master key and the stored keys of an open database; gives its audit
/// channels.
async fn read<W: Write>(
    database: &Database,
    config: &Config,
    report: &mut Report<W>,
) -> Option<Vec<AuditChannel>> {
    match database.migration_state().await {
        Ok(state) => report.add(sentences::migrations(&state)),
        Err(error) => report.add(sentences::migrations_unreadable(&error)),
    }
    master_key(database, config, report).await;
    match database.audit_channels().await {
        Ok(channels) => Some(channels),
        Err(error) => {
            report.add(sentences::audit_channels_unreadable(&error));
            None
        }
    }
}

/// Which key a start would use, as it would choose it; then every stored key is tried with
/// it. No key is ever printed.
async fn master_key<W: Write>(database: &Database, config: &Config, report: &mut Report<W>) {
    let file = database.path().map(KeyFile::beside);
    let chosen = master_key::choose(database, config.master_key.as_ref(), file.as_ref()).await;
    let chosen = match chosen {
        Ok(chosen) => chosen,
        Err(error) => {
            report.add(sentences::master_key_refused(&error));
            return;
        }
    };
    report.add(sentences::master_key_chosen(
        &chosen,
        file.as_ref().map(KeyFile::path),
        file.as_ref().map(KeyFile::pending_path),
    ));
    let Some(key) = chosen.key() else {
        return;
    };
    match database.stored_keys(key).await {
        Ok(keys) => report.add_all(sentences::stored_keys(&keys)),
        Err(error) => report.add(sentences::stored_keys_unreadable(&error)),
    }
}

/// No database file yet: whether the bot can create it, and the key file it would use.
fn before_first_start<W: Write>(config: &Config, path: PathBuf, report: &mut Report<W>) {
    let folder = match path.parent() {
        Some(folder) if folder.as_os_str().is_empty() => PathBuf::from("."),
        Some(folder) => folder.to_owned(),
        None => PathBuf::from("/"),
    };
    if !folder.is_dir() {
        report.add(sentences::database_folder_missing(&folder));
        return;
    }
    report.add(sentences::database_not_created(&path));
    let file = KeyFile::beside(&path);
    let from_env = config.master_key.is_some();
    // A key file without its database is read as the first start would read it.
    let file_exists = match file.read() {
        _ if from_env => false,
        Ok(key) => key.is_some(),
        Err(error) => {
            report.add(sentences::master_key_file_unusable(&error));
            return;
        }
    };
    report.add(sentences::master_key_before_first_start(
        from_env,
        file_exists,
        file.path(),
    ));
}
