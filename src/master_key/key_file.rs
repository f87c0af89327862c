//! The master key file beside the database (`heo-bot.db.key` next to `heo-bot.db`), used
//! when `HEO_BOT_MASTER_KEY` is unset. Created with mode 0600; one readable by other users is
//! refused, as is a symbolic link or a file of another user. Each file is written whole under
//! a temporary name and only then given its name, so a crash never leaves a torn key. A
//! rotation first writes the new key to `<file>.new`, which replaces the file
//! (rename) only after the database has been re-encrypted.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Read, Write};
#[cfg(unix)]
use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};

use secrecy::{ExposeSecret, SecretString};

use super::seal::MasterKey;

/// The key file and its pending replacement.
#[derive(Debug, Clone)]
pub struct KeyFile {
    path: PathBuf,
    pending: PathBuf,
}

/// A key file problem. Names the file, never its content.
#[derive(Debug, thiserror::Error)]
pub enum KeyFileError {
    /// The file could not be read; check its owner and permissions.
    #[error("could not read the master key file {}", .path.display())]
    Read {
        path: PathBuf,
        #[source]
        source: io::Error,
    },
    /// The file could not be written; check that the database folder is writable.
    #[error("could not write the master key file {}", .path.display())]
    Write {
        path: PathBuf,
        #[source]
        source: io::Error,
    },
    /// The file does not hold a base64 32-byte key: restore it from the backup.
    #[error("the master key file {} does not hold a valid key; restore it from your backup", .path.display())]
    Invalid { path: PathBuf },
    /// Other users may read the file: tighten it (`chmod 600`) and consider the key exposed.
    #[error(
        "the master key file {} is readable by other users; run `chmod 600` on it (and consider rotating the master key)",
        .path.display()
    )]
    TooOpen { path: PathBuf },
    /// The key file is a symbolic link: whoever can change where it points chooses the key.
    #[error(
        "the master key file {} is a symbolic link; put the key file itself there (readable by the bot's user only)",
        .path.display()
    )]
    Symlink { path: PathBuf },
    /// The key file belongs to another user, who could read or replace it.
    #[error(
        "the master key file {} belongs to another user; `chown` it to the user the bot runs as (and consider rotating the master key)",
        .path.display()
    )]
    NotOwned { path: PathBuf },
}

