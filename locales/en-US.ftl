# heo-bot's messages in US English: the source every other catalogue translates.
#
# Each message's ID is used in src/ through t!(lang, "id", variable = value, ...); every
# other locales/*.ftl has exactly the same IDs with the same variables (the tests check).
# Discord mentions and timestamps (<@…>, <t:…:R>) always arrive as variables.

## The language itself

# Its own name, as /language set lists it.
language-name = English

# How numbers are written: 1,234.5
number-group-separator = {","}
number-decimal-separator = {"."}
# Digits a number needs before it is grouped: 1 writes 1,234; 2 writes 1234 and 12,345.
number-group-min-digits = {"1"}

## Words many messages share (src/replies/words.rs)

# A power action as a title or a button's label.
action-title-start = Start
action-title-stop = Stop
action-title-restart = Restart
action-title-kill = Kill
# A power action as a verb, after "could not" ($verb).
action-verb-start = start
action-verb-stop = stop
action-verb-restart = restart
action-verb-kill = kill
# A power action as a thing asked for, after "this" or "the" ($noun).
action-noun-start = start
action-noun-stop = stop
action-noun-restart = restart
action-noun-kill = kill

# How long to wait ($wait in other messages).
wait-unknown = a minute
wait-seconds = { $count ->
    [one] { $count } second
   *[other] { $count } seconds
}
wait-minutes = { $count ->
    [one] { $count } minute
   *[other] { $count } minutes
}
wait-hours = { $count ->
    [one] { $count } hour
   *[other] { $count } hours
}

## Power outcomes and what nothing was sent for (src/replies.rs, src/replies/failures.rs)

# $emoji is the action's emoji, $title the action as a title, $server the server's label,
# $asker a mention of the member who asked.
power-requested = { $emoji } **{ $title } requested** for { $server } by { $asker }. HEO accepted it; the server may take a moment to get there.
# $verb is the action as a verb; $detail says why (one of the messages below).
power-failed = ⚠️ **Could not { $verb }** { $server } (asked by { $asker }): { $detail }

# A typed server ID refused before anything was sent. $why is one of server-id-*.
invalid-server-id = That server ID { $why }, so nothing was sent. Use the ID shown in the HEO dashboard, such as `srv_123`.
server-id-empty = is empty
server-id-too-long = is longer than { $max } characters
server-id-hidden-character = contains a line break or an invisible character (such as a zero-width space or a right-to-left mark)
server-id-dot-segment = is not a server ID

needs-manage-server = You need the **Manage Server** permission to do that.
guild-only = This command only works inside a Discord server.
guild-not-served = This bot only serves the Discord servers its owner listed, so nothing was done. It is leaving this server.
store-failed = The bot could not reach its database, so nothing was changed. Try again in a moment; if it keeps happening, ask the bot's owner to check its logs.
restarting = The bot is restarting, so nothing was sent. Try again in a minute.
internal-error = Something went wrong inside the bot, and nothing more was done. Try again; if it keeps happening, ask the bot's owner to check its logs.
bad-arguments = The bot did not understand that command's options. If the bot was just updated, wait a minute for Discord to refresh its commands and try again.

# What a refused or failed call is, in other messages: $this ("this restart"), $this_of
# ("this restart of `srv_1`"), $the ("the restart"). $noun is the action as a noun.
call-this-power = this { $noun }
call-this-of-power = this { $noun } of { $server }
call-the-power = the { $noun }
call-this-logs = this log request
call-this-of-logs = this request for the log of { $server }
call-the-logs = the log request

