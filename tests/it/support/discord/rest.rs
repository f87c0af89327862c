//! The REST half under `/api/v10`: routes the bot's calls, validates every body against the
//! official schema, applies planned faults, and feeds the recorded model.

use std::time::{Duration, Instant};

use http_body_util::{BodyExt, Full};
use hyper::body::{Bytes, Incoming};
use hyper::{Method, Request, Response, StatusCode};
use serde_json::{Value, json};

use super::lookups;
use super::model::Model;
use super::multipart::{self, Attachment, check_attachments, ids_as_snowflakes};
use super::payload;
use super::posts;
use super::routes::route;
use super::schema;
use super::state::{FaultAction, Registration, Request as Logged, Route, State};

type Answer = (u16, Option<Value>);

/// The status an [`Answer`] has when the connection is to be closed without one (logged
/// with it).
pub const DROPPED: u16 = 0;

/// The response to `req`, or `None` when the connection is to be dropped unanswered.
pub async fn handle(req: Request<Incoming>, state: &State) -> Option<Response<Full<Bytes>>> {
    let method = req.method().clone();
    let path = req.uri().path().to_owned();
    let auth = req.headers().get("authorization").cloned();
    let content_type = req
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let body = req.into_body().collect().await.map(|b| b.to_bytes());
    let found = path
        .strip_prefix("/api/v10")
        .and_then(|rest| route(&method, rest));
    let logged_route = found.as_ref().map(|(route, _, _)| *route);
    let (status, json) = match (found, body) {
        (None, _) => {
            state.fail(format!("unknown route {method} {path}"));
            (404, Some(json!({"message": "Unknown", "code": 0})))
        }
        (Some(_), Err(error)) => {
            state.fail(format!("{method} {path}: body unreadable: {error}"));
            (400, Some(json!({"message": "Bad Request", "code": 0})))
        }
        (Some((route, template, params)), Ok(body)) => {
            let call = Call {
                state,
                method: &method,
                path: &path,
                route,
                template,
                params,
            };
            let auth = auth.as_ref().and_then(|v| v.to_str().ok());
            call.answer(auth, content_type.as_deref(), &body).await
        }
    };
    state.with(|inner| {
        inner.requests.push(Logged {
            method: method.to_string(),
            path: path.clone(),
            route: logged_route,
            status,
            at: Instant::now(),
        });
    });
    if status == DROPPED {
        return None;
    }
    let mut response = Response::builder().status(StatusCode::from_u16(status).unwrap());
    let body = match json {
        Some(json) => {
            response = response.header("content-type", "application/json");
            Bytes::from(json.to_string())
        }
        None => Bytes::new(),
    };
    Some(response.body(Full::new(body)).unwrap())
}

struct Call<'a> {
    state: &'a State,
    method: &'a Method,
    path: &'a str,
    route: Route,
    template: &'static str,
    params: Vec<String>,
}

