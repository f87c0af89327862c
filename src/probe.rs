//! `heo-bot health`: asks a running bot's `/readyz` (on `METRICS_ADDR`) whether it is ready,
//! for the container image's `HEALTHCHECK` (distroless has no curl) and for scripts. Exit
//! code 0 when the bot answers 200, 1 otherwise, with one line saying why.

use std::io::{Read, Write};
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr, TcpStream};
use std::time::Duration;

/// The variable the bot's health listener is configured by.
pub const ADDR_VAR: &str = "METRICS_ADDR";

/// Longer than a ready bot needs to answer, shorter than Docker's default check timeout.
const TIMEOUT: Duration = Duration::from_secs(3);

/// Why the bot is not known to be ready. Each says what to check.
#[derive(Debug, thiserror::Error)]
pub enum ProbeError {
    /// The health listener is off, so there is nothing to ask.
    #[error(
        "METRICS_ADDR is not set, so the bot serves no /readyz to ask; set it (e.g. 127.0.0.1:9464) for the bot and for this check"
    )]
    NotConfigured,
    /// The variable holds no address.
    #[error("METRICS_ADDR is not an address such as 127.0.0.1:9464")]
    BadAddress,
    /// Nothing answered at the address: the bot is not running, or listens elsewhere.
    #[error("no answer from the bot at {0}: is it running, with this METRICS_ADDR?")]
    Unreachable(SocketAddr, #[source] std::io::Error),
    /// The bot answered that it is not ready (starting, a shard not connected, the database
    /// not answering, or stopping).
    #[error("the bot is not ready: {0}")]
    NotReady(String),
}

/// Asks the bot at `addr` (the value of [`ADDR_VAR`]) for `/readyz`.
pub fn check(addr: Option<&str>) -> Result<(), ProbeError> {
    let addr = addr.map(str::trim).filter(|a| !a.is_empty());
    let addr: SocketAddr = addr
        .ok_or(ProbeError::NotConfigured)?
        .parse()
        .map_err(|_| ProbeError::BadAddress)?;
    let target = reachable(addr);
    let answer = get_readyz(target).map_err(|error| ProbeError::Unreachable(target, error))?;
    let (status_line, body) = answer.split_once("\r\n").unwrap_or((&answer, ""));
    if status_line.split_whitespace().nth(1) == Some("200") {
        return Ok(());
    }
    let body = body.split("\r\n\r\n").nth(1).unwrap_or_default().trim();
    let why = if body.is_empty() { status_line } else { body };
    Err(ProbeError::NotReady(why.chars().take(200).collect()))
}

/// A listener bound to every interface (`0.0.0.0`, in the image) is asked on loopback.
fn reachable(addr: SocketAddr) -> SocketAddr {
    let ip = match addr.ip() {
        IpAddr::V4(ip) if ip.is_unspecified() => IpAddr::V4(Ipv4Addr::LOCALHOST),
        IpAddr::V6(ip) if ip.is_unspecified() => IpAddr::V6(Ipv6Addr::LOCALHOST),
        ip => ip,
    };
    SocketAddr::new(ip, addr.port())
}

/// The whole answer to `GET /readyz`, at most a few kilobytes.
fn get_readyz(addr: SocketAddr) -> std::io::Result<String> {
    let mut stream = TcpStream::connect_timeout(&addr, TIMEOUT)?;
    stream.set_read_timeout(Some(TIMEOUT))?;
    stream.set_write_timeout(Some(TIMEOUT))?;
    let request = format!("GET /readyz HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n");
    stream.write_all(request.as_bytes())?;
    let mut answer = Vec::new();
    stream.take(8 * 1024).read_to_end(&mut answer)?;
    Ok(String::from_utf8_lossy(&answer).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unset_or_unreadable_address_is_named() {
        assert!(matches!(check(None), Err(ProbeError::NotConfigured)));
        assert!(matches!(check(Some(" ")), Err(ProbeError::NotConfigured)));
        assert!(matches!(
            check(Some("localhost")),
            Err(ProbeError::BadAddress)
        ));
    }

    #[test]
    fn a_listener_on_every_interface_is_asked_on_loopback() {
        let any: SocketAddr = "0.0.0.0:9464".parse().unwrap();
        assert_eq!(reachable(any), "127.0.0.1:9464".parse().unwrap());
        let v6: SocketAddr = "[::]:9464".parse().unwrap();
        assert_eq!(reachable(v6), "[::1]:9464".parse().unwrap());
    }
}
