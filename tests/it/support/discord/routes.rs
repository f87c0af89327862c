//! The route table: which REST calls the server knows, by method and path, each with the
//! spec's path template its body (and, for the lookups, its answer) is checked against. A
//! call it does not know is answered 404 and fails the test.

use hyper::Method;

use super::state::Route;

/// The route, the spec's path template for it, and the path's variable segments.
pub fn route(method: &Method, path: &str) -> Option<(Route, &'static str, Vec<String>)> {
    let segments: Vec<&str> = path.trim_start_matches('/').split('/').collect();
    let (route, template) = match (method.as_str(), segments.as_slice()) {
        ("GET", ["gateway"]) => (Route::Gateway, "/gateway"),
        ("GET", ["gateway", "bot"]) => (Route::GatewayBot, "/gateway/bot"),
        ("GET", ["oauth2", "applications", "@me"]) => {
            (Route::Application, "/oauth2/applications/@me")
        }
        ("GET", ["users", "@me"]) => (Route::CurrentUser, "/users/@me"),
        ("DELETE", ["users", "@me", "guilds", _]) => {
            (Route::LeaveGuild, "/users/@me/guilds/{guild_id}")
        }
        ("GET", ["applications", _, "commands"]) => (
            Route::GetCommands,
            "/applications/{application_id}/commands",
        ),
        ("GET", ["applications", _, "guilds", _, "commands"]) => (
            Route::GetCommands,
            "/applications/{application_id}/guilds/{guild_id}/commands",
        ),
        ("GET", ["channels", _]) => (Route::GetChannel, "/channels/{channel_id}"),
        ("GET", ["guilds", _]) => (Route::GetGuild, "/guilds/{guild_id}"),
        ("GET", ["guilds", _, "members", _]) => {
            (Route::GetMember, "/guilds/{guild_id}/members/{user_id}")
        }
        ("PUT", ["applications", _, "commands"]) => (
            Route::RegisterCommands,
            "/applications/{application_id}/commands",
        ),
        ("PUT", ["applications", _, "guilds", _, "commands"]) => (
            Route::RegisterCommands,
            "/applications/{application_id}/guilds/{guild_id}/commands",
        ),
        ("POST", ["interactions", _, _, "callback"]) => (
            Route::Callback,
            "/interactions/{interaction_id}/{interaction_token}/callback",
        ),
        ("POST", ["channels", _, "messages"]) => {
            (Route::CreateMessage, "/channels/{channel_id}/messages")
        }
        ("PATCH", ["channels", _, "messages", _]) => (
            Route::EditChannelMessage,
            "/channels/{channel_id}/messages/{message_id}",
        ),
        ("POST", ["webhooks", _, _]) => (Route::Followup, "/webhooks/{webhook_id}/{webhook_token}"),
        (verb, ["webhooks", _, _, "messages", message]) => {
            let route = match verb {
                "GET" => Route::GetMessage,
                "PATCH" => Route::EditMessage,
                "DELETE" => Route::DeleteMessage,
                _ => return None,
            };
            let template = if *message == "@original" {
                "/webhooks/{webhook_id}/{webhook_token}/messages/@original"
            } else {
                "/webhooks/{webhook_id}/{webhook_token}/messages/{message_id}"
            };
            (route, template)
        }
        _ => return None,
    };
    // Snowflakes and tokens: every segment the template names in braces.
    let names: Vec<&str> = template.trim_start_matches('/').split('/').collect();
    let params = names
        .iter()
        .zip(&segments)
        .filter(|(name, _)| name.starts_with('{'))
        .map(|(_, value)| (*value).to_owned())
        .collect();
    Some((route, template, params))
}
