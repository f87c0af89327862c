//! The Discord test server's validator on its own: closed objects, `allOf` shapes, exact
//! `oneOf`s and the gateway frames, on the real spec where it has the case and on small
//! schemas where it does not.

use serde_json::{Value, json};

use crate::support::discord::schema::{self, Mismatch, Validator};

const CALLBACK: &str = "/interactions/{interaction_id}/{interaction_token}/callback";
const FOLLOWUP: &str = "/webhooks/{webhook_id}/{webhook_token}";

fn closed(schema: &Value, body: &Value) -> Result<(), Mismatch> {
    Validator::new(schema).check(schema, body, "", "#")
}

#[test]
fn a_reply_with_a_misspelled_flag_is_refused_and_the_property_is_named() {
    let good = json!({"type": 4, "data": {"content": "hi", "flags": 64}});
    schema::check_request("POST", CALLBACK, &good).expect("the real spelling passes");

    let misspelled = json!({"type": 4, "data": {"content": "hi", "flag": 64}});
    let mismatch = schema::check_request("POST", CALLBACK, &misspelled).unwrap_err();
    assert_eq!(mismatch.at, "/data/flag", "{mismatch}");
    assert!(mismatch.reason.contains("not declared"), "{mismatch}");
}

#[test]
fn a_followup_or_an_edit_with_a_misspelled_flag_is_refused() {
    let edit = "/webhooks/{webhook_id}/{webhook_token}/messages/@original";
    for (method, route) in [("POST", FOLLOWUP), ("PATCH", edit)] {
        let good = json!({"content": "hi", "flags": 64});
        schema::check_request(method, route, &good).expect("the real spelling passes");
        let misspelled = json!({"content": "hi", "flag": 64});
        let mismatch = schema::check_request(method, route, &misspelled).unwrap_err();
        assert_eq!(mismatch.at, "/flag", "{method} {route}: {mismatch}");
    }
}

#[test]
fn an_undeclared_property_inside_a_oneof_branch_is_refused() {
    // The callback is a union of seven shapes, `data.components` items a oneOf of seven
    // components, and a row's items a oneOf of components again: three unions deep.
    let button = |extra: Value| {
        let mut button = json!({"type": 2, "style": 4, "label": "Kill", "custom_id": "k"});
        button
            .as_object_mut()
            .unwrap()
            .extend(extra.as_object().unwrap().clone());
        json!({"type": 4, "data": {"components": [{"type": 1, "components": [button]}]}})
    };
    schema::check_request("POST", CALLBACK, &button(json!({}))).expect("a real button");

    let colour = button(json!({"colour": "red"}));
    let mismatch = schema::check_request("POST", CALLBACK, &colour).unwrap_err();
    assert_eq!(
        mismatch.at, "/data/components/0/components/0/colour",
        "{mismatch}"
    );
}

#[test]
fn properties_declared_across_allof_branches_make_one_shape_and_nothing_more() {
    // The spec's multipart message body: MessageCreateRequest plus the file parts.
    let pointer = "/paths/~1channels~1{channel_id}~1messages/post/requestBody/content/multipart~1form-data/schema";
    let spec = schema::spec();
    let multipart = spec.pointer(pointer).expect("the multipart schema");
    let check = |body: &Value| Validator::new(spec).check(multipart, body, "", "#");
    check(&json!({"content": "hi", "files[0]": "bytes"})).expect("one shape from two branches");
    let mismatch = check(&json!({"content": "hi", "file[0]": "bytes"})).unwrap_err();
    assert_eq!(mismatch.at, "/file[0]", "{mismatch}");

    // Nested in an allOf branch: the branch's own object is closed too.
    let schema = json!({"allOf": [
        {"properties": {"a": {"type": "integer"}}},
        {"properties": {"b": {"type": "object", "properties": {"c": {"type": "integer"}}}}}
    ]});
    closed(&schema, &json!({"a": 1, "b": {"c": 2}})).expect("a and b from two branches");
    let mismatch = closed(&schema, &json!({"a": 1, "b": {"c": 2, "d": 3}})).unwrap_err();
    assert_eq!(mismatch.at, "/b/d", "{mismatch}");
}

