//! SIGTERM and Ctrl-C (SIGINT), as the operator and service managers send them. The first
//! asks the bot to stop: it finishes the actions under way within `SHUTDOWN_GRACE_SECS`,
//! then exits. A second ends the process at once, for an operator who will not wait. And a
//! stop that still runs [`MARGIN`] after the grace period ends the process too: whatever
//! part of the stop hangs (a database, a Discord connection, a name lookup on a blocking
//! thread), `systemctl stop` and `docker stop` see the bot exit in a bounded time.

use std::future::Future;
use std::time::Duration;

use tokio::sync::oneshot;

/// How long after the grace period a stop may still run before the process ends anyway.
/// The orderly stop needs at most a few seconds of it (see `startup::stopping`).
pub const MARGIN: Duration = Duration::from_secs(10);

/// The exit code after a second signal: the shell's for a process ended by Ctrl-C.
pub const SECOND_SIGNAL_EXIT: i32 = 130;

/// Listens for the stop signals from now on; the returned future completes on the first.
/// Must be called inside the runtime.
pub fn listen(grace: Duration) -> impl Future<Output = ()> + Send + 'static {
    let (first_tx, first_rx) = oneshot::channel();
    let mut signals = match Signals::install() {
        Ok(signals) => signals,
        Err(error) => {
            eprintln!("heo-bot: could not listen for SIGTERM ({error}); only Ctrl-C stops it");
            return Box::pin(async {
                let _ = tokio::signal::ctrl_c().await;
            }) as std::pin::Pin<Box<dyn Future<Output = ()> + Send>>;
        }
    };
    tokio::spawn(async move {
        signals.next().await;
        let _ = first_tx.send(());
        tokio::select! {
            () = signals.next() => {
                eprintln!(
                    "heo-bot: a second stop signal; exiting at once, without waiting for the \
                     actions under way"
                );
                std::process::exit(SECOND_SIGNAL_EXIT);
            }
            () = tokio::time::sleep(grace + MARGIN) => {
                eprintln!(
                    "heo-bot: still stopping {} s after the signal; exiting now",
                    (grace + MARGIN).as_secs()
                );
                std::process::exit(1);
            }
        }
    });
    Box::pin(async move {
        // The sender is only dropped once it has sent: the task above never ends otherwise.
        let _ = first_rx.await;
    })
}

/// SIGTERM and SIGINT, installed once: a handler installed late would let a signal sent in
/// between kill the process without the drain.
struct Signals {
    #[cfg(unix)]
    term: tokio::signal::unix::Signal,
    #[cfg(unix)]
    int: tokio::signal::unix::Signal,
}

impl Signals {
    #[cfg(unix)]
    fn install() -> std::io::Result<Self> {
        use tokio::signal::unix::{SignalKind, signal};
        Ok(Self {
            term: signal(SignalKind::terminate())?,
            int: signal(SignalKind::interrupt())?,
        })
    }

    #[cfg(not(unix))]
    fn install() -> std::io::Result<Self> {
        Ok(Self {})
    }

    /// The next SIGTERM or SIGINT.
    async fn next(&mut self) {
        #[cfg(unix)]
        tokio::select! {
            _ = self.term.recv() => {}
            _ = self.int.recv() => {}
        }
        #[cfg(not(unix))]
        let _ = tokio::signal::ctrl_c().await;
    }
}
