//! A catalogue as the tests read it: each message's text, variables and attributes, from
//! Fluent's own parser.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

pub struct Message {
    /// The value's source text, placeables as written (`{ $server }`).
    pub text: String,
    pub variables: BTreeSet<String>,
    /// Each attribute's variables.
    pub attributes: BTreeMap<String, BTreeSet<String>>,
}

impl Message {
    /// Words (two letters or more) outside placeables.
    pub fn words(&self) -> usize {
        let mut depth = 0;
        let mut outside = String::new();
        for c in self.text.chars() {
            match c {
                '{' => depth += 1,
                '}' => depth -= 1,
                c if depth == 0 => outside.push(c),
                _ => {}
            }
        }
        let word = |token: &&str| token.chars().filter(|c| c.is_alphabetic()).count() >= 2;
        outside.split_whitespace().filter(word).count()
    }
}

pub struct Catalogue {
    pub code: String,
    pub messages: BTreeMap<String, Message>,
    /// Messages other messages name (`{ other-message }`).
    pub referenced: BTreeSet<String>,
    pub errors: Vec<String>,
    pub repeated: Vec<String>,
}

impl Catalogue {
    pub fn parse(code: &str, text: &str) -> Catalogue {
        let (resource, errors) = match fluent_syntax::parser::parse(text) {
            Ok(resource) => (resource, Vec::new()),
            Err((resource, errors)) => {
                let errors = errors.iter().map(|error| format!("{error:?}")).collect();
                (resource, errors)
            }
        };
        let mut catalogue = Catalogue {
            code: code.to_owned(),
            messages: BTreeMap::new(),
            referenced: BTreeSet::new(),
            errors,
            repeated: Vec::new(),
        };
        for entry in &resource.body {
            match entry {
                Entry::Message(message) => {
                    let mut variables = BTreeSet::new();
                    let mut text = String::new();
                    if let Some(value) = &message.value {
                        walk(value, &mut variables, &mut catalogue.referenced);
                        text = source_text(value);
                    }
                    let mut attributes = BTreeMap::new();
                    for attribute in &message.attributes {
                        let mut own = BTreeSet::new();
                        walk(&attribute.value, &mut own, &mut catalogue.referenced);
                        attributes.insert(attribute.id.name.to_owned(), own);
                    }
                    let id = message.id.name.to_owned();
                    let parsed = Message {
                        text,
                        variables,
                        attributes,
                    };
                    if catalogue.messages.insert(id.clone(), parsed).is_some() {
                        catalogue.repeated.push(id);
                    }
                }
                Entry::Term(term) => catalogue.repeated.push(format!(
                    "-{} (terms are not used: write the words into each message)",
                    term.id.name
                )),
                Entry::Junk { content } => catalogue.errors.push(format!("junk: {content}")),
                _ => {}
            }
        }
        catalogue
    }
}

fn walk(pattern: &Pattern<&str>, variables: &mut BTreeSet<String>, refs: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_walk(expression, variables, refs);
        }
    }
}

fn expression_walk(
    expression: &Expression<&str>,
    variables: &mut BTreeSet<String>,
    refs: &mut BTreeSet<String>,
) {
    match expression {
        Expression::Inline(inline) => inline_walk(inline, variables, refs),
        Expression::Select { selector, variants } => {
            inline_walk(selector, variables, refs);
            for variant in variants {
                walk(&variant.value, variables, refs);
            }
        }
    }
}

fn inline_walk(
    inline: &InlineExpression<&str>,
    variables: &mut BTreeSet<String>,
    refs: &mut BTreeSet<String>,
) {
    match inline {
        InlineExpression::VariableReference { id } => {
            variables.insert(id.name.to_owned());
        }
        InlineExpression::MessageReference { id, .. } => {
            refs.insert(id.name.to_owned());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_walk(argument, variables, refs);
            }
        }
        InlineExpression::Placeable { expression } => expression_walk(expression, variables, refs),
        InlineExpression::TermReference { .. }
        | InlineExpression::StringLiteral { .. }
        | InlineExpression::NumberLiteral { .. } => {}
    }
}

/// The pattern written back as source: enough to compare texts and measure lengths.
fn source_text(pattern: &Pattern<&str>) -> String {
    let mut text = String::new();
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => text.push_str(value),
            PatternElement::Placeable { expression } => {
                text.push('{');
                match expression {
                    Expression::Inline(InlineExpression::StringLiteral { value }) => {
                        text.push_str(value)
                    }
                    Expression::Inline(InlineExpression::VariableReference { id }) => {
                        text.push('$');
                        text.push_str(id.name);
                    }
                    _ => text.push('…'),
                }
                text.push('}');
            }
        }
    }
    text
}