#[test]
fn a_body_that_fits_two_oneof_branches_is_refused_and_one_that_fits_one_passes() {
    let branches = json!([
        {"type": "object", "properties": {"a": {"type": "integer"}}, "required": ["a"]},
        {"type": "object", "properties": {"a": {"type": "integer"}, "b": {"type": "string"}}, "required": ["a"]}
    ]);
    let one_of = json!({"oneOf": branches});
    // What Discord's spec writes instead of oneOf: the same rule.
    let marked = json!({"anyOf": branches, "x-discord-union": "oneOf"});
    for schema in [&one_of, &marked] {
        let mismatch = closed(schema, &json!({"a": 1})).unwrap_err();
        assert!(mismatch.reason.contains("matched 2 branches"), "{mismatch}");
        // Open objects let {a, b} fit the first branch as well; closed, it fits one.
        closed(schema, &json!({"a": 1, "b": "x"})).expect("only the second branch fits");
        let mismatch = closed(schema, &json!({"a": 1, "c": 2})).unwrap_err();
        assert_eq!(mismatch.at, "/c", "{mismatch}");
    }
    closed(&json!({"anyOf": branches}), &json!({"a": 1})).expect("anyOf takes either");
}

#[test]
fn every_kind_of_callback_the_bot_sends_fits_exactly_one_branch() {
    let text = json!({"content": "hi", "flags": 64, "allowed_mentions": {"parse": []}});
    let modal = json!({"custom_id": "m", "title": "Link key", "components": [{"type": 1,
        "components": [{"type": 4, "custom_id": "k", "label": "Key", "style": 1}]}]});
    let choices = json!({"choices": [{"name": "srv_1", "value": "srv_1"}]});
    let bodies = [
        json!({"type": 4, "data": text}),
        json!({"type": 5, "data": {"flags": 64}}),
        json!({"type": 6}),
        json!({"type": 7, "data": {"content": "hi", "components": []}}),
        json!({"type": 8, "data": choices}),
        json!({"type": 9, "data": modal}),
    ];
    for body in bodies {
        schema::check_request("POST", CALLBACK, &body).unwrap_or_else(|m| panic!("{body}: {m}"));
    }
}

#[test]
fn autocomplete_choices_pass_even_when_empty_but_not_with_an_undeclared_field() {
    // Empty, the list fits the integer, number and string branches alike: see
    // `lenient::AMBIGUOUS_UNIONS` for why that passes.
    for choices in [json!([]), json!([{"name": "mc-1", "value": "srv_1"}])] {
        let body = json!({"type": 8, "data": {"choices": choices}});
        schema::check_request("POST", CALLBACK, &body).unwrap_or_else(|m| panic!("{body}: {m}"));
    }
    let choice = json!({"name": "mc-1", "value": "srv_1", "label": "mc-1"});
    let label = json!({"type": 8, "data": {"choices": [choice]}});
    let mismatch = schema::check_request("POST", CALLBACK, &label).unwrap_err();
    assert_eq!(mismatch.at, "/data/choices/0/label", "{mismatch}");
}

#[test]
fn the_followup_unions_narrower_branch_is_inside_the_wider_one() {
    // The premise of the followup union's entry in `lenient::AMBIGUOUS_UNIONS`: a body of
    // the update branch always fits the other branch too, so the union cannot be exact.
    let schemas = &schema::spec()["components"]["schemas"];
    let wide = &schemas["IncomingWebhookRequestPartial"]["properties"];
    let narrow = schemas["IncomingWebhookUpdateRequestPartial"]["properties"]
        .as_object()
        .unwrap();
    for (name, declared) in narrow {
        assert_eq!(&wide[name], declared, "{name} differs between the branches");
    }
    let body = json!({"content": "hi", "flags": 64});
    schema::check_request("POST", FOLLOWUP, &body).expect("a followup fitting both passes");
}

