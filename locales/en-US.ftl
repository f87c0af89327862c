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

## Slash commands: descriptions Discord shows (src/commands/localized.rs)
#
# One message per command or subcommand (its description), with one attribute per option
# (the option's description). Command and option names stay English. Discord allows at most
# 100 characters for each.

command-server = Start, stop, restart or kill a game server hosted at HEO.
command-server-start = Start a game server.
    .server = Server name, or ID as shown in the HEO dashboard, e.g. srv_123
command-server-stop = Stop a game server gracefully (warn:10m warns the players first, with a countdown).
    .server = Server name, or ID as shown in the HEO dashboard, e.g. srv_123
    .warn = Warn the players first for this long, e.g. 10m, 90s (up to 1h)
    .message = What the players are told with the warnings, e.g. Back in 5 minutes!
command-server-restart = Restart a game server (warn:10m warns the players first, with a countdown).
    .server = Server name, or ID as shown in the HEO dashboard, e.g. srv_123
    .warn = Warn the players first for this long, e.g. 10m, 90s (up to 1h)
    .message = What the players are told with the warnings, e.g. Back in 5 minutes!
command-server-kill = Kill a game server at once (asks for confirmation unless force is true, or warn is given).
    .server = Server name, or ID as shown in the HEO dashboard, e.g. srv_123
    .force = Skip the confirmation prompt and kill at once
    .warn = Warn the players first for this long, with a countdown (no prompt), e.g. 1m
    .message = What the players are told with the warnings
command-server-add = Give a game server a short name members can type instead of its ID.
    .id = Server ID as shown in the HEO dashboard, e.g. srv_123
    .name = Short name, up to 32 characters, e.g. mc-survival
    .console = Console command that warns its players, e.g. broadcast {"{"}message{"}"} (default say {"{"}message{"}"})
command-server-remove = Forget a game server's name (its ID keeps working).
    .server = Server name or ID
command-server-list = List the game servers named in this Discord server.
command-server-history = Show the last 10 power actions sent to HEO here, or on one game server.
    .server = Only this server (name or ID); leave empty for all
    .refusals = List the requests refused or cancelled before reaching HEO instead
command-server-logs = Show the last lines of a game server's latest log (only you see it).
    .server = Server name, or ID as shown in the HEO dashboard, e.g. srv_123
    .lines = How many of the last lines to show (default 50)
command-server-panel = Post buttons for a game server in this channel, or remove them.
    .server = Server name, or ID as shown in the HEO dashboard, e.g. srv_123
    .warn = Stop and Restart warn the players first for this long, e.g. 5m (up to 1h)
    .message = What the players are told with the warnings, e.g. Back in 5 minutes!
    .remove = Remove this server's panel from this channel instead
command-power-role = Choose which roles may start, stop, restart or kill game servers, or read their logs.
command-power-role-grant = Let a role perform a power action or read logs.
    .action = The power action, or logs
    .role = The role that may perform it
command-power-role-revoke = Stop letting a role perform a power action or read logs.
    .action = The power action, or logs
    .role = The role that may no longer perform it
command-power-role-list = Show which roles may perform each power action or read logs.
command-link-key = Link this Discord server's HEO API key (opens a private form).
command-unlink-key = Remove this Discord server's HEO API key.
command-audit-channel = Post every power action in a channel; leave the channel empty to stop.
    .channel = The channel to post in; leave empty to stop posting
