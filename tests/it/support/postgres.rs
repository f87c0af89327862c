//! A real PostgreSQL for the tests: one throw-away cluster per test run, a fresh database per
//! test.
//!
//! Where the cluster comes from, in order:
//! - `HEO_TEST_POSTGRES_URL` (`postgres://user@host:port`, no database name): a cluster
//!   someone else started, as `.ci/run` does;
//! - PostgreSQL's own binaries (`/usr/lib/postgresql/<version>/bin`, or `PG_BIN`): a cluster
//!   initialised in a temporary directory, on a free loopback port, stopped and deleted when
//!   the test process ends, however it ends;
//! - neither: the PostgreSQL tests print one line saying they did not run and why, and pass,
//!   unless `REQUIRE_POSTGRES=1` (set by `.ci/run`), where they fail.

use std::io::{BufRead, BufReader, Write};
use std::net::{Ipv4Addr, TcpListener};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{Duration, Instant};

use sqlx::Connection;
use sqlx::postgres::PgConnection;

/// How to get PostgreSQL, for the line printed when it is missing.
const INSTALL: &str = "install PostgreSQL (Debian/Ubuntu: apt-get install -y postgresql) or set \
                       HEO_TEST_POSTGRES_URL; .ci/run does this and sets REQUIRE_POSTGRES=1";

struct Cluster {
    /// `postgres://user@host:port`, to which a database name is appended.
    base: String,
    /// The shell that stops the server when our end of its stdin closes; `None` for a
    /// cluster started by someone else.
    _stopper: Option<Child>,
}

static CLUSTER: OnceLock<Result<Cluster, String>> = OnceLock::new();
static NEXT_DATABASE: AtomicU32 = AtomicU32::new(0);

/// The URL of a new, empty database on the test cluster, or `None` when PostgreSQL is not
/// available here and not required (after printing why).
pub async fn fresh_database(test: &str) -> Option<String> {
    let base = match CLUSTER.get_or_init(start) {
        Ok(cluster) => &cluster.base,
        Err(why) => {
            not_run(test, why);
            return None;
        }
    };
    Some(create_database(base, "").await)
}

/// Creates a new, empty database on the cluster at `server` (`postgres://user@host:port`),
/// connecting with `options` (`""` or a URL query such as `?sslmode=…`); returns its URL.
async fn create_database(server: &str, options: &str) -> String {
    let name = format!(
        "heo_test_{}_{}",
        std::process::id(),
        NEXT_DATABASE.fetch_add(1, Ordering::SeqCst)
    );
    let mut admin = admin(server, options).await;
    sqlx::query(&format!("CREATE DATABASE {name}"))
        .execute(&mut admin)
        .await
        .expect("a fresh test database");
    admin.close().await.ok();
    format!("{server}/{name}{options}")
}

/// Says, in a line the test harness does not swallow, that `test` did not run on PostgreSQL
/// and why; fails instead where PostgreSQL is required (`REQUIRE_POSTGRES=1`).
pub fn not_run(test: &str, why: &str) {
    if std::env::var("REQUIRE_POSTGRES").is_ok_and(|v| v == "1") {
        panic!("REQUIRE_POSTGRES=1 but {test} cannot run on PostgreSQL: {why}");
    }
    // Straight to stderr: the harness captures `eprintln!` and shows it only for failures.
    let _ = writeln!(
        std::io::stderr().lock(),
        "NOT RUN on PostgreSQL: {test}: {why}; {INSTALL}"
    );
}

/// A connection to the cluster's `postgres` database, waiting out a server still starting.
async fn admin(server: &str, options: &str) -> PgConnection {
    let give_up = Instant::now() + Duration::from_secs(30);
    loop {
        match PgConnection::connect(&format!("{server}/postgres{options}")).await {
            Ok(connection) => return connection,
            Err(error) if Instant::now() > give_up => {
                panic!("no connection to the test cluster at {server}: {error}")
            }
            Err(_) => tokio::time::sleep(Duration::from_millis(100)).await,
        }
    }
}

fn start() -> Result<Cluster, String> {
    if let Ok(url) = std::env::var("HEO_TEST_POSTGRES_URL") {
        return Ok(Cluster {
            base: url.trim_end_matches('/').to_owned(),
            _stopper: None,
        });
    }
    start_own(false)
}

static TLS_CLUSTER: OnceLock<Result<Cluster, String>> = OnceLock::new();

/// A new database on a cluster of its own that speaks TLS only (`hostssl` with a
/// certificate for 127.0.0.1 signed by a throw-away CA), and that CA's certificate file; or
/// `None` as for [`fresh_database`]. Always started here: a cluster from
/// `HEO_TEST_POSTGRES_URL` has no TLS.
pub async fn fresh_tls_database(test: &str) -> Option<(String, PathBuf)> {
    let base = match TLS_CLUSTER.get_or_init(|| start_own(true)) {
        Ok(cluster) => &cluster.base,
        Err(why) => {
            not_run(test, why);
            return None;
        }
    };
    let ca = base
        .split_once("sslrootcert=")
        .map(|(_, path)| PathBuf::from(path))
        .expect("the TLS cluster's URL names its CA");
    let (server, query) = base.split_once('?').expect("a URL with options");
    Some((create_database(server, &format!("?{query}")).await, ca))
}

