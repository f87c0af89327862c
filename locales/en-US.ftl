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
countdown-cannot-post = I could not post the countdown in this channel, so nothing was started. Give the bot **View Channel** and **Send Messages** here, or run the command in another channel.
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
schedule-invalid-zone = { $typed } is not a time zone the bot knows. Pick one from the list, an IANA name like `Europe/Berlin` or `America/New_York`.
schedule-warn-on-start = A scheduled **start** gets no warning (nobody is playing on a stopped server): leave out `warn:` and `message:`.
schedule-message-needs-warn = `message:` is shown with the warning, so it needs `warn:` too (for example `warn:10m`).
# $max is a number of characters.
schedule-invalid-warn = That `warn:` { $reason ->
        [unreadable] is not a duration like `10m`, `90s` or `1h`
        [too-short] is shorter than 5 seconds
       *[too-long] is longer than 1 hour
    }.
schedule-invalid-message = That `message:` { $reason ->
        [too-long] is longer than { $max } characters
        [hidden-character] holds a line break or an invisible character
       *[empty] is empty
    }; it must be one line of text.