impl KeyFile {
    /// The key file for the database at `database`: the same path with `.key` appended.
    pub fn beside(database: &Path) -> Self {
        let mut path = database.as_os_str().to_owned();
        path.push(".key");
        let path = PathBuf::from(path);
        let mut pending = path.clone().into_os_string();
        pending.push(".new");
        Self {
            path,
            pending: PathBuf::from(pending),
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Where a rotation puts the new key until the database is re-encrypted.
    pub fn pending_path(&self) -> &Path {
        &self.pending
    }

    /// The key in the file, or `None` if there is no file.
    pub fn read(&self) -> Result<Option<MasterKey>, KeyFileError> {
        read_key(&self.path)
    }

    /// The key a rotation left behind, or `None`.
    pub fn read_pending(&self) -> Result<Option<MasterKey>, KeyFileError> {
        read_key(&self.pending)
    }

    /// Creates the key file holding `key`; fails if one exists.
    pub fn create(&self, key: &MasterKey) -> Result<(), KeyFileError> {
        write_new_file(&self.path, key)
    }

    /// Writes `key` as the pending key, replacing any earlier pending key.
    pub fn write_pending(&self, key: &MasterKey) -> Result<(), KeyFileError> {
        self.discard_pending()?;
        write_new_file(&self.pending, key)
    }

    /// Makes the pending key the key file, atomically.
    pub fn promote_pending(&self) -> Result<(), KeyFileError> {
        let failed = |source| KeyFileError::Write {
            path: self.path.clone(),
            source,
        };
        fs::rename(&self.pending, &self.path).map_err(failed)?;
        sync_dir(&self.path).map_err(failed)
    }

    /// Removes the pending key, if any.
    pub fn discard_pending(&self) -> Result<(), KeyFileError> {
        remove_if_present(&self.pending).map_err(|source| KeyFileError::Write {
            path: self.pending.clone(),
            source,
        })
    }
}

fn read_key(path: &Path) -> Result<Option<MasterKey>, KeyFileError> {
    let failed = |source| KeyFileError::Read {
        path: path.to_owned(),
        source,
    };
    match std::fs::symlink_metadata(path) {
        Ok(link) if link.file_type().is_symlink() => {
            return Err(KeyFileError::Symlink {
                path: path.to_owned(),
            });
        }
        Ok(_) => {}
        Err(error) if error.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(error) => return Err(failed(error)),
    }
    let mut file = match File::open(path) {
        Ok(file) => file,
        Err(error) if error.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(error) => return Err(failed(error)),
    };
    #[cfg(unix)]
    {
        let metadata = file.metadata().map_err(failed)?;
        if metadata.permissions().mode() & 0o077 != 0 {
            return Err(KeyFileError::TooOpen {
                path: path.to_owned(),
            });
        }
        if current_uid().is_some_and(|uid| uid != std::os::unix::fs::MetadataExt::uid(&metadata)) {
            return Err(KeyFileError::NotOwned {
                path: path.to_owned(),
            });
        }
    }
    let mut text = String::new();
    file.read_to_string(&mut text).map_err(failed)?;
    let text = SecretString::from(text);
    MasterKey::from_base64(text.expose_secret())
        .map(Some)
        .map_err(|_| KeyFileError::Invalid {
            path: path.to_owned(),
        })
}

/// Creates `path` holding `key` (mode 0600), failing if it exists, such that `path` never
/// holds less than the whole key: a crash between creating a file and writing it left an
/// empty key file, which stopped every later start. The key is written and synced under a
/// temporary name first, then hard-linked to `path` (which, like `create_new`, fails if
/// `path` exists), and the temporary name removed.
fn write_new_file(path: &Path, key: &MasterKey) -> Result<(), KeyFileError> {
    let failed = |source| KeyFileError::Write {
        path: path.to_owned(),
        source,
    };
    let temp = temp_path(path);
    // What a crash during an earlier write left; never a key anyone relies on.
    remove_if_present(&temp).map_err(failed)?;
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    options.mode(0o600);
    let mut file = options.open(&temp).map_err(failed)?;
    let text = key.to_base64();
    let written = file
        .write_all(text.expose_secret().as_bytes())
        .and_then(|()| file.write_all(b"\n"))
        .and_then(|()| file.sync_all())
        .and_then(|()| link_new(&temp, path));
    let removed = remove_if_present(&temp);
    written.and(removed).map_err(failed)?;
    sync_dir(path).map_err(failed)
}

/// Where [`write_new_file`] writes before the key is complete.
fn temp_path(path: &Path) -> PathBuf {
    let mut temp = path.as_os_str().to_owned();
    temp.push(".tmp");
    PathBuf::from(temp)
}

/// Gives the complete file at `temp` the name `path`, failing if `path` exists. Where the
/// file system has no hard links, a rename after checking `path` is absent: the database's
/// process lock keeps a second bot from racing it.
fn link_new(temp: &Path, path: &Path) -> io::Result<()> {
    match fs::hard_link(temp, path) {
        Err(error) if error.kind() != io::ErrorKind::AlreadyExists => {
            if fs::symlink_metadata(path).is_ok() {
                return Err(io::ErrorKind::AlreadyExists.into());
            }
            fs::rename(temp, path)
        }
        linked => linked,
    }
}

fn remove_if_present(path: &Path) -> io::Result<()> {
    match fs::remove_file(path) {
        Err(error) if error.kind() != io::ErrorKind::NotFound => Err(error),
        _ => Ok(()),
    }
}

/// The user this process runs as: the owner of `/proc/self` (Linux; no unsafe call needed).
/// `None` where that cannot be read, and the ownership check is then skipped.
#[cfg(unix)]
fn current_uid() -> Option<u32> {
    std::fs::metadata("/proc/self")
        .ok()
        .map(|proc| std::os::unix::fs::MetadataExt::uid(&proc))
}

/// Makes a new or renamed file in `path`'s folder survive a power cut.
fn sync_dir(path: &Path) -> io::Result<()> {
    #[cfg(unix)]
    if let Some(dir) = path.parent() {
        let dir = if dir.as_os_str().is_empty() {
            Path::new(".")
        } else {
            dir
        };
        File::open(dir)?.sync_all()?;
    }
    Ok(())
}
