//! A small JSON Schema validator covering exactly the keywords Discord's spec uses on the
//! routes the bot calls. A keyword it does not know fails the check instead of passing
//! silently, so a newer spec cannot weaken the tests unnoticed.
//!
//! Every object is closed, as Discord is: a body property no schema declares is refused
//! (Discord drops or refuses it, and a misspelled `flag` would silently make a private
//! reply public). "Declared" follows JSON Schema's `unevaluatedProperties: false` at each
//! place in the body: `properties` declare what they name, `additionalProperties` the rest,
//! and a `$ref` or `allOf` branch declares for the object it sits in, so a shape spread over
//! `allOf` branches is one shape. An `anyOf`/`oneOf` branch declares only for the bodies it
//! describes: each branch is one alternative shape, and a body must fit one of them whole.
//! `oneOf` then means exactly one closed alternative fits; with open objects almost every
//! body fitted several.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{Map, Value};

use super::keywords::{self, describe, escape, fail, union_kind};
use super::lenient;
use super::schema::Mismatch;

/// Validates against one document (the REST spec or the gateway schema); `$ref`s resolve
/// in it.
pub struct Validator<'a> {
    root: &'a Value,
}

/// One way the schema at one place in the body can hold: the body's properties it
/// declared there, and the branch it took at each exact (`oneOf`) union on the way.
#[derive(Debug, Clone, Default)]
struct Way {
    declared: BTreeSet<String>,
    choices: Vec<(String, usize)>,
}

impl Way {
    fn join(&self, other: &Way) -> Way {
        let mut joined = self.clone();
        joined.declared.extend(other.declared.iter().cloned());
        joined.choices.extend(other.choices.iter().cloned());
        joined
    }
}

impl<'a> Validator<'a> {
    pub fn new(root: &'a Value) -> Self {
        Self { root }
    }

    /// Validates `value` against `schema`, closed; `at` and `sp` are the current body and
    /// schema paths (JSON pointers).
    pub fn check(&self, schema: &Value, value: &Value, at: &str, sp: &str) -> Result<(), Mismatch> {
        let ways = self.ways(schema, value, at, sp)?;
        settle(&ways, value, at, sp)
    }

