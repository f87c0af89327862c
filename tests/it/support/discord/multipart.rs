//! `multipart/form-data` bodies, as the bot sends a message with files: a `payload_json` part
//! holding the JSON body (checked against the schema like any other) and one `files[n]` part
//! per file, each with its file name. Parsed by hand: the format is small, and a mistake the
//! bot makes in it must fail the test, not be smoothed over by a lenient library.

use serde_json::Value;

/// One file the bot uploaded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attachment {
    /// `n` of the `files[n]` part, which the payload's `attachments` refer to by `id`.
    pub index: u64,
    pub filename: String,
    pub bytes: Vec<u8>,
}

/// A parsed multipart body: the JSON payload's bytes and the files.
pub struct Upload {
    pub payload_json: Vec<u8>,
    pub files: Vec<Attachment>,
}

/// The boundary of a `multipart/form-data` content type, or `None` for any other type.
pub fn boundary(content_type: &str) -> Option<String> {
    let mut params = content_type.split(';').map(str::trim);
    if !params.next()?.eq_ignore_ascii_case("multipart/form-data") {
        return None;
    }
    params
        .find_map(|p| p.strip_prefix("boundary="))
        .map(|b| b.trim_matches('"').to_owned())
}

/// Splits `body` on `boundary` into the payload and the files; refuses anything Discord
/// would not take (no payload, a part without a name, a file without a file name).
pub fn parse(boundary: &str, body: &[u8]) -> Result<Upload, String> {
    let delimiter = format!("--{boundary}").into_bytes();
    let mut rest = body
        .strip_prefix(delimiter.as_slice())
        .ok_or("multipart body does not start with its boundary")?;
    let mut payload_json = None;
    let mut files = Vec::new();
    let next = [b"\r\n".as_slice(), &delimiter].concat();
    loop {
        if rest.starts_with(b"--") {
            break;
        }
        rest = rest
            .strip_prefix(b"\r\n")
            .ok_or("a boundary is not followed by a line break")?;
        let end = find(rest, &next).ok_or("a part is not closed by the boundary")?;
        let (part, after) = (&rest[..end], &rest[end + next.len()..]);
        let split = find(part, b"\r\n\r\n").ok_or("a part has no header end")?;
        let headers = String::from_utf8_lossy(&part[..split]).into_owned();
        let content = part[split + 4..].to_vec();
        let name = param(&headers, "name").ok_or("a part has no name")?;
        if name == "payload_json" {
            payload_json = Some(content);
        } else if let Some(index) = name
            .strip_prefix("files[")
            .and_then(|n| n.strip_suffix(']'))
        {
            let index = index.parse().map_err(|_| format!("bad file part {name}"))?;
            let filename = param(&headers, "filename").ok_or("a file has no filename")?;
            files.push(Attachment {
                index,
                filename,
                bytes: content,
            });
        } else {
            return Err(format!("unexpected multipart part {name:?}"));
        }
        rest = after;
    }
    let payload_json = payload_json.ok_or("a multipart body without payload_json")?;
    Ok(Upload {
        payload_json,
        files,
    })
}

/// Every file must be listed in the payload's `attachments` by its index, under its name, as
/// Discord requires; a listed new file (a number id) must have been sent.
pub fn check_attachments(json: &Value, files: &[Attachment]) -> Result<(), String> {
    let listed = json["attachments"].as_array().cloned().unwrap_or_default();
    for file in files {
        let entry = listed
            .iter()
            .find(|a| {
                let id = a["id"].as_u64();
                id.or_else(|| a["id"].as_str()?.parse().ok()) == Some(file.index)
            })
            .ok_or_else(|| format!("files[{}] is not listed in attachments", file.index))?;
        if let Some(name) = entry["filename"].as_str()
            && name != file.filename
        {
            return Err(format!(
                "files[{}] is named {name:?} and {:?}",
                file.index, file.filename
            ));
        }
    }
    for entry in &listed {
        if let Some(id) = entry["id"].as_u64()
            && !files.iter().any(|f| f.index == id)
        {
            return Err(format!("attachment {id} is listed but not sent"));
        }
    }
    Ok(())
}

/// `json` with each new attachment's numeric `id` written as a string. Discord documents a
/// new upload's id as the index `n` of its `files[n]` part and takes it as a number (serenity
/// sends `0`), while the spec types every attachment id as a snowflake string; the numbers
/// were matched against the files sent (`check_attachments`) before this.
pub fn ids_as_snowflakes(json: &Value) -> Value {
    let mut json = json.clone();
    if let Some(listed) = json.get_mut("attachments").and_then(Value::as_array_mut) {
        for entry in listed {
            if let Some(id) = entry["id"].as_u64() {
                entry["id"] = id.to_string().into();
            }
        }
    }
    json
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// `key="value"` in a part's Content-Disposition header.
fn param(headers: &str, key: &str) -> Option<String> {
    let disposition = headers
        .lines()
        .find(|l| l.to_ascii_lowercase().starts_with("content-disposition:"))?;
    disposition.split(';').map(str::trim).find_map(|p| {
        let value = p.strip_prefix(key)?.strip_prefix('=')?;
        Some(value.trim_matches('"').to_owned())
    })
}