/// Makes a CA and a server certificate for 127.0.0.1 in the data directory `dir`, and lets
/// only TLS connections in.
fn prepare_tls(dir: &Path, as_root: bool) -> Result<(), String> {
    let script = r#"
        set -e
        cd "$DIR"
        openssl req -x509 -new -nodes -newkey rsa:2048 -days 2 -subj /CN=heo-bot-test-ca             -keyout ca.key -out ca.crt 2>/dev/null
        openssl req -new -nodes -newkey rsa:2048 -subj /CN=localhost             -keyout server.key -out server.csr 2>/dev/null
        printf 'subjectAltName=IP:127.0.0.1,DNS:localhost
' > san.ext
        openssl x509 -req -in server.csr -CA ca.crt -CAkey ca.key -CAcreateserial -days 2             -extfile san.ext -out server.crt 2>/dev/null
        chmod 600 server.key
        printf 'local all all trust
hostssl all all 127.0.0.1/32 trust
' > pg_hba.conf
        if [ "$ROOT" = 1 ]; then chown postgres server.key server.crt pg_hba.conf; fi
    "#;
    run(Command::new("sh")
        .arg("-c")
        .arg(script)
        .env("DIR", dir)
        .env("ROOT", if as_root { "1" } else { "0" }))
    .map_err(|why| format!("could not make test certificates with openssl: {why}"))
}

fn start_own(tls: bool) -> Result<Cluster, String> {
    let bin = binaries().ok_or("PostgreSQL's binaries (initdb, postgres) were not found")?;
    let dir = tempfile::Builder::new()
        .prefix("heo-bot-test-pg-")
        .tempdir()
        .map_err(|e| format!("no temporary directory: {e}"))?
        .keep();
    let as_root = is_root();
    if as_root {
        // PostgreSQL refuses to run as root; its package's `postgres` user runs it.
        run(Command::new("chown").arg("postgres").arg(&dir))?;
    }
    let initdb = bin.join("initdb");
    let mut init = as_server_user(as_root, &initdb);
    init.args([
        "-A",
        "trust",
        "-U",
        "postgres",
        "-E",
        "UTF8",
        "--no-sync",
        "-D",
    ])
    .arg(&dir);
    if let Err(why) = run(&mut init).and_then(|()| {
        if tls {
            prepare_tls(&dir, as_root)
        } else {
            Ok(())
        }
    }) {
        let _ = std::fs::remove_dir_all(&dir);
        return Err(why);
    }

    let port = free_port()?;
    // The server runs until the test process's end of this shell's stdin closes (the
    // process ended, however), then stops and its directory is deleted. pg_ctl, not a
    // long-lived `runuser postgres`, which would not pass a signal on to the server.
    let script = r#"
        $AS "$BIN/pg_ctl" -D "$DIR" -l "$DIR/server.log" -w -s start \
            -o "-c listen_addresses=127.0.0.1 -p $PORT -k $DIR -c fsync=off -c max_connections=400 $EXTRA" \
            || exit 1
        echo started
        read -r _
        $AS "$BIN/pg_ctl" -D "$DIR" -m immediate -s stop
        rm -rf "$DIR"
    "#;
    let mut stopper = Command::new("sh")
        .arg("-c")
        .arg(script)
        .env(
            "AS",
            if as_root {
                "runuser -u postgres --"
            } else {
                ""
            },
        )
        .env("BIN", &bin)
        .env("EXTRA", if tls { "-c ssl=on" } else { "" })
        .env("DIR", &dir)
        .env("PORT", port.to_string())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| format!("could not start postgres: {e}"))?;
    let mut started = String::new();
    let stdout = stopper.stdout.take().expect("piped stdout");
    let _ = BufReader::new(stdout).read_line(&mut started);
    if started.trim() != "started" {
        let log = std::fs::read_to_string(dir.join("server.log")).unwrap_or_default();
        let _ = std::fs::remove_dir_all(&dir);
        return Err(format!("postgres did not start: {log}"));
    }
    let mut base = format!("postgres://postgres@127.0.0.1:{port}");
    if tls {
        let ca = dir.join("ca.crt");
        base.push_str(&format!(
            "?sslmode=verify-full&sslrootcert={}",
            ca.display()
        ));
    }
    Ok(Cluster {
        base,
        _stopper: Some(stopper),
    })
}

/// The newest installed PostgreSQL's `bin` directory.
fn binaries() -> Option<PathBuf> {
    if let Ok(dir) = std::env::var("PG_BIN") {
        return Some(PathBuf::from(dir));
    }
    let mut versions: Vec<(u32, PathBuf)> = std::fs::read_dir("/usr/lib/postgresql")
        .ok()?
        .filter_map(|entry| {
            let entry = entry.ok()?;
            let version = entry.file_name().to_str()?.parse().ok()?;
            let bin = entry.path().join("bin");
            bin.join("postgres").exists().then_some((version, bin))
        })
        .collect();
    versions.sort();
    versions.pop().map(|(_, bin)| bin)
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|out| out.stdout.trim_ascii() == b"0")
}

fn as_server_user(as_root: bool, program: &Path) -> Command {
    if as_root {
        let mut command = Command::new("runuser");
        command.args(["-u", "postgres", "--"]).arg(program);
        command
    } else {
        Command::new(program)
    }
}

fn run(command: &mut Command) -> Result<(), String> {
    let output = command
        .output()
        .map_err(|e| format!("could not run {:?}: {e}", command.get_program()))?;
    if output.status.success() {
        return Ok(());
    }
    let mut why = format!("{:?} failed: ", command.get_program());
    why.push_str(&String::from_utf8_lossy(&output.stderr));
    Err(why)
}

fn free_port() -> Result<u16, String> {
    let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, 0))
        .map_err(|e| format!("no free loopback port: {e}"))?;
    listener
        .local_addr()
        .map(|a| a.port())
        .map_err(|e| e.to_string())
}
