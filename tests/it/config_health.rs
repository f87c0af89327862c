//! `METRICS_ADDR` and `LOG_FORMAT`: off and text unless set, and a value the bot cannot use
//! is named in one line.

use std::net::SocketAddr;
use std::process::Command;

use heo_bot::logging::LogFormat;

use crate::config::{TOKEN, config_from};

#[test]
fn metrics_are_served_nowhere_unless_metrics_addr_names_an_ip_and_port() {
    let off = config_from(&[("DISCORD_TOKEN", TOKEN)]).unwrap();
    assert_eq!(off.metrics_addr, None);
    let blank = config_from(&[("DISCORD_TOKEN", TOKEN), ("METRICS_ADDR", " ")]).unwrap();
    assert_eq!(blank.metrics_addr, None);
    for (value, addr) in [
        ("127.0.0.1:9464", "127.0.0.1:9464"),
        (" 0.0.0.0:9464 ", "0.0.0.0:9464"),
        ("[::1]:9464", "[::1]:9464"),
    ] {
        let config = config_from(&[("DISCORD_TOKEN", TOKEN), ("METRICS_ADDR", value)]).unwrap();
        assert_eq!(
            config.metrics_addr,
            Some(addr.parse::<SocketAddr>().unwrap())
        );
    }
}

#[test]
fn an_unusable_metrics_addr_names_the_variable() {
    for value in [
        "localhost:9464",
        "9464",
        "127.0.0.1",
        "127.0.0.1:99999",
        "::1:9464",
    ] {
        let message = config_from(&[("DISCORD_TOKEN", TOKEN), ("METRICS_ADDR", value)])
            .unwrap_err()
            .to_string();
        assert!(
            message.starts_with("METRICS_ADDR is invalid: expected an IP address and port"),
            "{value}: {message}"
        );
    }
}

#[test]
fn log_format_is_text_unless_set_to_json_in_any_case() {
    for (value, format) in [
        (None, LogFormat::Text),
        (Some(""), LogFormat::Text),
        (Some("text"), LogFormat::Text),
        (Some("JSON"), LogFormat::Json),
        (Some(" json "), LogFormat::Json),
    ] {
        assert_eq!(LogFormat::parse(value), Ok(format), "{value:?}");
    }
    let refused = LogFormat::parse(Some("logfmt")).unwrap_err().to_string();
    assert!(
        refused.starts_with("LOG_FORMAT is invalid: expected text or json"),
        "{refused}"
    );
}

#[test]
fn the_bot_stops_with_one_clear_line_on_an_unknown_log_format() {
    let dir = tempfile::tempdir().unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_heo-bot"))
        .env_clear()
        .envs([("DISCORD_TOKEN", TOKEN), ("LOG_FORMAT", "yaml")])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(
        stderr.trim(),
        "heo-bot: LOG_FORMAT is invalid: expected text or json (see .env.example)"
    );
}