command-schedule = Run start, stop, restart or kill on a game server at a set time.
command-schedule-add = Schedule a power action: once, daily or weekly, at a local time.
    .server = Server name, or ID as shown in the HEO dashboard, e.g. srv_123
    .action = The power action
    .at = Time as HH:MM, e.g. 04:00; or YYYY-MM-DD HH:MM for a one-time run
    .every = How often (default: once)
    .weekday = Day of a weekly run (default: that of the next HH:MM)
    .timezone = IANA time zone, e.g. Europe/Berlin (default: this server's, else UTC)
    .warn = Warn players this long before a stop, restart or kill, e.g. 10m
    .message = One line shown to players with the warning
command-schedule-list = List this server's schedules and when each runs next.
command-schedule-remove = Remove a schedule.
    .id = The schedule's number, as /schedule list shows it, e.g. 3
command-schedule-pause = Pause a schedule: nothing runs until it is resumed.
    .id = The schedule's number, as /schedule list shows it, e.g. 3
command-schedule-resume = Resume a paused schedule from its next run after now.
    .id = The schedule's number, as /schedule list shows it, e.g. 3
command-schedule-timezone = Set this server's time zone for new schedules.
    .zone = IANA time zone, e.g. Europe/Berlin
command-heo = About HEO Systems itself.
command-heo-status = Show whether HEO Systems reports a disruption or maintenance right now.

# The choices Discord lists for an option (at most 100 characters each).
choice-start = start
choice-stop = stop
choice-restart = restart
choice-kill = kill
choice-logs = logs
choice-once = once
choice-daily = daily
choice-weekly = weekly
choice-monday = Monday
choice-tuesday = Tuesday
choice-wednesday = Wednesday
choice-thursday = Thursday
choice-friday = Friday
choice-saturday = Saturday
choice-sunday = Sunday

## /language (src/replies/language.rs)

# The autocomplete entry of /language set that follows the server's Discord language.
language-follow-discord = The server's Discord language
# $language is a language's own name and code, e.g. "Deutsch (de)".
language-set-chosen = 🌐 From now on, this server's public messages (replies in channels, control panels, countdowns and audit lines) are in { $language }. Replies only you see follow your own Discord language.
language-set-discord = 🌐 From now on, this server's public messages follow its Discord language, now { $language }. Replies only you see follow your own Discord language.
language-shown-chosen = 🌐 This server's public messages are in { $language }, chosen with `/language set`. Replies only you see follow your own Discord language.
language-shown-discord = 🌐 This server's public messages are in { $language }, this server's Discord language. Choose another with `/language set`. Replies only you see follow your own Discord language.
# $typed is what was typed; $languages the codes the bot has; $auto the code that follows Discord.
language-unknown = The bot has no language { $typed }, so nothing changed. Pick one from the list: { $languages }, or { $auto } for this server's Discord language.

command-language = Choose the language of this server's public messages.
command-language-set = Set the language of this server's public messages.
    .language = A language from the list, or auto for this server's Discord language
command-language-show = Show which language this server's public messages are in.
## The audit channel and its lines (src/replies/audit.rs)

# One entry of the audit trail, as posted in the audit channel (one message each) and listed
# by /server history. $member is a mention of the member who asked, $via is where the action
# came from (audit-via-*, or nothing when the member asked with a command), $emoji is the
# action's emoji, $title the action as a title, $server the server's label, $outcome what
# came of it (audit-outcome-*).
audit-line = { $member }{ $via } { $emoji } { $title } { $server }: { $outcome }
# Where an entry came from; each starts with a space. $schedule is the schedule's number as
# a code span (`#3`).
audit-via-schedule = { " " }(schedule { $schedule })
audit-via-panel = { " " }(panel)

# What came of an entry. $code is the outcome's code as a code span (`forbidden`): an
# identifier, kept as it is in every language. $why explains it (audit-why-*); $status is
# HEO's HTTP status code, when HEO answered with an error.
audit-outcome-sent = ✅ { $code } ({ $why })
audit-outcome-failed = ❌ { $code } ({ $why })
audit-outcome-failed-http = ❌ { $code } (HTTP { $status }: { $why })

# A short explanation of each outcome code ($why above), kept short: each entry is one line.
audit-why-requested = HEO accepted it
audit-why-no-key = no HEO API key was linked
audit-why-store-failed = the bot could not read its database
audit-why-key-unreadable = the stored API key could not be read
audit-why-in-progress = another action on the server was under way
audit-why-cooldown = the member's cooldown was running
audit-why-backing-off = the bot was waiting out HEO's rate limit
audit-why-guild-budget = this Discord server had used its share of HEO calls
audit-why-bot-busy = the bot was waiting on as many actions as it takes at once
audit-why-not-permitted = no role of the member allowed it
audit-why-kill-cancelled = the member cancelled the kill
audit-why-kill-expired = the kill prompt expired unanswered
audit-why-counting-down = a countdown held the server
audit-why-countdown-aborted = the countdown was aborted
audit-why-missed = the bot was not running when it was due
audit-why-confirmation-required = HEO wanted a confirmation
audit-why-unauthorized = HEO rejected the API key
audit-why-forbidden = the API key has no access to this server
audit-why-insufficient-scope = the API key lacks the permission for this
audit-why-not-found = HEO did not find the server
audit-why-method-not-allowed = HEO refused the request method
audit-why-rate-limited = HEO rate-limited the bot
audit-why-provider-error = HEO could not reach the game server
audit-why-provider-unavailable = HEO was having trouble
audit-why-unexpected-status = HEO gave an unexpected answer
audit-why-unreadable-success = HEO's answer could not be read
audit-why-timeout = HEO did not answer in time
audit-why-unreachable = the bot could not connect to HEO

# The first message posted in a new audit channel. $member is a mention of the admin who
# picked the channel.
audit-channel-greeting = 🗒️ heo-bot will post every power action asked for in this Discord server here, one line each (set by { $member }).

# The private answers to /audit-channel. $channel is a mention of the channel.
audit-channel-set = ✅ Every power action will now be posted in { $channel }, one line each. Run `/audit-channel` with no channel to stop.
audit-channel-off = ✅ Power actions are no longer posted in { $channel }. `/server history` still lists them.
audit-channel-off-none = No audit channel was set, so nothing changed. Pick one with `/audit-channel channel:`.
# The bot could not post its greeting in $channel, so nothing changed.
audit-channel-unpostable-not-allowed = ⚠️ The bot could not post in { $channel }, so the audit channel was not changed: it is not allowed to. Give heo-bot **View Channel** and **Send Messages** in { $channel } (Edit Channel → Permissions), then run `/audit-channel` again.
audit-channel-unpostable-no-text = ⚠️ The bot could not post in { $channel }, so the audit channel was not changed: Discord says that channel does not exist or takes no messages. Pick a text channel.
audit-channel-unpostable-discord-failed = ⚠️ The bot could not post in { $channel }, so the audit channel was not changed: Discord did not answer properly. Try again in a moment.
audit-channel-member-cannot-post = ⚠️ You cannot post in { $channel } yourself (that takes **View Channel** and **Send Messages** there), so the audit channel was not changed. Pick a channel you can post in.

## /server history (src/replies/history.rs)

# The private answer to /server history when nothing is recorded. $server is the server's
# label (in the -server messages).
history-empty-sent-guild = No power actions were sent to HEO in this Discord server yet (entries are kept for a limited time).
history-empty-sent-server = No power actions were sent to HEO for { $server } yet (entries are kept for a limited time).
history-empty-refused-guild = No refused or cancelled requests are recorded in this Discord server yet (entries are kept for a limited time).
history-empty-refused-server = No refused or cancelled requests are recorded for { $server } yet (entries are kept for a limited time).

# The first line of /server history, above one line per entry (audit-line). $count is the
# number of entries listed (a number: select plural forms on it if your language needs
# them); $server is the server's label.
history-header-sent-guild = { $count ->
        [one] 🗒️ The last power action sent to HEO in this Discord server:
       *[other] 🗒️ The last { $count } power actions sent to HEO in this Discord server, newest first:
    }
history-header-sent-server = { $count ->
        [one] 🗒️ The last power action sent to HEO for { $server }:
       *[other] 🗒️ The last { $count } power actions sent to HEO for { $server }, newest first:
    }
history-header-refused-guild = { $count ->
        [one] 🚫 The last request refused or cancelled in this Discord server (nothing was sent to HEO):
       *[other] 🚫 The last { $count } requests refused or cancelled in this Discord server, newest first (nothing was sent to HEO):
    }
history-header-refused-server = { $count ->
        [one] 🚫 The last request refused or cancelled for { $server } (nothing was sent to HEO):
       *[other] 🚫 The last { $count } requests refused or cancelled for { $server }, newest first (nothing was sent to HEO):
    }

# Small print under the actions sent to HEO; `refusals:true` is the command's option, kept
# in English.
history-refusals-hint = -# Requests refused or cancelled before reaching HEO are listed with `refusals:true`.
## Control panels (src/replies/panel.rs)

# The public panel message, in the guild's language, rewritten at every click. $server is
# the game server's label (its name and ID as code spans). Lines below it follow, each on
# its own line: panel-warning when the panel warns first, panel-last once a button was used.
panel = 🎮 **Control panel** for { $server }
    The buttons ask HEO to start, stop, restart or kill this game server. Members with **Manage Server**, or with a role granted the action with `/power-role`, may use them; each click is checked again and answered privately.
# $wait is how long the players are warned (wait-*).
panel-warning = ⏳ **Stop** and **Restart** warn the players { $wait } first, with a countdown here that anyone allowed may abort.
# $last is one of panel-last-* below.
panel-last = Last action: { $last }
# What the panel's last click asked for. $emoji is the action's emoji, $title the action as
# a title (action-title-*), $asker a mention of the member who clicked, $at a Discord
# timestamp ("5 minutes ago").
panel-last-requested = { $emoji } { $title } requested by { $asker } { $at }
# The action was not sent or not accepted; $outcome is the audit trail's outcome code as a
# code span, such as `cooling_down` (an identifier: it stays as it is).
panel-last-not-done = ⚠️ { $title } by { $asker } not done ({ $outcome }) { $at }
# A click on Stop or Restart began a countdown; $due is a Discord timestamp ("in 5 minutes").
panel-last-countdown-begun = ⏳ { $title } countdown begun by { $asker } { $at }, due { $due }

# What a retired panel's message says instead (its buttons are disabled). $link is the
# newer panel's message URL; $remover a mention of the member who removed it.
panel-replaced = 🎮 This panel for { $server } was replaced by a newer one: { $link }
panel-removed = 🎮 This panel for { $server } was removed by { $remover }.

# The private answer to /server panel. $link is the posted panel's URL; $replaced how many
# earlier panels for the server in this channel it replaced. Its second line is one of
# panel-clickers-*.
panel-posted = ✅ Panel posted for { $server }: { $link }.{ $replaced ->
        [0] {""}
        [one] { " " }The earlier panel for it in this channel no longer works.
       *[other] { " " }The { $replaced } earlier panels for it in this channel no longer work.
    }
# Who may use the panel's buttons. $grants lists panel-clickers-grant, joined with "; ".
panel-clickers-only-manage-server = Its buttons work for members with **Manage Server** only: no role has been granted a power action (grant one with `/power-role grant`). Who may run `/server` in Server Settings → Integrations does not apply to buttons.
panel-clickers-roles = Its buttons work for members with **Manage Server**, and for these roles: { $grants }. Who may run `/server` in Server Settings → Integrations does not apply to buttons.
# One action and the roles granted it: $title is the action as a title, $roles the roles'
# mentions, comma-separated.
panel-clickers-grant = { $title } ({ $roles })

# Private answers to /server panel remove:true. $count is how many panels were retired.
panel-none-to-remove = There is no panel for { $server } in this channel, so nothing was removed.
panel-removed-reply = { $count ->
        [one] ✅ The panel for { $server } in this channel no longer works; the message stays, with its buttons disabled. Delete it if you like.
       *[other] ✅ The { $count } panels for { $server } in this channel no longer work; the messages stay, with their buttons disabled. Delete them if you like.
    }
# $cap is the most panels one Discord server may have.
panel-limit = This Discord server already has { $cap } panels, the most the bot keeps, so none was posted. Remove one with `/server panel server:<server> remove:true` in its channel first.
panel-cannot-post = The bot could not post the panel in this channel, so nothing was posted. Give the bot **View Channel** and **Send Messages** here, or run the command in another channel.

# Private answers to a click on a panel's button that the bot turns away.
panel-gone = This panel no longer works (it was replaced or removed), so nothing was sent. Ask an admin for a new one with `/server panel`.
# $who_may says which roles may do the action (see the role messages).
panel-not-permitted = 🔒 { $who_may } Panel buttons ignore who may run `/server`. Nothing was sent.
# $name is the server's name as the panel shows it, as a code span.
panel-server-removed = This panel's server { $name } is no longer named in this Discord server (removed with `/server remove`), so nothing was sent. Add it again with `/server add`, or post a panel for another server with `/server panel`.
## Countdowns, in-game warnings and schedules (src/replies/countdown.rs, src/replies/warnings.rs, src/replies/scheduled.rs, src/replies/schedules.rs)

# The countdown's public message in the channel, edited as it goes, in the guild's language.
# $title is the action as a title (action-title-*), $server the server's label, $due_in a
# Discord timestamp of when the action is sent ("in 10 minutes"), $due_at the same moment as a
# clock time. $by is "member" when a member asked for the countdown and "schedule" when a
# schedule started it; $asker is a mention of that member (or of who made the schedule) and
# $schedule the schedule's number as a code span (`#3`).
countdown-running = ⏳ **{ $title }** of { $server } { $due_in } (at { $due_at }), { $by ->
        [schedule] scheduled by { $asker } (schedule { $schedule })
       *[member] asked by { $asker }
    }.
# The countdown's last line while the players are being warned. **Abort** is the button's
# label (countdown-abort-label).
countdown-running-warned = The players are warned in game. Press **Abort** to call it off.
# The countdown's last line once a warning failed. $problem says why (one of
# warning-problem-*, ending with a full stop); $noun is the action as a noun (action-noun-*).
countdown-running-not-warned = ⚠️ The players could not be warned in game: { $problem } The { $noun } still happens at that time unless someone presses **Abort**.
# The countdown's button.
countdown-abort-label = Abort
# The countdown's last line once its action was sent (the outcome is above it). $by, $asker
# and $schedule as in countdown-running. "-#" makes the line small in Discord.
countdown-ended = -# Countdown { $by ->
        [schedule] scheduled by { $asker } (schedule { $schedule })
       *[member] asked by { $asker }
    }.
