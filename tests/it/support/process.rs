//! The real `heo-bot` binary as a child process, for what only the binary does (its log
//! output), with stdout and stderr captured.

use std::io::Read;
use std::path::Path;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::{Arc, Mutex, PoisonError};
use std::thread::JoinHandle;
use std::time::Duration;

use super::discord::WAIT;

/// How long a stopping bot may take after SIGTERM before it is killed.
const STOP_GRACE: Duration = Duration::from_secs(5);
const POLL: Duration = Duration::from_millis(20);

pub struct BotProcess {
    child: Child,
    /// stdout and stderr, kept apart so that a line is never cut by the other stream.
    output: [Arc<Mutex<Vec<u8>>>; 2],
    readers: Vec<JoinHandle<()>>,
}

impl BotProcess {
    /// Runs the binary in `dir` with only the environment `vars` (no `.env` is found there).
    ///
    /// Started through `sh`, which sets SIGXFSZ to be ignored and hands that on through
    /// `exec`: with a file-size limit of 0 ([`Self::refuse_file_writes`]) a write then fails
    /// with EFBIG instead of the signal killing the bot (Rust offers no safe way to ignore a
    /// signal in the child).
    pub fn spawn(vars: &[(&str, &str)], dir: &Path) -> Self {
        let mut command = Command::new("/bin/sh");
        command
            .args([
                "-c",
                "trap '' XFSZ; exec \"$0\"",
                env!("CARGO_BIN_EXE_heo-bot"),
            ])
            .env_clear()
            .envs(vars.iter().copied())
            .current_dir(dir);
        Self::spawn_command(command)
    }

    /// Runs `command`, which must end by `exec`ing the bot (so that signals reach it), with
    /// its output captured.
    pub fn spawn_command(mut command: Command) -> Self {
        let mut child = command
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start the heo-bot binary");
        let output: [Arc<Mutex<Vec<u8>>>; 2] = Default::default();
        let stdout = child.stdout.take().expect("piped stdout");
        let stderr = child.stderr.take().expect("piped stderr");
        let readers = vec![
            capture(Box::new(stdout), output[0].clone()),
            capture(Box::new(stderr), output[1].clone()),
        ];
        Self {
            child,
            output,
            readers,
        }
    }

    /// Everything printed so far: stdout, then stderr.
    pub fn output(&self) -> String {
        let text = |stream: &Mutex<Vec<u8>>| {
            let bytes = stream.lock().unwrap_or_else(PoisonError::into_inner);
            String::from_utf8_lossy(&bytes).into_owned()
        };
        format!("{}\n{}", text(&self.output[0]), text(&self.output[1]))
    }

    /// Waits until the output contains `text`; panics with the output after [`WAIT`].
    pub async fn wait_for_output(&mut self, text: &str) {
        self.wait_for_output_within(text, WAIT).await;
    }

    /// [`Self::wait_for_output`], waiting up to `within`.
    pub async fn wait_for_output_within(&mut self, text: &str, within: Duration) {
        let deadline = tokio::time::Instant::now() + within;
        while !self.output().contains(text) {
            if let Some(status) = self.child.try_wait().expect("child status") {
                panic!("heo-bot exited ({status}):\n{}", self.output());
            }
            assert!(
                tokio::time::Instant::now() < deadline,
                "no {text:?} after {within:?} in:\n{}",
                self.output()
            );
            tokio::time::sleep(POLL).await;
        }
    }

    /// Sends `signal` (`"TERM"`, `"INT"`, ...) with `kill`, and returns at once.
    pub fn signal(&self, signal: &str) {
        let pid = self.child.id().to_string();
        let sent = Command::new("kill")
            .args([&format!("-{signal}"), &pid])
            .status()
            .expect("run kill");
        assert!(sent.success(), "kill -{signal} {pid} failed");
    }

    /// Makes every write the bot makes to a file fail from now on (EFBIG, which SQLite reports
    /// as a disk I/O error), until the guard is dropped. Reads and the output pipes still
    /// work. A file-size limit of 0 set with `prlimit`: unlike `chattr +i`, it needs no
    /// capability, as root or not, on any filesystem.
    pub fn refuse_file_writes(&self) -> FileWritesRefused {
        let pid = self.child.id().to_string();
        prlimit(&pid, "0:unlimited");
        FileWritesRefused(pid)
    }

    /// Whether the bot has not exited yet.
    pub fn is_running(&mut self) -> bool {
        self.child.try_wait().expect("child status").is_none()
    }

    /// How many times `text` occurs in the output so far.
    pub fn count_in_output(&self, text: &str) -> usize {
        self.output().matches(text).count()
    }

    /// Waits up to `within` for the bot to exit by itself; panics with its output if it
    /// does not.
    pub async fn exit_within(&mut self, within: Duration) -> ExitStatus {
        let deadline = tokio::time::Instant::now() + within;
        loop {
            if let Some(status) = self.child.try_wait().expect("child status") {
                self.read_to_the_end().await;
                return status;
            }
            assert!(
                tokio::time::Instant::now() < deadline,
                "still running {within:?} later:\n{}",
                self.output()
            );
            tokio::time::sleep(POLL).await;
        }
    }

    /// Waits (briefly) for the readers to take the last lines the exited bot printed: its
    /// closing `heo-bot: …` line may still be in the pipe when the exit is seen.
    async fn read_to_the_end(&mut self) {
        let deadline = tokio::time::Instant::now() + Duration::from_secs(2);
        while self.readers.iter().any(|reader| !reader.is_finished())
            && tokio::time::Instant::now() < deadline
        {
            tokio::time::sleep(POLL).await;
        }
    }

    /// Stops the bot as a service manager would (SIGTERM, then SIGKILL if it lingers) and
    /// returns all it printed.
    pub async fn stop(mut self) -> String {
        let pid = self.child.id().to_string();
        let signalled = Command::new("kill").args(["-TERM", &pid]).status();
        if signalled.is_ok_and(|s| s.success()) {
            let deadline = tokio::time::Instant::now() + STOP_GRACE;
            while self.child.try_wait().expect("child status").is_none()
                && tokio::time::Instant::now() < deadline
            {
                tokio::time::sleep(POLL).await;
            }
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
        for reader in std::mem::take(&mut self.readers) {
            let _ = reader.join();
        }
        self.output()
    }
}

impl Drop for BotProcess {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A file-size limit of 0 on the bot, lifted again on drop; see
/// [`BotProcess::refuse_file_writes`].
pub struct FileWritesRefused(String);

impl Drop for FileWritesRefused {
    fn drop(&mut self) {
        // Only the soft limit was lowered: raising it back needs no privilege either.
        prlimit(&self.0, "unlimited:unlimited");
    }
}

/// Sets the file-size limit (`soft:hard`) of process `pid`; fails the test if it cannot.
fn prlimit(pid: &str, fsize: &str) {
    let set = Command::new("prlimit")
        .args(["--pid", pid, &format!("--fsize={fsize}")])
        .status()
        .unwrap_or_else(|e| panic!("run prlimit (util-linux) to limit the bot's writes: {e}"));
    assert!(set.success(), "prlimit --pid {pid} --fsize={fsize} failed");
}

fn capture(mut pipe: Box<dyn Read + Send>, into: Arc<Mutex<Vec<u8>>>) -> JoinHandle<()> {
    std::thread::spawn(move || {
        let mut buffer = [0u8; 8192];
        while let Ok(n @ 1..) = pipe.read(&mut buffer) {
            let mut output = into.lock().unwrap_or_else(PoisonError::into_inner);
            output.extend_from_slice(&buffer[..n]);
        }
    })
}
