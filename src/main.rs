use std::process::ExitCode;

use heo_bot::config::Config;
use tracing_subscriber::EnvFilter;

/// Without `RUST_LOG`: the bot's own info lines, and only warnings from libraries.
/// serenity's `trace` level prints raw gateway payloads (modal input included), so nothing
/// here ever turns it on by itself.
const DEFAULT_LOG_FILTER: &str = "warn,heo_bot=info";

#[tokio::main]
async fn main() -> ExitCode {
    // A missing .env is fine: the real environment may hold everything.
    let dotenv = dotenvy::dotenv();
    let filter =
        EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new(DEFAULT_LOG_FILTER));
    tracing_subscriber::fmt().with_env_filter(filter).init();
    if let Err(error) = &dotenv {
        if !error.not_found() {
            eprintln!("heo-bot: could not read .env: {error}");
            return ExitCode::FAILURE;
        }
    }

    let config = match Config::from_env() {
        Ok(config) => config,
        Err(error) => {
            eprintln!("heo-bot: {error}");
            return ExitCode::FAILURE;
        }
    };
    match heo_bot::run(config, shutdown_signal()).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            tracing::debug!(error = &error as &dyn std::error::Error, "startup failed");
            eprintln!("heo-bot: {error}");
            ExitCode::FAILURE
        }
    }
}

/// Ctrl-C, or SIGTERM from a service manager.
async fn shutdown_signal() {
    let ctrl_c = tokio::signal::ctrl_c();
    #[cfg(unix)]
    {
        let mut term =
            match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
                Ok(term) => term,
                Err(_) => {
                    let _ = ctrl_c.await;
                    return;
                }
            };
        tokio::select! {
            _ = ctrl_c => {}
            _ = term.recv() => {}
        }
    }
    #[cfg(not(unix))]
    let _ = ctrl_c.await;
}