# The countdown after someone pressed Abort. $aborter is a mention of who pressed it; $title,
# $server, $by, $asker and $schedule as in countdown-running.
countdown-aborted = 🛑 **{ $title }** of { $server } **aborted** by { $aborter }; nothing was sent. (It was { $by ->
        [schedule] scheduled by { $asker } (schedule { $schedule })
       *[member] asked by { $asker }
    }.)
# A countdown whose moment passed while the bot was down. $due is a Discord timestamp of that
# moment (date and time); the rest as in countdown-running.
countdown-missed = ⚠️ **{ $title }** of { $server } was due { $due }, but the bot was not running then, so nothing was sent. Run it again if it is still needed. (It was { $by ->
        [schedule] scheduled by { $asker } (schedule { $schedule })
       *[member] asked by { $asker }
    }.)
# A countdown whose action was being sent when the bot stopped. $noun is the action as a noun.
countdown-interrupted = ⚠️ The bot stopped while sending the { $noun } of { $server }, so it cannot tell whether HEO got it. Check the HEO dashboard before trying again.
# The private answer to who started a countdown. $link is the address of the countdown's
# message, $noun the action as a noun, $due_in a Discord timestamp ("in 10 minutes").
countdown-started = ⏳ Countdown posted ({ $link }): the { $noun } of { $server } is sent { $due_in } unless someone presses **Abort**.
# The same, when the countdown's message has no address to link to.
countdown-started-unlinked = ⏳ Countdown posted: the { $noun } of { $server } is sent { $due_in } unless someone presses **Abort**.
# The bot could not post a countdown in the channel (private). The permission names are
# Discord's, as its settings show them.
countdown-cannot-post = The bot could not post the countdown in this channel, so nothing was started. Give the bot **View Channel** and **Send Messages** here, or run the command in another channel.
# Another countdown already holds the server; $noun is the action not started (as a noun).
countdown-already-running = ⏳ A countdown already runs on { $server }, so this { $noun } was not started. Abort it with its button first, or wait for it.
# Any power action refused because a countdown holds its server. $held_verb is the countdown's
# action as a verb (action-verb-*), $due_in a Discord timestamp ("in 10 minutes"), $link the
# address of the countdown's message, $noun the refused action as a noun.
countdown-holds-server = ⏳ A countdown to { $held_verb } { $server } { $due_in } holds it ({ $link }), so this { $noun } was not sent. Press **Abort** on the countdown first if you need to, or wait for it.
# The same, when the countdown's message has no address to link to yet.
countdown-holds-server-unlinked = ⏳ A countdown to { $held_verb } { $server } { $due_in } holds it, so this { $noun } was not sent. Press **Abort** on the countdown first if you need to, or wait for it.
# Private answers to a click on Abort. $verb is the countdown's action as a verb, $noun as a noun.
countdown-abort-not-allowed = Only the member who asked for this countdown, a member with **Manage Server**, or a holder of a role allowed to { $verb } can abort it. Nothing changed.
countdown-gone = This countdown has already ended.
countdown-too-late = Too late: the { $noun } is already being sent.

