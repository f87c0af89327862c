use std::process::ExitCode;
use std::time::Duration;

use heo_bot::config::Config;
use heo_bot::logging;
use secrecy::ExposeSecret;

const USAGE: &str =
    "usage: heo-bot [rotate-master-key | new-master-key | migrate-to-postgres | doctor | health]";

/// What this run does, from its one optional argument.
enum Command {
    Run,
    RotateMasterKey,
    MigrateToPostgres,
}

/// How long tasks still running when the bot has stopped (a shard still reconnecting, a
/// name lookup on a blocking thread) may hold the exit.
const LEFTOVER_TASKS_WITHIN: Duration = Duration::from_secs(1);

fn main() -> ExitCode {
    let runtime = match tokio::runtime::Runtime::new() {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("heo-bot: could not start the async runtime: {error}");
            return ExitCode::FAILURE;
        }
    };
    let code = runtime.block_on(run());
    // Dropping the runtime would wait for every blocking task, however long it takes.
    runtime.shutdown_timeout(LEFTOVER_TASKS_WITHIN);
    code
}

async fn run() -> ExitCode {
    // The argument is never echoed: a key pasted in the wrong place would land in the log.
    let command = match std::env::args().nth(1).as_deref() {
        None => Command::Run,
        Some("rotate-master-key") => Command::RotateMasterKey,
        Some("migrate-to-postgres") => Command::MigrateToPostgres,
        Some("health") => return health(),
        // Reads the configuration itself: a bad setting is one of the lines it reports.
        Some("doctor") => return heo_bot::doctor::run_from_env().await,
        Some("new-master-key") => {
            // For HEO_BOT_MASTER_KEY, which PostgreSQL needs: printed to the operator's
            // terminal once, never logged, and touching no database.
            let key = heo_bot::master_key::MasterKey::generate();
            println!("{}", key.to_base64().expose_secret());
            return ExitCode::SUCCESS;
        }
        Some(_) => {
            eprintln!("heo-bot: unknown argument; {USAGE}");
            return ExitCode::from(2);
        }
    };
    // A missing .env is fine: the real environment may hold everything. The real
    // environment wins over .env.
    let dotenv = dotenvy::dotenv();
    let var = |name| std::env::var(name).ok();
    if let Err(error) = logging::init(var("RUST_LOG").as_deref(), var("LOG_FORMAT").as_deref()) {
        eprintln!("heo-bot: {error}");
        return ExitCode::FAILURE;
    }
    if let Err(error) = &dotenv
        && !error.not_found()
    {
        eprintln!("heo-bot: could not read .env: {error}");
        return ExitCode::FAILURE;
    }

    let config = match Config::from_env() {
        Ok(config) => {
            logging::conceal(config.discord_token.expose_secret());
            config
        }
        Err(error) => {
            eprintln!("heo-bot: {error}");
            return ExitCode::FAILURE;
        }
    };
    let result = match command {
        Command::RotateMasterKey => heo_bot::master_key::rotate_master_key(&config)
            .await
            .map(|rotated| println!("heo-bot: {rotated}"))
            .map_err(Box::<dyn std::error::Error>::from),
        Command::MigrateToPostgres => {
            // Read here like every variable, never from the command line, where its
            // password would land in shell history and `ps`.
            let target = std::env::var(heo_bot::migrate::TARGET_VAR).ok();
            heo_bot::migrate::migrate_to_postgres(&config, target.as_deref())
                .await
                .map(|migrated| println!("heo-bot: {migrated}"))
                .map_err(Box::<dyn std::error::Error>::from)
        }
        Command::Run => {
            let stop = heo_bot::signals::listen(config.shutdown_grace);
            heo_bot::run(config, stop)
                .await
                .map_err(Box::<dyn std::error::Error>::from)
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!(
                "heo-bot: {}",
                heo_bot::error_line::with_causes(error.as_ref())
            );
            ExitCode::FAILURE
        }
    }
}

/// `heo-bot health`: whether the running bot answers ready on its `METRICS_ADDR`, read from
/// the environment or `.env` as the bot reads it (the container's `HEALTHCHECK`).
fn health() -> ExitCode {
    let _ = dotenvy::dotenv();
    let addr = std::env::var(heo_bot::probe::ADDR_VAR).ok();
    match heo_bot::probe::check(addr.as_deref()) {
        Ok(()) => {
            println!("heo-bot: ready");
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("heo-bot: {error}");
            ExitCode::FAILURE
        }
    }
}
