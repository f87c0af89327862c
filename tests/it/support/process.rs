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
    pub fn spawn(vars: &[(&str, &str)], dir: &Path) -> Self {
        let mut child = Command::new(env!("CARGO_BIN_EXE_heo-bot"))
            .env_clear()
            .envs(vars.iter().copied())
            .current_dir(dir)
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
        let deadline = tokio::time::Instant::now() + WAIT;
        while !self.output().contains(text) {
            if let Some(status) = self.child.try_wait().expect("child status") {
                panic!("heo-bot exited ({status}):\n{}", self.output());
            }
            assert!(
                tokio::time::Instant::now() < deadline,
                "no {text:?} after {WAIT:?} in:\n{}",
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

    /// Waits up to `within` for the bot to exit by itself; panics with its output if it
    /// does not.
    pub async fn exit_within(&mut self, within: Duration) -> ExitStatus {
        let deadline = tokio::time::Instant::now() + within;
        loop {
            if let Some(status) = self.child.try_wait().expect("child status") {
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

fn capture(mut pipe: Box<dyn Read + Send>, into: Arc<Mutex<Vec<u8>>>) -> JoinHandle<()> {
    std::thread::spawn(move || {
        let mut buffer = [0u8; 8192];
        while let Ok(n @ 1..) = pipe.read(&mut buffer) {
            let mut output = into.lock().unwrap_or_else(PoisonError::into_inner);
            output.extend_from_slice(&buffer[..n]);
        }
    })
}
