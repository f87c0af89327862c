//! Connections that met a read-only or I/O error are replaced, not reused.
//!
//! SQLite opens a connection's write-ahead log once. A connection that (re)opened it while
//! the file could not be written (a read-only remount, `chattr +i`, a full disk) keeps a
//! read-only handle after the file is writable again, and refuses every later write:
//! measured, after a read-only spell ended, one or two of the pool's four connections kept
//! answering "attempt to write a readonly database", so writes failed at random until the
//! bot restarted. Every such error marks the time; connections opened before the latest
//! mark are closed when next taken from the pool, and fresh ones open the log anew.
//!
//! One mark per process: the lock file keeps a process to one database. SQLite only.

use std::sync::LazyLock;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

/// SQLite's primary result codes that can leave a connection unable to write.
const SQLITE_READONLY: i32 = 8;
const SQLITE_IOERR: i32 = 10;
const SQLITE_FULL: i32 = 13;

static EPOCH: LazyLock<Instant> = LazyLock::new(Instant::now);
/// Microseconds after [`EPOCH`] of the latest such error, plus one; 0 for none yet.
static LATEST_FAILURE: AtomicU64 = AtomicU64::new(0);

/// Notes `error` if it is one that can leave its connection unable to write.
pub(super) fn note(error: &sqlx::Error) {
    let sqlx::Error::Database(error) = error else {
        return;
    };
    // PostgreSQL's codes are SQLSTATEs, and its connections do not keep such handles.
    if error
        .try_downcast_ref::<sqlx::sqlite::SqliteError>()
        .is_none()
    {
        return;
    }
    if leaves_connection_unwritable(error.code().as_deref()) {
        LATEST_FAILURE.store(micros_since_epoch(Instant::now()) + 1, Ordering::SeqCst);
    }
}

/// Whether a pooled connection opened `age` ago may be used again: it was opened after the
/// latest such error.
pub(super) fn still_usable(age: Duration) -> bool {
    let latest = LATEST_FAILURE.load(Ordering::SeqCst);
    if latest == 0 {
        return true;
    }
    let now = Instant::now();
    let opened = now.checked_sub(age).unwrap_or(*EPOCH);
    micros_since_epoch(opened) >= latest
}

fn micros_since_epoch(at: Instant) -> u64 {
    let since = at.saturating_duration_since(*EPOCH);
    u64::try_from(since.as_micros()).unwrap_or(u64::MAX - 1)
}

/// SQLite reports extended result codes (such as 778, a write I/O error); the primary code
/// is the low byte.
fn leaves_connection_unwritable(code: Option<&str>) -> bool {
    let Some(code) = code.and_then(|c| c.parse::<i32>().ok()) else {
        return false;
    };
    matches!(code & 0xff, SQLITE_READONLY | SQLITE_IOERR | SQLITE_FULL)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn read_only_io_and_full_disk_errors_count_and_others_do_not() {
        for code in ["8", "264", "1032", "10", "778", "13"] {
            assert!(leaves_connection_unwritable(Some(code)), "{code}");
        }
        for code in ["5", "517", "19", "2067", "1", "oops"] {
            assert!(!leaves_connection_unwritable(Some(code)), "{code}");
        }
        assert!(!leaves_connection_unwritable(None));
    }

    #[test]
    fn connections_opened_before_the_latest_failure_are_replaced_and_later_ones_kept() {
        // The process-wide mark is shared by the tests of this module only.
        let failed_at = Instant::now();
        LATEST_FAILURE.store(micros_since_epoch(failed_at) + 1, Ordering::SeqCst);
        std::thread::sleep(Duration::from_millis(5));
        let opened_before = failed_at.elapsed() + Duration::from_millis(1);
        assert!(!still_usable(opened_before));
        assert!(still_usable(Duration::from_millis(1)));
    }
}
