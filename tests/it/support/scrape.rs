//! Reading the bot's `/metrics`, `/readyz` and `/healthz` as Prometheus and a probe would:
//! plain HTTP on loopback, and the Prometheus text format parsed into samples.

use std::collections::BTreeMap;
use std::net::{Ipv4Addr, TcpListener};
use std::time::Duration;

use super::discord::WAIT;

/// One line of a scrape: `name{label="value",...} value`.
#[derive(Debug, Clone, PartialEq)]
pub struct Sample {
    pub name: String,
    pub labels: BTreeMap<String, String>,
    pub value: f64,
}

/// A loopback address with a port free a moment ago, for `METRICS_ADDR`: bound, read, let go.
pub fn free_addr() -> String {
    let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).expect("bind a loopback port");
    let addr = listener.local_addr().expect("its address");
    addr.to_string()
}

/// `GET http://{addr}{path}`: the status and the body.
pub async fn get(addr: &str, path: &str) -> (u16, String) {
    let client = reqwest::Client::builder()
        .no_proxy()
        .timeout(WAIT)
        .build()
        .expect("an HTTP client");
    let response = client
        .get(format!("http://{addr}{path}"))
        .send()
        .await
        .unwrap_or_else(|e| panic!("GET {path}: {e}"));
    let status = response.status().as_u16();
    (status, response.text().await.expect("a body"))
}

/// Scrapes `/metrics` at `addr`.
pub async fn scrape(addr: &str) -> Vec<Sample> {
    let (status, body) = get(addr, "/metrics").await;
    assert_eq!(status, 200, "{body}");
    parse(&body)
}

/// Scrapes until `ready` holds of the samples, and returns them; fails after [`WAIT`] with
/// the last scrape. What the bot counts after it answered (a command's end) lands a moment
/// after the answer, so a test waits for the count it expects rather than reading it once.
pub async fn scrape_until(
    addr: &str,
    what: &str,
    ready: impl Fn(&[Sample]) -> bool,
) -> Vec<Sample> {
    let deadline = tokio::time::Instant::now() + WAIT;
    loop {
        let samples = scrape(addr).await;
        if ready(&samples) {
            return samples;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "no {what} after {WAIT:?} in:\n{samples:#?}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Polls `path` until it answers `status`; returns the body. Fails after [`WAIT`].
pub async fn get_until(addr: &str, path: &str, status: u16) -> String {
    let deadline = tokio::time::Instant::now() + WAIT;
    loop {
        let (got, body) = get(addr, path).await;
        if got == status {
            return body;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "{path} still answers {got} ({body}), not {status}, after {WAIT:?}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// The value of the sample `name` whose labels are exactly `labels`; 0 when there is none
/// (a counter that never moved has no series yet).
pub fn value(samples: &[Sample], name: &str, labels: &[(&str, &str)]) -> f64 {
    let labels: BTreeMap<String, String> = labels
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect();
    samples
        .iter()
        .find(|s| s.name == name && s.labels == labels)
        .map_or(0.0, |s| s.value)
}

/// Every series of `name` that is not zero, by its labels as `k=v` joined with commas.
pub fn nonzero(samples: &[Sample], name: &str) -> BTreeMap<String, f64> {
    samples
        .iter()
        .filter(|s| s.name == name && s.value != 0.0)
        .map(|s| {
            let labels: Vec<String> = s.labels.iter().map(|(k, v)| format!("{k}={v}")).collect();
            (labels.join(","), s.value)
        })
        .collect()
}

/// Parses the Prometheus text format; fails the test on a line it cannot read.
pub fn parse(text: &str) -> Vec<Sample> {
    text.lines()
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .map(|line| parse_line(line).unwrap_or_else(|| panic!("unreadable metric line: {line}")))
        .collect()
}

fn parse_line(line: &str) -> Option<Sample> {
    let (series, value) = line.rsplit_once(' ')?;
    let value = match value {
        "+Inf" => f64::INFINITY,
        "-Inf" => f64::NEG_INFINITY,
        other => other.parse().ok()?,
    };
    let Some((name, labels)) = series.split_once('{') else {
        return Some(Sample {
            name: series.to_owned(),
            labels: BTreeMap::new(),
            value,
        });
    };
    let labels = parse_labels(labels.strip_suffix('}')?)?;
    Some(Sample {
        name: name.to_owned(),
        labels,
        value,
    })
}

/// `a="x",b="y"`, with `\"`, `\\` and `\n` escaped inside the quotes.
fn parse_labels(mut text: &str) -> Option<BTreeMap<String, String>> {
    let mut labels = BTreeMap::new();
    while !text.is_empty() {
        let (name, rest) = text.split_once("=\"")?;
        let mut value = String::new();
        let mut chars = rest.char_indices();
        let end = loop {
            match chars.next()? {
                (at, '"') => break at,
                (_, '\\') => match chars.next()?.1 {
                    'n' => value.push('\n'),
                    other => value.push(other),
                },
                (_, c) => value.push(c),
            }
        };
        labels.insert(name.to_owned(), value);
        text = rest[end + 1..].trim_start_matches(',');
    }
    Some(labels)
}