# What the players read in game, through the game server's console, in the guild's language.
# $action is start, stop, restart or kill (a kill reads as a shutdown); $left how long until
# then (in-game-left-*). A warning's own message, if any, follows after a space.
in-game-warning = { $action ->
        [start] Server start in { $left }.
        [stop] Server stop in { $left }.
        [restart] Server restart in { $left }.
       *[kill] Server shutdown in { $left }.
    }
in-game-abort = { $action ->
        [start] Server start cancelled.
        [stop] Server stop cancelled.
        [restart] Server restart cancelled.
       *[kill] Server shutdown cancelled.
    }
# How long until the action, as $left of in-game-warning: $minutes and $seconds are numbers.
in-game-left-seconds = { $seconds ->
        [one] { $seconds } second
       *[other] { $seconds } seconds
    }
in-game-left-minutes = { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }
in-game-left-minutes-seconds = { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    } { $seconds ->
        [one] { $seconds } second
       *[other] { $seconds } seconds
    }

# Why the players could not be warned: $problem of countdown-running-not-warned, after
# "could not be warned in game:". $wait is how long (wait-*); $code is HEO's error as an
# identifier, such as not_found.
warning-problem-none = (no problem).
warning-problem-no-key = this Discord server has no HEO API key linked.
warning-problem-store-failed = the bot could not read its database.
warning-problem-key-unreadable = the stored HEO API key can no longer be read; link it again with `/link-key`.
warning-problem-shared-limit = HEO's shared limit is used up for now (for { $wait }).
warning-problem-busy = the bot is waiting on HEO for too many calls.
warning-problem-another-action = another action was on its way.
warning-problem-insufficient-scope = the linked API key lacks the `game-console:read_write` scope; link a key with it to warn the players.
warning-problem-unauthorized = HEO rejected the linked API key; link a new one with `/link-key`.
warning-problem-forbidden = the linked API key has no access to this server.
warning-problem-rate-limited = HEO is rate-limiting the bot (for { $wait }).
warning-problem-game-server-unreachable = HEO could not reach the game server's console.
warning-problem-timeout = HEO did not answer in time.
warning-problem-unreachable = HEO could not be reached.
warning-problem-heo-error = HEO answered the console command with an error ({ $code }).

