//! Where the test server is deliberately less strict than Discord's spec reads, because
//! Discord itself is: properties the spec omits but Discord accepts, and `oneOf` unions
//! whose branches overlap. Every entry says why; anything not listed here is checked as the
//! spec says.

use serde_json::Value;

/// Properties that component schemas do not declare but Discord accepts and serenity/poise
/// really send, with the values Discord is known to take there. Found by running
/// `cargo test --test it e2e` with an empty list; anything else undeclared is refused.
const UNDECLARED_BUT_ACCEPTED: &[Accepted] = &[
    // serenity 0.12 serializes every command option through one struct (`CommandOption`,
    // model/application/command.rs) without skipping the fields that do not apply to the
    // option's type: a subcommand carries `"choices": []`, `"channel_types": []`,
    // `"min_value": null`, `"autocomplete": false` and the like. Discord ignores them while
    // they are empty (every serenity 0.12 bot registers its commands so); a non-empty one
    // where it does not apply would be a bot bug, so only empty values pass.
    Accepted {
        schemas: COMMAND_OPTIONS,
        properties: &[
            "autocomplete",
            "channel_types",
            "choices",
            "max_length",
            "max_value",
            "min_length",
            "min_value",
            "options",
        ],
        values: is_empty,
    },
    // Discord documents `nsfw?: boolean` ("age-restricted") on application commands, and
    // takes it on create and bulk overwrite, but the spec's update request omits it;
    // serenity's `CreateCommand` always sends it.
    Accepted {
        schemas: &["ApplicationCommandUpdateRequest"],
        properties: &["nsfw"],
        values: Value::is_boolean,
    },
];

/// Every command option schema, whatever its type.
const COMMAND_OPTIONS: &[&str] = &[
    "ApplicationCommandAttachmentOption",
    "ApplicationCommandBooleanOption",
    "ApplicationCommandChannelOption",
    "ApplicationCommandIntegerOption",
    "ApplicationCommandMentionableOption",
    "ApplicationCommandNumberOption",
    "ApplicationCommandRoleOption",
    "ApplicationCommandStringOption",
    "ApplicationCommandSubcommandGroupOption",
    "ApplicationCommandSubcommandOption",
    "ApplicationCommandUserOption",
];

struct Accepted {
    /// Component schemas, by name.
    schemas: &'static [&'static str],
    properties: &'static [&'static str],
    /// The values Discord is known to take there.
    values: fn(&Value) -> bool,
}

fn is_empty(value: &Value) -> bool {
    match value {
        Value::Null | Value::Bool(false) => true,
        Value::Array(all) => all.is_empty(),
        _ => false,
    }
}

/// `oneOf` unions (by their branches' `$ref`s) that a body can fit more than once.
const AMBIGUOUS_UNIONS: &[&[&str]] = &[
    // `POST /webhooks/{id}/{token}` (a followup). Every property the update branch declares,
    // the other declares with the same schema (`the_followup_unions_narrower_branch_is_
    // inside_the_wider_one` checks it), so every body of the narrower branch fits both and
    // a strict oneOf would refuse every followup. Discord runs the same execution for
    // either; the body is taken when it fits at least one branch.
    &[
        "#/components/schemas/IncomingWebhookRequestPartial",
        "#/components/schemas/IncomingWebhookUpdateRequestPartial",
    ],
    // An autocomplete answer's `data`. The branches differ only in the type of a choice's
    // `value`, and Discord picks the branch from the type of the option being completed,
    // which the body does not carry: an empty list (a guild with no matching server) fits
    // all three, and an integer value fits both integer and number. The body is taken when
    // it fits at least one branch; a choice's own fields are still checked, closed.
    &[
        "#/components/schemas/InteractionApplicationCommandAutocompleteCallbackIntegerData",
        "#/components/schemas/InteractionApplicationCommandAutocompleteCallbackNumberData",
        "#/components/schemas/InteractionApplicationCommandAutocompleteCallbackStringData",
    ],
];

/// Whether Discord accepts `value` as `property` of an object of schema `target` (a
/// `$ref`), although the schema does not declare it.
pub fn accepts_undeclared(target: &str, property: &str, value: &Value) -> bool {
    let Some(name) = target.strip_prefix("#/components/schemas/") else {
        return false;
    };
    UNDECLARED_BUT_ACCEPTED.iter().any(|accepted| {
        accepted.schemas.contains(&name)
            && accepted.properties.contains(&property)
            && (accepted.values)(value)
    })
}

/// Whether the union with these branches is one of [`AMBIGUOUS_UNIONS`].
pub fn is_ambiguous_union(branches: &Value) -> bool {
    let refs: Vec<&str> = branches
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|branch| branch.get("$ref").and_then(Value::as_str))
        .collect();
    AMBIGUOUS_UNIONS.contains(&refs.as_slice())
}