# Refused by the guards before anything was sent; $wait is how long (wait-*).
refused-in-progress = ⏳ Another action on { $server } is still on its way to HEO, so { $this } was not sent. Its reply will show in the channel within { $wait }; try again after that if you still need to.
refused-cooling-down = ⏳ You asked for a power action moments ago, so { $this_of } was not sent. Try again in { $wait }.
refused-backing-off = ⏳ HEO is rate-limiting this bot, and its limit is shared by every Discord server the bot serves, so { $this_of } was not sent. Try again in { $wait }.
refused-guild-budget = ⏳ This Discord server has used its share of calls to HEO for now (HEO's limit is shared by every Discord server the bot serves), so { $this_of } was not sent. Try again in { $wait }.
refused-busy = ⏳ The bot is already waiting on HEO for as many actions as it takes at once, so { $this_of } was not sent. Those actions end within { $wait }; try again then.
# $held_verb is the countdown's action as a verb; $at a Discord timestamp.
refused-counting-down = ⏳ A countdown to { $held_verb } { $server } { $at } holds it, so { $this_of } was not sent. Press **Abort** on the countdown first if you need to, or wait for it.

# Why nothing was sent, before HEO was asked ($detail of power-failed).
not-sent-no-key = No HEO API key is linked to this Discord server yet, so nothing was sent. An admin with Manage Server can link one with `/link-key`.
not-sent-store-failed = The bot could not read its database, so nothing was sent. Try again in a moment; if it keeps happening, ask the bot's owner to check its logs.
not-sent-key-unreadable = The HEO API key stored for this Discord server can no longer be read (it may come from another server's backup), so nothing was sent. An admin with Manage Server should link it again with `/link-key`.

# What HEO answered ($detail of power-failed). $status is an HTTP status number.
heo-confirmation-required = HEO wanted a confirmation and did nothing. The bot always confirms a kill, so something between it and HEO dropped the confirmation: please tell the bot's owner.
heo-unauthorized = HEO rejected this Discord server's API key: it may have been revoked or mistyped. An admin should run `/link-key` with a new key from the HEO dashboard.
heo-forbidden = the linked API key has no access to { $server }. Check the ID in the HEO dashboard (it looks like `srv_123`), or link a key that covers this server.
heo-insufficient-scope-power = the linked API key is read-only, so it cannot use power actions. Create a key with power permission in the HEO dashboard and link it with `/link-key`.
heo-insufficient-scope-logs = the linked API key lacks the `game-logs:read` scope, so it cannot read logs. Create a key with that scope in the HEO dashboard and link it with `/link-key`.
heo-not-found = HEO answered "not found". Check that { $server } is the ID shown in the HEO dashboard; if it is, ask the bot's owner to check its `HEO_API_URL` setting.
heo-method-not-allowed = HEO refused the request (method not allowed), so nothing was done. Ask the bot's owner to check its `HEO_API_URL` setting.
heo-rate-limited = HEO is rate-limiting this bot right now, so nothing was done. Try again in { $wait }.
heo-game-server-unreachable-power = HEO could not pass the action on to the game server. Try again in a minute; if it keeps failing, check HEO's status page.
heo-game-server-unreachable-logs = HEO could not get the log from the game server. Try again in a minute; if it keeps failing, check HEO's status page.
heo-provider-unavailable = HEO is having trouble right now (HTTP { $status }), so { $the } probably did not go through. Try again in a few minutes.
heo-unexpected-status = HEO gave an unexpected answer (HTTP { $status }), so { $the } may not have gone through. Try again; if it keeps happening, tell the bot's owner.
heo-unreadable-success = HEO answered, but not in a way the bot understands, so it cannot tell whether { $the } went through. Check the server in the HEO dashboard before trying again.
heo-timeout-power = HEO did not answer in time, so the bot cannot tell whether { $the } went through. Check the server in the HEO dashboard before trying again.
heo-timeout-logs = HEO did not send the log in time. Try again in a minute.
heo-unreachable = the bot could not connect to HEO, so nothing was sent. HEO or the bot's network may be down; try again in a few minutes.

## HEO's own status (src/replies/heo_status.rs)

# $affecting is heo-affecting or heo-affecting-more, or nothing when HEO named nothing.
heo-status-up = 🟢 HEO reports that everything is up.
heo-status-disrupted = 🟠 HEO reports a disruption{ $affecting }.
heo-status-maintenance = 🔧 HEO reports maintenance{ $affecting }.
heo-status-unknown = ❔ HEO says it does not know its own status right now. Try again in a few minutes.
heo-status-other = ❔ HEO reports its status as { $said }, which the bot does not know the meaning of.
heo-status-no-answer = 🔴 HEO's status page did not answer: HEO or the bot's network may be down. Try again in a few minutes.
heo-status-odd-answer = ❔ HEO's status page gave an answer the bot does not understand. Try again in a few minutes; if it keeps happening, tell the bot's owner.
# The line a failed power action gains while HEO reports trouble.
heo-trouble-disrupted = HEO's status page reports a disruption{ $affecting }.
heo-trouble-maintenance = HEO's status page reports maintenance{ $affecting }.
# $names is a list of code spans; $more how many more HEO named. Starts with a space.
heo-affecting = { " " }affecting { $names }
heo-affecting-more = { " " }affecting { $names } and { $more } more

## The kill prompt (src/replies/kill.rs)

kill-prompt = 💀 **Kill { $server }?** A kill cuts power at once, like pulling the plug: unsaved game data may be lost. Prefer `/server stop` when you can.
    This prompt expires in { $wait }.
kill-confirm-label = Kill
kill-cancel-label = Cancel
kill-sending = 💀 Sending the kill for { $server }…
kill-cancelled = Cancelled: nothing was sent to { $server }.
kill-expired-command = This kill prompt expired: nothing was sent to { $server }. Run `/server kill` again if you still need it.
kill-expired-panel = This kill prompt expired: nothing was sent to { $server }. Click **Kill** on the panel again if you still need it.
kill-not-yours = Only the person who ran this `/server kill` can answer it. Nothing was sent.
kill-no-longer-manage-server = You no longer have the **Manage Server** permission you had when you ran this `/server kill`, so nothing was sent.
# $who_may says which roles may kill now.
kill-no-longer-roles = 🔒 Your roles, or the roles allowed to kill, changed since you ran this `/server kill`, so nothing was sent. { $who_may }
kill-prompt-gone = This kill prompt was already answered or has expired, so nothing more was sent.

## Per-action roles and /power-role (src/replies/roles.rs)

# In every message of this section, $action is what a role may be granted, as its
# identifier: start, stop, restart, kill or logs. Select on it to say what it lets a member
# do; shown as is, it stays in `…`. $role is one role (a mention, or @everyone); $roles is a
# list of roles joined by ", " (role-names-more when it is cut short).

# A member whose roles do not allow an action or reading logs; shown only to them.
# $who_may is one of role-who-may-*.
role-not-permitted = 🔒 { $who_may } Nothing was sent.
# Who may do $action: nobody but Manage Server, one role, or any of several roles.
role-who-may-none = Only members with **Manage Server** may { $action ->
        [start] start game servers
        [stop] stop game servers
        [restart] restart game servers
        [kill] kill game servers
       *[logs] read game servers' logs
    } here: no role has been granted `{ $action }` (an admin can grant one with `/power-role grant`).
role-who-may-one = You need the role { $role } to { $action ->
        [start] start game servers
        [stop] stop game servers
        [restart] restart game servers
        [kill] kill game servers
       *[logs] read game servers' logs
    } here, or **Manage Server**.
role-who-may-any = You need one of these roles to { $action ->
        [start] start game servers
        [stop] stop game servers
        [restart] restart game servers
        [kill] kill game servers
       *[logs] read game servers' logs
    } here: { $roles }, or **Manage Server**.
# A list of roles cut short: $roles are the first ten, $more how many more there are.
role-names-more = { $roles } and { $more } more

# After /power-role grant.
role-granted = ✅ { $role } may now { $action ->
        [start] **start** game servers
        [stop] **stop** game servers
        [restart] **restart** game servers
        [kill] **kill** game servers
       *[logs] **read** game servers' logs
    }, if `/server` is open to them in Server Settings → Integrations. While any role is granted, actions with no role granted are limited to members with **Manage Server**.
role-already-granted = { $role } may already { $action ->
        [start] start game servers
        [stop] stop game servers
        [restart] restart game servers
        [kill] kill game servers
       *[logs] read game servers' logs
    }, so nothing changed.
# After /power-role revoke.
role-revoked = ✅ { $role } may no longer { $action ->
        [start] **start** game servers
        [stop] **stop** game servers
        [restart] **restart** game servers
        [kill] **kill** game servers
       *[logs] **read** game servers' logs
    }.
role-not-granted = { $role } was not granted `{ $action }`, so there was nothing to revoke.

# /power-role list. $lines is one role-grants-line or role-grants-line-manage-server per
# action, one a line.
role-grants-none = No power roles are granted here, so Discord's command permissions alone decide who may use `/server` (Server Settings → Integrations). Grant one with `/power-role grant`.
role-grants = **Power roles here**
    { $lines }
    Members with **Manage Server** may use every action and read logs.
role-grants-line = - `{ $action }`: { $roles }
role-grants-line-manage-server = - `{ $action }`: **Manage Server** only

## Named servers: /server add, remove and list (src/replies/names.rs)

# $server is a server's label: its name in bold and its ID, both as code.

# A name /server add refused; $why is one of names-invalid-*. $max is a number.
names-invalid = That name { $why }, so nothing was stored. Use a short name such as `mc-survival`.
names-invalid-empty = is empty
names-invalid-too-long = is longer than { $max } characters
names-invalid-hidden-character = { server-id-hidden-character }

# After /server add. $from is the server's label under its old name; $other the label of
# the server that stands in the way.
names-added = 🏷️ Added { $server }. Members can now type its name, or pick it from the list, in any `/server` command.
names-renamed = 🏷️ Renamed { $from } to { $server }.
names-taken = Another server is already called that ({ $other }; names ignore case), so nothing was changed. Pick another name, or remove that one first with `/server remove`.
names-name-is-another-id = That name is the ID of another server here ({ $other }), so it would be ambiguous and nothing was changed. Pick another name.
names-id-is-another-name = That ID is the name of another server here ({ $other }), so it would be ambiguous and nothing was changed. Rename that server first.

# After /server remove. $typed is what the member typed, as code.
names-removed = 🏷️ Removed { $server }. Its ID still works in `/server` commands.
names-not-found = No server here is called { $typed } or has that ID, so nothing was removed. `/server list` shows them.

# /server list: a header, one "• server" line per server, and, when they do not all fit one
# Discord message, names-list-more on a last line. $count is a number.
names-list-empty = No servers are named here yet. An admin with Manage Server can add one with `/server add id:<server id> name:<short name>`.
names-list-header = 🏷️ **{ $count } named servers**
# How many servers did not fit.
names-list-more = …and { $count } more.

## Linking HEO's API key: /link-key and /unlink-key (src/replies/keys.rs)

# The private form /link-key opens. Discord refuses a title or label longer than 45
# characters and a placeholder longer than 100 (longer ones are cut).
key-form = Link your HEO API key
    .label = HEO API key
    .placeholder = Paste the key from the HEO dashboard

# After the form is submitted. $hint is the key's last four characters, as code; keys too
# short to hint at read key-linked-no-hint. $replaced is key-replaced when a key was linked
# before, else nothing.
key-linked = 🔑 The key ending in { $hint } is now linked to this Discord server and will be used for `/server` commands.{ $replaced } It is stored by the bot and never shown again.
key-linked-no-hint = 🔑 The key is now linked to this Discord server and will be used for `/server` commands.{ $replaced } It is stored by the bot and never shown again.
# Starts with a space.
key-replaced = { " " }It replaces the key linked before.
key-form-needs-manage-server = You no longer have the **Manage Server** permission, so the key was not linked and nothing was changed.
key-malformed = That does not look like an HEO API key (it was empty or contained spaces), so nothing was changed. Copy the key from the HEO dashboard and run `/link-key` again.

# After /unlink-key.
key-unlinked = 🔑 The HEO API key was removed from this Discord server. `/server` commands will do nothing until an admin runs `/link-key` again.
key-not-linked = No HEO API key was linked to this Discord server, so there was nothing to remove.

## A game server's log: /server logs (src/replies/logs.rs)

# $server is the server's label; $count a number of lines.
# The log follows this message in a code block.
logs-shown = 📜 { $count ->
        [one] The last line
       *[other] The last { $count } lines
    } of the latest log of { $server }:
# The lines did not fit one message, so they come as a file.
logs-attached = 📜 { $count ->
        [one] The last line
       *[other] The last { $count } lines
    } of the latest log of { $server } are attached.
logs-empty = 📜 The latest log of { $server } is empty.
# $detail says why (not-sent-*, heo-*).
logs-failed = ⚠️ **Could not read the log** of { $server }: { $detail }