# Private refusals of a bad `warn`, `message` or `console` option (the option names stay as
# they are). $reason says what is wrong; $max is a number of characters.
warn-invalid = That `warn` { $reason ->
        [unreadable] is not a duration
        [too-short] is shorter than 5 seconds
       *[too-long] is longer than an hour
    }. Give one like `10m`, `90s` or `1h` (5 seconds to 1 hour). Nothing was sent.
warn-invalid-message = That `message` { $reason ->
        [too-long] is longer than { $max } characters
        [hidden-character] holds a line break or an invisible character
       *[empty] is empty
    }: it must be one line the players can read. Nothing was sent.
# `{message}` (written {"{"}message{"}"} below) stays as it is in every language: it is what
# the template must hold.
console-template-invalid = That `console` template { $reason ->
        [no-placeholder] has no `{"{"}message{"}"}`, where the warning goes
        [too-long] is longer than { $max } characters
       *[hidden-character] holds a line break or an invisible character
    }. Give one line like `say {"{"}message{"}"}` or `broadcast {"{"}message{"}"}`. Nothing was changed.

# What a schedule's channel reads after a scheduled run without a warning, in the guild's
# language. $schedule is the schedule's number as a code span (`#3`), $member a mention of who
# made it, $outcome the outcome's own message (power-requested, power-failed, ...). The line
# scheduled-next-run or scheduled-done follows on its own line.
scheduled-ran = 🕒 Schedule { $schedule } by { $member }: { $outcome }
# A scheduled run missed while the bot was down. $noun is the action as a noun, $server the
# server's label, $due a Discord timestamp (date and time).
scheduled-missed = ⚠️ Schedule { $schedule } by { $member }: the { $noun } of { $server } was due { $due }, but the bot was not running then, so nothing was sent. Run it by hand if it is still needed.
# $next_at is a Discord timestamp of the next run (date and time), $next_in the same moment
# as "in 3 days". "-#" makes the line small in Discord.
scheduled-next-run = -# Next run { $next_at } ({ $next_in }).
scheduled-done = -# It was a one-time schedule; it is done.