impl Call<'_> {
    async fn answer(&self, auth: Option<&str>, content_type: Option<&str>, body: &Bytes) -> Answer {
        let bot_route = matches!(
            self.route,
            Route::Gateway
                | Route::GatewayBot
                | Route::Application
                | Route::CurrentUser
                | Route::RegisterCommands
                | Route::CreateMessage
                | Route::EditChannelMessage
                | Route::LeaveGuild
                | Route::GetCommands
                | Route::GetChannel
                | Route::GetGuild
                | Route::GetMember
        );
        if bot_route && auth != Some(&format!("Bot {}", self.state.token)) {
            self.state.fail(format!(
                "{} {}: wrong Authorization",
                self.method, self.path
            ));
            return (
                401,
                Some(json!({"message": "401: Unauthorized", "code": 0})),
            );
        }
        // The body is checked before any planned fault, so that a body only ever sent into
        // a fault is checked too; the fault still answers, as the test planned.
        let checked = self.parse_and_check(content_type, body);
        match &checked {
            Err(reason) => self
                .state
                .fail(format!("{} {}: {reason}", self.method, self.path)),
            Ok((json, _)) if !json.is_null() => self
                .state
                .with(|inner| inner.bodies.push((self.route, json.clone()))),
            Ok(_) => {}
        }
        if let Some(message) = checked
            .as_ref()
            .ok()
            .and_then(|(json, _)| self.message_in(json))
            && message.get("allowed_mentions").is_none()
        {
            // SECURITY.md promises it on every message: with it unset, Discord pings whoever
            // a server ID or name typed by a member mentions.
            self.state.fail(format!(
                "{} {}: a message without allowed_mentions: {message}",
                self.method, self.path
            ));
        }
        match self.state.take_fault(self.route) {
            Some(FaultAction::Delay(delay)) => tokio::time::sleep(delay).await,
            Some(FaultAction::Fail {
                status,
                body,
                after,
            }) => {
                tokio::time::sleep(after).await;
                return (status, Some(body));
            }
            Some(FaultAction::Drop) => return (DROPPED, None),
            None => {}
        }
        if let Some(delay) = self.channel_delay() {
            tokio::time::sleep(delay).await;
        }
        let (json, files) = match checked {
            Ok(checked) => checked,
            Err(reason) => return refusal(reason),
        };
        self.apply(&json, files)
            .unwrap_or_else(|reason| self.refuse(reason))
    }

    /// How long a post in a slow channel waits for its answer.
    fn channel_delay(&self) -> Option<Duration> {
        let channel: u64 = match self.route {
            Route::CreateMessage => self.params[0].parse().ok()?,
            _ => return None,
        };
        self.state
            .with(|inner| inner.channels.slow.get(&channel).copied())
    }

    /// The body as JSON, if the spec declares this route, and the body is JSON and meets the
    /// spec's schema for it (or is empty where the route takes none); with the files of a
    /// multipart body, whose `payload_json` is that JSON.
    fn parse_and_check(
        &self,
        content_type: Option<&str>,
        body: &Bytes,
    ) -> Result<(Value, Vec<Attachment>), String> {
        let method = self.method.as_str();
        let takes_body =
            schema::takes_body(method, self.template).map_err(|mismatch| mismatch.to_string())?;
        if body.is_empty() {
            return Ok((Value::Null, Vec::new()));
        }
        if !takes_body {
            return Err("a body was sent to a route that takes none".into());
        }
        let (json, files) = match content_type.and_then(multipart::boundary) {
            Some(boundary) => {
                let upload = multipart::parse(&boundary, body)?;
                (upload.payload_json, upload.files)
            }
            None => (body.to_vec(), Vec::new()),
        };
        let json = serde_json::from_slice(&json).map_err(|e| format!("body is not JSON: {e}"))?;
        check_attachments(&json, &files)?;
        schema::check_request(method, self.template, &ids_as_snowflakes(&json))
            .map_err(|mismatch| mismatch.to_string())?;
        Ok((json, files))
    }

    /// The message a body sends or edits, if it sends one: a channel message, a followup, an
    /// edit, or an interaction response of type 4 (a message) or 7 (an update of one).
    fn message_in<'j>(&self, json: &'j Value) -> Option<&'j Value> {
        match self.route {
            Route::CreateMessage
            | Route::EditChannelMessage
            | Route::Followup
            | Route::EditMessage => Some(json),
            Route::Callback if matches!(json["type"].as_u64(), Some(4 | 7)) => json.get("data"),
            _ => None,
        }
    }

    /// Records a failure and answers as Discord does for a body it will not take.
    fn refuse(&self, reason: String) -> Answer {
        self.state
            .fail(format!("{} {}: {reason}", self.method, self.path));
        refusal(reason)
    }

    fn apply(&self, body: &Value, files: Vec<Attachment>) -> Result<Answer, String> {
        if !files.is_empty() && !matches!(self.route, Route::Followup | Route::EditMessage) {
            return Err("files on a route the test server takes none on".into());
        }
        let state = self.state;
        let app = state.app_id;
        let param = |i: usize| self.params[i].clone();
        let id = |i: usize| {
            param(i)
                .parse::<u64>()
                .map_err(|_| format!("{} is not a snowflake", param(i)))
        };
        Ok(match self.route {
            Route::Gateway => (200, Some(json!({"url": format!("ws://{}", state.addr)}))),
            Route::GatewayBot => (200, Some(gateway_bot(state))),
            Route::Application => (200, Some(payload::application(app))),
            Route::CurrentUser => (200, Some(payload::user(app, "heo-bot", true))),
            Route::RegisterCommands => {
                if id(0)? != app {
                    return Err("commands registered for another application".into());
                }
                let guild = if self.params.len() > 1 {
                    Some(id(1)?)
                } else {
                    None
                };
                (200, Some(register(state, guild, body)))
            }
            Route::GetCommands | Route::GetChannel | Route::GetGuild | Route::GetMember => {
                let ids = (0..self.params.len())
                    .map(id)
                    .collect::<Result<Vec<_>, _>>()?;
                lookups::answer(state, self.route, self.template, &ids)?
            }
            Route::Callback => {
                let (interaction, token) = (id(0)?, param(1));
                state.with(|inner| {
                    let new_id = inner.next_id();
                    inner.model.callback(interaction, &token, body, new_id)
                })?;
                (204, None)
            }
            Route::LeaveGuild => {
                // Discord then sends GUILD_DELETE; a test that needs it sends it itself
                // (`FakeDiscord::remove_from_guild`).
                let guild = id(0)?;
                state.with(|inner| inner.left_guilds.push(guild));
                (204, None)
            }
            Route::CreateMessage => posts::answer(state, self.template, id(0)?, None, body)?,
            Route::EditChannelMessage => {
                posts::answer(state, self.template, id(0)?, Some(id(1)?), body)?
            }
            Route::Followup => {
                let token = param(1);
                let message = state.with(|inner| {
                    let new_id = inner.next_id();
                    let id = inner.model.followup(&token, body, new_id)?;
                    inner.model.attach(id, files);
                    Ok::<_, String>(message_json(&inner.model, id, app))
                })?;
                (200, Some(message))
            }
            Route::EditMessage | Route::GetMessage | Route::DeleteMessage => {
                let token = param(1);
                // `@original` is a literal in its template, so only a message id is a param.
                let which = match self.params.len() {
                    2 => None,
                    _ => Some(id(2)?),
                };
                let route = self.route;
                state.with(|inner| {
                    let id = match route {
                        Route::EditMessage => inner.model.edit(&token, which, body)?,
                        _ => inner.model.find(&token, which)?,
                    };
                    inner.model.attach(id, files);
                    if route == Route::DeleteMessage {
                        inner.model.messages.remove(&id);
                        return Ok((204, None));
                    }
                    Ok::<_, String>((200, Some(message_json(&inner.model, id, app))))
                })?
            }
        })
    }
}

/// Discord's answer to a body it will not take.
fn refusal(reason: String) -> Answer {
    (400, Some(json!({"message": reason, "code": 50035})))
}

/// `GET /gateway/bot`: the URL, the recommended shard count, and a session start limit
/// that never runs out (one IDENTIFY at a time, as for most bots).
fn gateway_bot(state: &State) -> Value {
    let shards = state.with(|inner| inner.gateway.recommended);
    json!({
        "url": format!("ws://{}", state.addr),
        "shards": shards,
        "session_start_limit": {
            "total": 1000, "remaining": 1000, "reset_after": 0, "max_concurrency": 1
        },
    })
}

fn register(state: &State, guild: Option<u64>, body: &Value) -> Value {
    state.with(|inner| {
        let commands: Vec<Value> = body
            .as_array()
            .into_iter()
            .flatten()
            .map(|sent| {
                let id = inner.next_id();
                payload::registered_command(sent, id, state.app_id, guild)
            })
            .collect();
        inner.registrations.push(Registration {
            guild,
            commands: commands.clone(),
            at: Instant::now(),
        });
        Value::Array(commands)
    })
}

fn message_json(model: &Model, id: u64, app: u64) -> Value {
    payload::message(&model.messages[&id], app)
}
