//! A small JSON Schema validator covering exactly the keywords Discord's spec uses on the
//! routes the bot calls. A keyword it does not know fails the check instead of passing
//! silently, so a newer spec cannot weaken the tests unnoticed.

use serde_json::{Map, Value};

use super::schema::{Mismatch, spec};

/// Keywords that only describe and never constrain.
const ANNOTATIONS: &[&str] = &[
    "title",
    "description",
    "format",
    "contentEncoding",
    "default",
    "deprecated",
    "examples",
    "readOnly",
    "writeOnly",
];
/// Properties the spec types as integers that Discord documents, and accepts, as decimal
/// strings: permission bit sets outgrow JSON's safe integers, so every library sends strings.
const INTEGERS_AS_STRINGS: &[&str] = &["default_member_permissions"];
/// The only `pattern` in the relevant part of the spec (snowflakes).
const SNOWFLAKE_PATTERN: &str = "^(0|[1-9][0-9]*)$";

/// Validates `value` against `schema`; `at` and `sp` are the current body and schema paths.
pub fn check(schema: &Value, value: &Value, at: &str, sp: &str) -> Result<(), Mismatch> {
    let schema = match schema {
        Value::Bool(true) => return Ok(()),
        Value::Bool(false) => return Err(fail(at, sp, "no value is allowed here".into())),
        Value::Object(schema) => schema,
        _ => {
            return Err(fail(
                at,
                sp,
                "the schema is neither an object nor a bool".into(),
            ));
        }
    };
    for (keyword, arg) in schema {
        let here = format!("{sp}/{}", escape(keyword));
        check_keyword(schema, keyword, arg, value, at, &here)?;
    }
    Ok(())
}

fn check_keyword(
    schema: &Map<String, Value>,
    keyword: &str,
    arg: &Value,
    value: &Value,
    at: &str,
    sp: &str,
) -> Result<(), Mismatch> {
    let ok = |cond: bool, reason: &dyn Fn() -> String| {
        if cond {
            Ok(())
        } else {
            Err(fail(at, sp, reason()))
        }
    };
    match keyword {
        "$ref" => {
            let target = arg.as_str().unwrap_or_default();
            let pointer = target.strip_prefix('#').unwrap_or(target);
            let resolved = spec()
                .pointer(pointer)
                .ok_or_else(|| fail(at, sp, format!("unresolvable $ref {target}")))?;
            check(resolved, value, at, target)
        }
        "type" => ok(
            type_matches(arg, value) || integer_as_string(arg, value, sp),
            &|| format!("expected type {arg}, got {}", describe(value)),
        ),
        "enum" => ok(
            arg.as_array().is_some_and(|all| all.contains(value)),
            &|| format!("{value} is not one of {arg}"),
        ),
        "const" => ok(arg == value, &|| format!("expected {arg}, got {value}")),
        "properties" => properties(arg, value, at, sp),
        "required" => required(arg, value, at, sp),
        "additionalProperties" => additional(schema, arg, value, at, sp),
        "items" => items(arg, value, at, sp),
        "allOf" | "anyOf" | "oneOf" => combinator(keyword, arg, value, at, sp),
        "minLength" | "maxLength" => {
            let Some(text) = value.as_str() else {
                return Ok(());
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
                _ => return Ok(()),
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
                return Ok(());
            };
            let unique = all.iter().enumerate().all(|(i, a)| !all[..i].contains(a));
            ok(unique, &|| "items are not unique".into())
        }
        "minimum" | "maximum" | "exclusiveMinimum" | "exclusiveMaximum" => {
            let (Some(n), Some(limit)) = (value.as_f64(), arg.as_f64()) else {
                return Ok(());
            };
            let fits = match keyword {
                "minimum" => n >= limit,
                "maximum" => n <= limit,
                "exclusiveMinimum" => n > limit,
                _ => n < limit,
            };
            ok(fits, &|| format!("{value} breaks {keyword} {arg}"))
        }
        "pattern" => {
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
            ok(digits && (text == "0" || !text.starts_with('0')), &|| {
                format!("{text:?} is not a snowflake")
            })
        }
        k if ANNOTATIONS.contains(&k) || k.starts_with("x-") => Ok(()),
        other => Err(fail(
            at,
            sp,
            format!("the validator does not know keyword {other}"),
        )),
    }
}