# /schedule's replies. $schedule is a schedule's number as a code span (`#3`); $id the bare
# number, inside a command; $action the action as a noun (action-noun-*); $server the server's
# label; $when how it repeats (schedule-when-*), perhaps followed by ", " and
# schedule-warned; $next_at and $next_in Discord timestamps of its next run (date and time,
# and "in 3 days"). Command and option names (`/schedule add`, `timezone:`) stay as they are.

# The public confirmation of /schedule add; schedule-zone-never-set may follow on its own line.
schedule-added = 🗓️ Schedule { $schedule } added: **{ $action }** { $server } { $when }. First run { $next_at } ({ $next_in }).
schedule-zone-never-set = Times are in UTC: this server has no time zone set. An admin can set one with `/schedule timezone`.
# $time is a 24-hour time (04:00), $date a date (2026-12-24), $zone a time zone's name as a
# code span (`Europe/Berlin`), $weekday the day of a weekly run (monday … sunday).
schedule-when-once = once, on { $date } at { $time } ({ $zone })
schedule-when-daily = daily at { $time } ({ $zone })
schedule-when-weekly = { $weekday ->
        [monday] every Monday
        [tuesday] every Tuesday
        [wednesday] every Wednesday
        [thursday] every Thursday
        [friday] every Friday
        [saturday] every Saturday
       *[sunday] every Sunday
    } at { $time } ({ $zone })
