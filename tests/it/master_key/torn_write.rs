//! A process killed while it writes the key file: the next start must not find a file that
//! exists but holds no key (it would refuse to start, and a new key cannot be made up while
//! the file is there). The kill is real: a child process writes the key under a file-size
//! limit of zero, so the kernel stops it with SIGXFSZ at its first byte.

use std::os::unix::process::ExitStatusExt;
use std::path::Path;
use std::process::{Command, Stdio};

use heo_bot::master_key::{KeyFile, MasterKey, unlock};

use super::{key_file, setup, with_keys};

/// Set only in the child: the database path whose key file it writes.
const CHILD_DB: &str = "HEO_TEST_TORN_KEY_WRITE_DB";
/// The signal the kernel sends a process that writes past its file-size limit.
const SIGXFSZ: i32 = 25;

/// The child's half of the test below; does nothing in a normal run.
#[test]
fn torn_key_write_child() {
    if let Ok(db) = std::env::var(CHILD_DB) {
        let written = KeyFile::beside(Path::new(&db)).create(&MasterKey::generate());
        panic!("the write was not stopped by the file-size limit: {written:?}");
    }
}

#[tokio::test]
async fn a_process_killed_while_writing_the_key_file_leaves_no_half_written_key_file() {
    let s = setup();
    // `ulimit -f 0` in a shell that then becomes this test binary, running only the child.
    let status = Command::new("sh")
        .args(["-c", "ulimit -f 0 && exec \"$@\"", "sh"])
        .arg(std::env::current_exe().unwrap())
        .args(["--exact", "master_key::torn_write::torn_key_write_child"])
        .args(["--test-threads=1", "--nocapture"])
        .env(CHILD_DB, &s.db)
        .stdout(Stdio::null())
        .status()
        .unwrap();
    assert_eq!(
        status.signal(),
        Some(SIGXFSZ),
        "the child was to be killed mid-write: {status:?}"
    );

    assert!(
        !key_file(&s.db).exists(),
        "a key file was left behind, holding {:?}",
        std::fs::read(key_file(&s.db)).unwrap()
    );
    // The next start creates the key as on a first start, and it stays the key.
    with_keys(&s.url, None, &[1]).await;
    let key = KeyFile::beside(&s.db).read().unwrap().expect("a key file");
    let temp = format!("{}.tmp", key_file(&s.db).display());
    assert!(
        !Path::new(&temp).exists(),
        "the torn write's leftover stays"
    );
    unlock(&s.url, Some(&key))
        .await
        .unwrap()
        .store
        .close()
        .await;
}
