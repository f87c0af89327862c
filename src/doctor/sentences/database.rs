//! The database, its migrations and the master key.

use std::path::Path;

use super::{OPERATIONS, listed, plural, with_causes};
use crate::doctor::check::Check;
use crate::master_key::{Chosen, KeyFileError, UnlockError};
use crate::store::{MigrationState, StoreError, StoredKeys};

const DATABASE: &str = "database";
const MIGRATIONS: &str = "migrations";
const MASTER_KEY: &str = "master key";

/// The database opened for reading; `holder` is the lock file a running process holds.
/// `shown_url` is the URL without its password.
pub fn database_opens(shown_url: &str, holder: Option<&Path>) -> Check {
    let beside = match holder {
        Some(lock) => format!(
            "; another heo-bot process (the running bot, or a rotation) has it open and holds \
             {}, so it was only read, beside it",
            lock.display()
        ),
        None => String::new(),
    };
    Check::ok(DATABASE, format!("{shown_url} opens, read-only{beside}"))
}

/// No SQLite file at `path` yet; its folder exists.
pub fn database_not_created(path: &Path) -> Check {
    Check::warn(
        DATABASE,
        format!(
            "there is no database at {} yet; the bot creates it at its first start",
            path.display()
        ),
        "Nothing to do on a new installation. If the bot has run before, DATABASE_URL points \
         at the wrong file: correct it.",
    )
}

/// No SQLite file at `path`, and not even its folder.
pub fn database_folder_missing(folder: &Path) -> Check {
    Check::fail(
        DATABASE,
        format!(
            "the folder {} does not exist, so the bot cannot create its database there",
            folder.display()
        ),
        "Create the folder, writable by the bot's user, or correct DATABASE_URL.",
    )
}

/// `DATABASE_URL` names an in-memory SQLite database.
pub fn database_in_memory() -> Check {
    Check::warn(
        DATABASE,
        "DATABASE_URL names an in-memory database: every linked key, role grant and audit \
         entry is lost when the bot stops",
        "Point DATABASE_URL at a file, such as sqlite://heo-bot.db.",
    )
}

/// The database could not be opened: the line the bot prints at start.
pub fn database_unopenable(error: &UnlockError) -> Check {
    Check::fail_as_at_start(DATABASE, with_causes(error))
}

/// A check that needs the database, which is not there to read.
pub fn needs_the_database(subject: &str) -> Check {
    Check::skipped(subject, "not checked: it needs the database")
}

/// The database's migrations against this build's.
pub fn migrations(state: &MigrationState) -> Check {
    let versions = |list: &[i64]| listed(&list.iter().map(i64::to_string).collect::<Vec<_>>(), 5);
    let restore = "Restore the backup taken before the upgrade, or run the heo-bot release that \
                   last ran on this database.";
    if let Some(version) = state.failed {
        let finding =
            format!("migration {version} failed halfway, and the bot refuses the database");
        return Check::fail(MIGRATIONS, finding, restore);
    }
    if !state.unknown.is_empty() {
        let finding = format!(
            "the database has migrations this heo-bot does not know ({}): a newer heo-bot used \
             it, and this one refuses it",
            versions(&state.unknown)
        );
        return Check::fail(MIGRATIONS, finding, restore);
    }
    if !state.changed.is_empty() {
        let finding = format!(
            "migrations {} were changed after they were applied, and the bot refuses the database",
            versions(&state.changed)
        );
        return Check::fail(MIGRATIONS, finding, restore);
    }
    if !state.pending.is_empty() {
        let finding = format!(
            "{} not applied yet ({}); the bot applies them at its next start",
            plural(state.pending.len(), "migration is", "migrations are"),
            versions(&state.pending)
        );
        let todo = format!("Back up the database before that start ({OPERATIONS}#upgrades).");
        return Check::warn(MIGRATIONS, finding, &todo);
    }
    Check::ok(
        MIGRATIONS,
        format!(
            "all {} of this heo-bot's migrations are applied",
            state.applied
        ),
    )
}

/// The migrations table could not be read.
pub fn migrations_unreadable(error: &StoreError) -> Check {
    Check::fail(
        MIGRATIONS,
        format!(
            "could not read which migrations are applied ({})",
            with_causes(error)
        ),
        "Check that DATABASE_URL names a heo-bot database.",
    )
}

/// The key a start would use opens what is stored. `file` is the key file, if any.
pub fn master_key_chosen(chosen: &Chosen, file: Option<&Path>, pending: Option<&Path>) -> Check {
    let shown = |path: Option<&Path>| path.map_or_else(String::new, |p| p.display().to_string());
    match chosen {
        Chosen::Env(_) => Check::ok(MASTER_KEY, "HEO_BOT_MASTER_KEY opens the stored keys"),
        Chosen::File(_) => Check::ok(
            MASTER_KEY,
            format!("the key file {} opens the stored keys", shown(file)),
        ),
        Chosen::Pending(_) => Check::warn(
            MASTER_KEY,
            format!(
                "a master key rotation stopped after its commit: the new key in {} opens the \
                 stored keys, and the bot's next start makes it the key file {}",
                shown(pending),
                shown(file)
            ),
            "Start the bot, then back up the new key file with the database.",
        ),
        Chosen::NewFile => Check::ok(
            MASTER_KEY,
            format!(
                "nothing is encrypted yet; the bot creates the key file {} at its first start \
                 (back it up with the database)",
                shown(file)
            ),
        ),
        Chosen::InMemory => Check::ok(
            MASTER_KEY,
            "an in-memory database gets a new master key at every start",
        ),
    }
}

/// The master key is wrong or missing: the line the bot prints at start.
pub fn master_key_refused(error: &UnlockError) -> Check {
    Check::fail_as_at_start(MASTER_KEY, with_causes(error))
}

/// No database yet: the key the first start will use (`HEO_BOT_MASTER_KEY`, the existing key
/// file, or a new key file).
pub fn master_key_before_first_start(env: bool, file_exists: bool, file: &Path) -> Check {
    let finding = match (env, file_exists) {
        (true, _) => {
            "HEO_BOT_MASTER_KEY is set; nothing is stored yet to check it against".to_owned()
        }
        (false, true) => format!(
            "nothing is stored yet; the bot will use the key file {}",
            file.display()
        ),
        (false, false) => format!(
            "nothing is stored yet; the bot creates the key file {} at its first start (back it \
             up with the database)",
            file.display()
        ),
    };
    Check::ok(MASTER_KEY, finding)
}

/// The key file beside a database not created yet is unusable.
pub fn master_key_file_unusable(error: &KeyFileError) -> Check {
    Check::fail_as_at_start(MASTER_KEY, error.to_string())
}

/// Every stored guild key, tried with the master key.
pub fn stored_keys(keys: &StoredKeys) -> Option<Check> {
    if keys.undecryptable.is_empty() {
        return None;
    }
    let guilds: Vec<String> = keys.undecryptable.iter().map(u64::to_string).collect();
    Some(Check::warn(
        "stored keys",
        format!(
            "{} of {} do not decrypt (Discord servers {}): they were altered or copied from \
             another server",
            keys.undecryptable.len(),
            plural(keys.total, "stored HEO key", "stored HEO keys"),
            listed(&guilds, 5)
        ),
        "An admin in each of those Discord servers runs /link-key again.",
    ))
}

/// The stored keys could not be read.
pub fn stored_keys_unreadable(error: &StoreError) -> Check {
    Check::fail(
        "stored keys",
        format!("could not read the stored keys ({})", with_causes(error)),
        "Check that DATABASE_URL names a heo-bot database.",
    )
}