#[test]
fn serenitys_empty_option_fields_pass_but_a_filled_one_where_it_does_not_apply_is_refused() {
    // serenity 0.12 sends every option field, empty where it does not apply: see
    // `lenient::UNDECLARED_BUT_ACCEPTED`.
    let commands = "/applications/{application_id}/commands";
    let command = |choices: Value| {
        let subcommand = json!({"type": 1, "name": "start", "description": "Start",
            "required": false, "autocomplete": false, "channel_types": [], "choices": choices,
            "min_value": null, "max_value": null, "min_length": null, "max_length": null,
            "options": []});
        json!([{"name": "server", "description": "Servers", "nsfw": false,
            "options": [subcommand]}])
    };
    schema::check_request("PUT", commands, &command(json!([]))).expect("as serenity sends it");
    let filled = command(json!([{"name": "a", "value": "a"}]));
    let mismatch = schema::check_request("PUT", commands, &filled).unwrap_err();
    assert_eq!(mismatch.at, "/0/options/0/choices", "{mismatch}");
}

/// IDENTIFY as serenity 0.12 sends it (gateway/ws.rs), with its SystemTime `since`.
fn identify() -> Value {
    json!({"op": 2, "d": {
        "compress": true, "token": "Bot MTAx.fake.token", "large_threshold": 250,
        "shard": [0, 1], "intents": 1,
        "properties": {"browser": "serenity", "device": "serenity", "os": "linux"},
        "presence": {"afk": false, "status": "online", "activities": [],
            "since": {"secs_since_epoch": 1_700_000_000, "nanos_since_epoch": 5}}
    }})
}

#[test]
fn the_frames_serenity_sends_pass_the_gateway_schema() {
    let resume = json!({"op": 6, "d": {"token": "Bot t", "session_id": "session-1", "seq": 3}});
    for frame in [
        json!({"op": 1, "d": null}),
        json!({"op": 1, "d": 7}),
        identify(),
        resume,
    ] {
        schema::check_frame(&frame).unwrap_or_else(|m| panic!("{frame}: {m}"));
    }
}

#[test]
fn a_misspelled_identify_an_unknown_opcode_and_a_bad_heartbeat_are_refused() {
    let mut misspelled = identify();
    let d = misspelled["d"].as_object_mut().unwrap();
    let intents = d.remove("intents").unwrap();
    d.insert("intent".into(), intents);
    let mismatch = schema::check_frame(&misspelled).unwrap_err();
    assert!(mismatch.reason.contains("\"intents\""), "{mismatch}");

    let mut extra = identify();
    extra["d"]["properties"]["$os"] = json!("linux");
    let mismatch = schema::check_frame(&extra).unwrap_err();
    assert_eq!(mismatch.at, "/d/properties/$os", "{mismatch}");

    let resume = json!({"op": 6, "d": {"token": "Bot t", "session_id": "s"}});
    let mismatch = schema::check_frame(&resume).unwrap_err();
    assert!(mismatch.reason.contains("\"seq\""), "{mismatch}");

    for frame in [json!({"op": 99, "d": null}), json!({"op": 1, "d": "7"})] {
        schema::check_frame(&frame).expect_err(&frame.to_string());
    }
}

#[test]
fn the_test_servers_own_answers_are_held_to_the_spec_too() {
    let channel = |extra: Value| {
        let mut channel = json!({
            "id": "5", "type": 0, "guild_id": "3", "name": "audit", "position": 0, "flags": 0,
            "permission_overwrites": [],
        });
        channel
            .as_object_mut()
            .unwrap()
            .extend(extra.as_object().unwrap().clone());
        channel
    };
    schema::check_response("GET", "/channels/{channel_id}", &channel(json!({})))
        .expect("a text channel as Discord describes one");
    let overwrites = json!({"permission_overwrites": [{"id": "3", "type": 0, "deny": "2048"}]});
    let mismatch =
        schema::check_response("GET", "/channels/{channel_id}", &channel(overwrites)).unwrap_err();
    assert!(mismatch.reason.contains("allow"), "{mismatch}");
}
