//! The JSON Schema keywords that look at one value alone (type, enum, lengths, bounds,
//! pattern). Keywords that combine schemas or decide which properties are declared live in
//! [`super::validate`].

use serde_json::{Map, Value};

use super::schema::Mismatch;

/// Keywords that only describe, or hold definitions, and never constrain.
pub const ANNOTATIONS: &[&str] = &[
    "title",
    "description",
    "format",
    "contentEncoding",
    "default",
    "deprecated",
    "examples",
    "readOnly",
    "writeOnly",
    "$comment",
    "$schema",
    "$id",
    "$defs",
];
/// Properties the spec types as integers that Discord documents, and accepts, as decimal
/// strings: permission bit sets outgrow JSON's safe integers, so every library sends strings.
const INTEGERS_AS_STRINGS: &[&str] = &["default_member_permissions"];
/// The only `pattern` in the relevant part of the spec (snowflakes).
const SNOWFLAKE_PATTERN: &str = "^(0|[1-9][0-9]*)$";

/// Checks one keyword that needs nothing but `value`; `None` when `keyword` is not one of
/// them.
pub fn check(
    keyword: &str,
    arg: &Value,
    value: &Value,
    at: &str,
    sp: &str,
) -> Option<Result<(), Mismatch>> {
    let ok = |cond: bool, reason: &dyn Fn() -> String| {
        if cond {
            Ok(())
        } else {
            Err(fail(at, sp, reason()))
        }
    };
    Some(match keyword {
        "type" => ok(
            type_matches(arg, value) || integer_as_string(arg, value, sp),
            &|| format!("expected type {arg}, got {}", describe(value)),
        ),
        "enum" => ok(
            arg.as_array().is_some_and(|all| all.contains(value)),
            &|| format!("{value} is not one of {arg}"),
        ),
        "const" => ok(arg == value, &|| format!("expected {arg}, got {value}")),
        "required" => required(arg, value, at, sp),
        "minLength" | "maxLength" => {
            let Some(text) = value.as_str() else {
                return Some(Ok(()));
            };
            let len = text.chars().count() as u64;
            let limit = arg.as_u64().unwrap_or(0);
            let fits = if keyword == "minLength" {
                len >= limit
            } else {
                len <= limit
            };
            ok(fits, &|| {
                format!("string of {len} characters breaks {keyword} {limit}")
            })
        }
        "minItems" | "maxItems" | "minProperties" | "maxProperties" => {
            let len = match value {
                Value::Array(a) if keyword.ends_with("Items") => a.len(),
                Value::Object(o) if keyword.ends_with("Properties") => o.len(),
                _ => return Some(Ok(())),
            } as u64;
            let limit = arg.as_u64().unwrap_or(0);
            let fits = if keyword.starts_with("min") {
                len >= limit
            } else {
                len <= limit
            };
            ok(fits, &|| format!("{len} entries break {keyword} {limit}"))
        }
        "uniqueItems" => {
            let Some(all) = value.as_array().filter(|_| arg == &Value::Bool(true)) else {
                return Some(Ok(()));
            };
            let unique = all.iter().enumerate().all(|(i, a)| !all[..i].contains(a));
            ok(unique, &|| "items are not unique".into())
        }
        "minimum" | "maximum" | "exclusiveMinimum" | "exclusiveMaximum" => {
            let (Some(n), Some(limit)) = (value.as_f64(), arg.as_f64()) else {
                return Some(Ok(()));
            };
            let fits = match keyword {
                "minimum" => n >= limit,
                "maximum" => n <= limit,
                "exclusiveMinimum" => n > limit,
                _ => n < limit,
            };
            ok(fits, &|| format!("{value} breaks {keyword} {arg}"))
        }
        "pattern" => pattern(arg, value, at, sp),
        k if ANNOTATIONS.contains(&k) || k.starts_with("x-") => Ok(()),
        _ => return None,
    })
}

fn required(arg: &Value, value: &Value, at: &str, sp: &str) -> Result<(), Mismatch> {
    let Some(object) = value.as_object() else {
        return Ok(());
    };
    let names = arg
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str);
    match names.into_iter().find(|name| !object.contains_key(*name)) {
        Some(name) => Err(fail(
            at,
            sp,
            format!("required property {name:?} is missing"),
        )),
        None => Ok(()),
    }
}

fn pattern(arg: &Value, value: &Value, at: &str, sp: &str) -> Result<(), Mismatch> {
    let Some(text) = value.as_str() else {
        return Ok(());
    };
    if arg.as_str() != Some(SNOWFLAKE_PATTERN) {
        return Err(fail(
            at,
            sp,
            format!("the validator cannot check pattern {arg}"),
        ));
    }
    let digits = !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit());
    if digits && (text == "0" || !text.starts_with('0')) {
        Ok(())
    } else {
        Err(fail(at, sp, format!("{text:?} is not a snowflake")))
    }
}

fn type_matches(arg: &Value, value: &Value) -> bool {
    let one = |name: &str| match name {
        "null" => value.is_null(),
        "boolean" => value.is_boolean(),
        "object" => value.is_object(),
        "array" => value.is_array(),
        "string" => value.is_string(),
        "number" => value.is_number(),
        // JSON Schema counts a number with a zero fractional part as an integer (2020-12
        // §6.1.1): poise sends an integer option's `max_value` as `500.0`.
        "integer" => {
            value.is_i64() || value.is_u64() || value.as_f64().is_some_and(|f| f.fract() == 0.0)
        }
        _ => false,
    };
    match arg {
        Value::String(name) => one(name),
        Value::Array(names) => names.iter().filter_map(Value::as_str).any(one),
        _ => false,
    }
}

fn integer_as_string(arg: &Value, value: &Value, sp: &str) -> bool {
    let digits = value
        .as_str()
        .is_some_and(|s| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()));
    let integer = type_matches(arg, &Value::from(0));
    let property = sp.strip_suffix("/type").and_then(|p| p.rsplit('/').next());
    digits && integer && property.is_some_and(|p| INTEGERS_AS_STRINGS.contains(&p))
}

/// The union keyword a schema object's `anyOf` really is: Discord's spec writes its
/// discriminated unions as `anyOf` marked `x-discord-union: oneOf`.
pub fn union_kind<'a>(schema: &Map<String, Value>, keyword: &'a str) -> Result<&'a str, String> {
    match (keyword, schema.get("x-discord-union")) {
        ("anyOf", Some(Value::String(marker))) if marker == "oneOf" => Ok("oneOf"),
        ("anyOf", Some(other)) => Err(format!(
            "the validator does not know x-discord-union {other}"
        )),
        _ => Ok(keyword),
    }
}

pub fn describe(value: &Value) -> String {
    let kind = match value {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    };
    let text = value.to_string();
    let shown: String = text.chars().take(60).collect();
    let more = if shown.len() < text.len() { "…" } else { "" };
    format!("{kind} {shown}{more}")
}

/// Escapes a JSON pointer segment (RFC 6901).
pub fn escape(segment: &str) -> String {
    segment.replace('~', "~0").replace('/', "~1")
}

pub fn fail(at: &str, sp: &str, reason: String) -> Mismatch {
    Mismatch {
        at: at.to_owned(),
        schema_path: sp.to_owned(),
        reason,
    }
}