# $period is the warning's length as it is typed: 10m, 90s, 1m30s.
schedule-warned = players warned { $period } before
# /schedule list. $count is a number.
schedule-list-empty = No schedules yet. Add one with `/schedule add`.
schedule-list-header = **Schedules** ({ $count }):
schedule-list-more = …and { $count } more.
# One schedule in a list.
schedule-line-next = { $schedule } **{ $action }** { $server } { $when } · next { $next_at } ({ $next_in })
schedule-line-paused = { $schedule } **{ $action }** { $server } { $when } · ⏸️ paused
# $line is the schedule as a list shows it (schedule-line-*).
schedule-removed = Removed schedule { $line }.
schedule-paused = Paused schedule { $schedule }: nothing runs until `/schedule resume id:{ $id }`.
    { $line }
schedule-resumed = Resumed schedule { $schedule }; next run { $next_at } ({ $next_in }).
schedule-resume-passed = Schedule { $schedule } ran once only, and its moment passed while it was paused, so it stays paused. Remove it with `/schedule remove id:{ $id }`.
schedule-not-found = This server has no schedule { $schedule }; `/schedule list` shows them.
# $typed is what the member typed, as a code span.
schedule-invalid-id = { $typed } is not a schedule number; `/schedule list` shows them, like `#3`.
# $zone is a time zone's name as a code span.
schedule-zone-set = Schedules added from now on without `timezone:` use **{ $zone }**. Existing schedules keep their time zone.
# $cap is a number.
schedule-cap = This server already has { $cap } schedules, the most it may have. Remove one with `/schedule remove` first.
schedule-invalid-at = That `at:` { $reason ->
        [unreadable] is not a time the bot can read
       *[no-such-moment] is not a real time or date
    }. Type a 24-hour time like `04:00`, or a date and time like `2026-12-24 18:00` for a one-time run.
schedule-date-needs-once = A date in `at:` is only for `every:once`; for a daily or weekly schedule type just the time, like `04:00`.
schedule-weekday-needs-weekly = `weekday:` is only for `every:weekly`.
schedule-in-past = That moment has already passed; pick a later one.
# $typed is what the member typed, as a code span.
schedule-invalid-zone = { $typed } is not a time zone the bot knows. Pick one from the list: an IANA name like `Europe/Berlin` or `America/New_York`.
schedule-warn-on-start = A scheduled **start** gets no warning (nobody is playing on a stopped server): leave out `warn:` and `message:`.
schedule-message-needs-warn = `message:` is shown with the warning, so it needs `warn:` too (for example `warn:10m`).
schedule-invalid-warn = That `warn:` { $reason ->
        [unreadable] is not a duration like `10m`, `90s` or `1h`
        [too-short] is shorter than 5 seconds
       *[too-long] is longer than 1 hour
    }.
# $max is a number of characters.
schedule-invalid-message = That `message:` { $reason ->
        [too-long] is longer than { $max } characters
        [hidden-character] holds a line break or an invisible character
       *[empty] is empty
    }; it must be one line of text.

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
names-list-header = 🏷️ **{ $count ->
        [one] { $count } named server
       *[other] { $count } named servers
    }**
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
        [one] The last line of the latest log of { $server } is attached.
       *[other] The last { $count } lines of the latest log of { $server } are attached.
    }
logs-empty = 📜 The latest log of { $server } is empty.
# $detail says why (not-sent-*, heo-*).
logs-failed = ⚠️ **Could not read the log** of { $server }: { $detail }