    /// Every way `schema` holds for `value` at this place, before closing the object.
    fn ways(
        &self,
        schema: &Value,
        value: &Value,
        at: &str,
        sp: &str,
    ) -> Result<Vec<Way>, Mismatch> {
        let schema = match schema {
            Value::Bool(true) => return Ok(vec![Way::default()]),
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
        let mut ways = vec![Way::default()];
        for (keyword, arg) in schema {
            let here = format!("{sp}/{}", escape(keyword));
            let found = match keyword.as_str() {
                "$ref" => self.reference(arg, value, at, &here)?,
                "allOf" => self.all_of(arg, value, at, &here)?,
                "anyOf" | "oneOf" => self.union(schema, keyword, arg, value, at, &here)?,
                "properties" => vec![self.properties(arg, value, at, &here)?],
                "additionalProperties" => vec![self.additional(schema, arg, value, at, &here)?],
                "items" => {
                    self.items(arg, value, at, &here)?;
                    continue;
                }
                other => match keywords::check(other, arg, value, at, &here) {
                    Some(result) => {
                        result?;
                        continue;
                    }
                    None => {
                        let reason = format!("the validator does not know keyword {other}");
                        return Err(fail(at, &here, reason));
                    }
                },
            };
            ways = ways
                .iter()
                .flat_map(|w| found.iter().map(|f| w.join(f)))
                .collect();
        }
        Ok(ways)
    }

    fn reference(
        &self,
        arg: &Value,
        value: &Value,
        at: &str,
        sp: &str,
    ) -> Result<Vec<Way>, Mismatch> {
        let target = arg.as_str().unwrap_or_default();
        let pointer = target.strip_prefix('#').unwrap_or(target);
        let resolved = self
            .root
            .pointer(pointer)
            .ok_or_else(|| fail(at, sp, format!("unresolvable $ref {target}")))?;
        let mut ways = self.ways(resolved, value, at, target)?;
        let accepted = value.as_object().into_iter().flatten();
        let accepted =
            accepted.filter(|(name, field)| lenient::accepts_undeclared(target, name, field));
        for (name, _) in accepted {
            for way in &mut ways {
                way.declared.insert(name.clone());
            }
        }
        Ok(ways)
    }

    fn all_of(&self, arg: &Value, value: &Value, at: &str, sp: &str) -> Result<Vec<Way>, Mismatch> {
        let mut ways = vec![Way::default()];
        for (i, branch) in branches(arg).iter().enumerate() {
            let found = self.ways(branch, value, at, &format!("{sp}/{i}"))?;
            ways = ways
                .iter()
                .flat_map(|w| found.iter().map(|f| w.join(f)))
                .collect();
        }
        Ok(ways)
    }

    /// `anyOf` and `oneOf`: the ways of every branch that holds. A `oneOf` tags each way
    /// with its branch, so that [`settle`] can tell how many branches fit the closed body.
    /// When no branch holds, the reported mismatch is from the branch the body was most
    /// likely meant for: deepest into the body, and not refused on a discriminator.
    fn union(
        &self,
        schema: &Map<String, Value>,
        keyword: &str,
        arg: &Value,
        value: &Value,
        at: &str,
        sp: &str,
    ) -> Result<Vec<Way>, Mismatch> {
        let kind = union_kind(schema, keyword).map_err(|reason| fail(at, sp, reason))?;
        let exact = kind == "oneOf" && !lenient::is_ambiguous_union(arg);
        let mut found = Vec::new();
        let mut misses = Vec::new();
        for (i, branch) in branches(arg).iter().enumerate() {
            match self.ways(branch, value, at, &format!("{sp}/{i}")) {
                Ok(ways) => found.extend(ways.into_iter().map(|mut way| {
                    if exact {
                        way.choices.push((sp.to_owned(), i));
                    }
                    way
                })),
                Err(mismatch) => misses.push(mismatch),
            }
        }
        if !found.is_empty() {
            return Ok(found);
        }
        let closest = misses.into_iter().max_by_key(|m| {
            // Deepest first; between equally deep ones, a branch refused on a const or enum
            // (a `type`, an `op`) was likely not meant, and one refused on a JSON type
            // less likely than one refused on anything else.
            let aimless = m.schema_path.ends_with("/const") || m.schema_path.ends_with("/enum");
            let mistyped = m.schema_path.ends_with("/type");
            let depth = m.at.matches('/').count();
            (depth, !aimless, !mistyped, m.at.len(), m.schema_path.len())
        });
        Err(closest.unwrap_or_else(|| fail(at, sp, format!("{keyword} has no branches"))))
    }

    fn properties(&self, arg: &Value, value: &Value, at: &str, sp: &str) -> Result<Way, Mismatch> {
        let mut way = Way::default();
        let (Some(props), Some(object)) = (arg.as_object(), value.as_object()) else {
            return Ok(way);
        };
        // Scalars first: a branch meant for another shape then fails on its discriminator
        // (`type`, `op`), which `union` knows to rank last, not deep in a nested object.
        let mut fields: Vec<_> = object.iter().collect();
        fields.sort_by_key(|(_, field)| field.is_object() || field.is_array());
        for (name, field) in fields {
            if let Some(schema) = props.get(name) {
                let here = format!("{sp}/{}", escape(name));
                self.check(schema, field, &format!("{at}/{}", escape(name)), &here)?;
                way.declared.insert(name.clone());
            }
        }
        Ok(way)
    }

    fn additional(
        &self,
        schema: &Map<String, Value>,
        arg: &Value,
        value: &Value,
        at: &str,
        sp: &str,
    ) -> Result<Way, Mismatch> {
        let mut way = Way::default();
        let Some(object) = value.as_object() else {
            return Ok(way);
        };
        let declared = schema.get("properties").and_then(Value::as_object);
        for (name, field) in object {
            if declared.is_some_and(|d| d.contains_key(name)) {
                continue;
            }
            if arg == &Value::Bool(false) {
                return Err(fail(at, sp, format!("property {name:?} is not allowed")));
            }
            self.check(arg, field, &format!("{at}/{}", escape(name)), sp)?;
            way.declared.insert(name.clone());
        }
        Ok(way)
    }

    fn items(&self, arg: &Value, value: &Value, at: &str, sp: &str) -> Result<(), Mismatch> {
        for (i, item) in value.as_array().into_iter().flatten().enumerate() {
            self.check(arg, item, &format!("{at}/{i}"), sp)?;
        }
        Ok(())
    }
}

/// Closes the object at this place: some way must declare every property the body has,
/// and among those ways each `oneOf` must have taken one branch only.
fn settle(ways: &[Way], value: &Value, at: &str, sp: &str) -> Result<(), Mismatch> {
    let names: Vec<&String> = value
        .as_object()
        .map(Map::keys)
        .into_iter()
        .flatten()
        .collect();
    let fits: Vec<&Way> = ways
        .iter()
        .filter(|way| names.iter().all(|name| way.declared.contains(*name)))
        .collect();
    if fits.is_empty() {
        let nearest = ways.iter().max_by_key(|way| way.declared.len());
        let declared = nearest.map(|way| &way.declared);
        let name = names
            .iter()
            .find(|name| declared.is_none_or(|d| !d.contains(**name)))
            .map_or("", |name| name.as_str());
        let reason = format!("property {name:?} is not declared (in {})", describe(value));
        return Err(fail(&format!("{at}/{}", escape(name)), sp, reason));
    }
    let mut taken: BTreeMap<&str, BTreeSet<usize>> = BTreeMap::new();
    for (union, branch) in fits.iter().flat_map(|way| &way.choices) {
        taken.entry(union).or_default().insert(*branch);
    }
    match taken.into_iter().find(|(_, branches)| branches.len() > 1) {
        Some((union, branches)) => Err(fail(
            at,
            union,
            format!("matched {} branches of oneOf: {branches:?}", branches.len()),
        )),
        None => Ok(()),
    }
}

fn branches(arg: &Value) -> &[Value] {
    arg.as_array().map(Vec::as_slice).unwrap_or_default()
}