fn properties(arg: &Value, value: &Value, at: &str, sp: &str) -> Result<(), Mismatch> {
    let (Some(props), Some(object)) = (arg.as_object(), value.as_object()) else {
        return Ok(());
    };
    for (name, field) in object {
        if let Some(schema) = props.get(name) {
            let here = format!("{sp}/{}", escape(name));
            check(schema, field, &format!("{at}/{}", escape(name)), &here)?;
        }
    }
    Ok(())
}

fn required(arg: &Value, value: &Value, at: &str, sp: &str) -> Result<(), Mismatch> {
    let Some(object) = value.as_object() else {
        return Ok(());
    };
    for name in arg
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
    {
        if !object.contains_key(name) {
            return Err(fail(
                at,
                sp,
                format!("required property {name:?} is missing"),
            ));
        }
    }
    Ok(())
}

fn additional(
    schema: &Map<String, Value>,
    arg: &Value,
    value: &Value,
    at: &str,
    sp: &str,
) -> Result<(), Mismatch> {
    let Some(object) = value.as_object() else {
        return Ok(());
    };
    let declared = schema.get("properties").and_then(Value::as_object);
    for (name, field) in object {
        if declared.is_some_and(|d| d.contains_key(name)) {
            continue;
        }
        if arg == &Value::Bool(false) {
            return Err(fail(at, sp, format!("property {name:?} is not allowed")));
        }
        check(arg, field, &format!("{at}/{}", escape(name)), sp)?;
    }
    Ok(())
}

fn items(arg: &Value, value: &Value, at: &str, sp: &str) -> Result<(), Mismatch> {
    let Some(all) = value.as_array() else {
        return Ok(());
    };
    for (i, item) in all.iter().enumerate() {
        check(arg, item, &format!("{at}/{i}"), sp)?;
    }
    Ok(())
}

/// `allOf` needs every branch; `anyOf` at least one; `oneOf` exactly one. When no branch
/// matches, the reported mismatch is the one that got deepest into the body: the branch
/// the body was most likely meant for.
fn combinator(
    keyword: &str,
    arg: &Value,
    value: &Value,
    at: &str,
    sp: &str,
) -> Result<(), Mismatch> {
    let branches = arg.as_array().map(Vec::as_slice).unwrap_or_default();
    let results: Vec<_> = branches
        .iter()
        .enumerate()
        .map(|(i, branch)| check(branch, value, at, &format!("{sp}/{i}")))
        .collect();
    if keyword == "allOf" {
        return results.into_iter().collect();
    }
    let matched = results.iter().filter(|r| r.is_ok()).count();
    if keyword == "oneOf" && matched > 1 {
        return Err(fail(at, sp, format!("matched {matched} branches of oneOf")));
    }
    if matched > 0 {
        return Ok(());
    }
    let closest = results
        .into_iter()
        .filter_map(Result::err)
        .max_by_key(|m| (m.at.len(), m.schema_path.len()));
    Err(closest.unwrap_or_else(|| fail(at, sp, format!("{keyword} has no branches"))))
}

fn type_matches(arg: &Value, value: &Value) -> bool {
    let one = |name: &str| match name {
        "null" => value.is_null(),
        "boolean" => value.is_boolean(),
        "object" => value.is_object(),
        "array" => value.is_array(),
        "string" => value.is_string(),
        "number" => value.is_number(),
        "integer" => value.is_i64() || value.is_u64(),
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

fn describe(value: &Value) -> String {
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
pub(super) fn escape(segment: &str) -> String {
    segment.replace('~', "~0").replace('/', "~1")
}

fn fail(at: &str, sp: &str, reason: String) -> Mismatch {
    Mismatch {
        at: at.to_owned(),
        schema_path: sp.to_owned(),
        reason,
    }
}
