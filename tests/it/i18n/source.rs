//! What the code asks of the catalogues, read from `src/`: every string literal (a message
//! ID the code names), and every `t!` call with the variables it gives.

use std::collections::BTreeSet;
use std::path::Path;

pub struct Call {
    /// `src/replies/kill.rs:14`
    pub place: String,
    pub id: String,
    pub variables: BTreeSet<String>,
}

pub struct Code {
    pub literals: BTreeSet<String>,
    pub calls: Vec<Call>,
}

pub fn scan() -> Code {
    let mut code = Code {
        literals: BTreeSet::new(),
        calls: Vec::new(),
    };
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    scan_dir(&src, &mut code);
    code
}

fn scan_dir(dir: &Path, code: &mut Code) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            scan_dir(&path, code);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            let text = std::fs::read_to_string(&path).unwrap();
            let shown = path.strip_prefix(env!("CARGO_MANIFEST_DIR")).unwrap();
            scan_file(&shown.display().to_string(), &without_comments(&text), code);
        }
    }
}

/// The file with every `//` comment line blanked (doc examples are not calls), keeping the
/// line numbers.
fn without_comments(text: &str) -> String {
    text.lines()
        .map(|line| match line.trim_start().starts_with("//") {
            true => "",
            false => line,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn scan_file(name: &str, text: &str, code: &mut Code) {
    let mut rest = text;
    while let Some(start) = rest.find('"') {
        let literal = &rest[start + 1..];
        let end = literal.find('"').unwrap_or(literal.len());
        code.literals.insert(literal[..end].to_owned());
        rest = &literal[(end + 1).min(literal.len())..];
    }
    for (offset, _) in text.match_indices("t!(") {
        // `format!(` and the like end in `t!(` too.
        let before = text[..offset].chars().next_back();
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
            continue;
        }
        let line = text[..offset].matches('\n').count() + 1;
        let place = format!("{name}:{line}");
        if let Some(call) = parse_call(&text[offset + 3..], place) {
            code.calls.push(call);
        }
    }
}

/// `lang, "id", a = x, b = f(y, z))` after `t!(`: the ID and the variable names. `None` for
/// the macro's own definition (`$id`).
fn parse_call(args: &str, place: String) -> Option<Call> {
    let parts = top_level_arguments(args);
    let id = parts.get(1)?.trim();
    let id = id.strip_prefix('"')?.strip_suffix('"')?.to_owned();
    let variables = parts[2..]
        .iter()
        .filter(|part| !part.trim().is_empty())
        .map(|part| {
            let (name, _) = part
                .split_once('=')
                .unwrap_or_else(|| panic!("{place}: a t! variable without a name: {part}"));
            name.trim().to_owned()
        })
        .collect();
    Some(Call {
        place,
        id,
        variables,
    })
}

/// The arguments up to the closing parenthesis, split at top-level commas.
fn top_level_arguments(args: &str) -> Vec<String> {
    let mut parts = vec![String::new()];
    let mut depth = 0;
    let mut in_string = false;
    let mut escaped = false;
    for c in args.chars() {
        if in_string {
            parts.last_mut().unwrap().push(c);
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_string = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => in_string = true,
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' if depth == 0 => break,
            ')' | ']' | '}' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(String::new());
                continue;
            }
            _ => {}
        }
        parts.last_mut().unwrap().push(c);
    }
    parts
}
