-- Scheduled power actions (/schedule) and each guild's default time zone for them. Same
-- tables as ../postgres/20261203000003_schedules.sql.
--   * local_time ('HH:MM'), local_date ('YYYY-MM-DD', one-time runs only) and weekday (0 =
--     Monday, weekly runs only) are wall-clock readings of `zone`, an IANA name;
--   * next_run is when the action itself is due, in Unix milliseconds; a warned run is
--     handed on `warn_secs` earlier. Each process claims a run by moving next_run on (or
--     deleting a one-time schedule) only where it still holds the value it read.
-- AUTOINCREMENT: a removed schedule's ID is never given to a new one, so a late
-- `/schedule remove id:` cannot hit another schedule.
CREATE TABLE schedules (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    guild_id   INTEGER NOT NULL,
    server_id  TEXT    NOT NULL,
    action     TEXT    NOT NULL CHECK (action IN ('start', 'stop', 'restart', 'kill')),
    recurrence TEXT    NOT NULL CHECK (recurrence IN ('once', 'daily', 'weekly')),
    local_time TEXT    NOT NULL,
    local_date TEXT,
    weekday    INTEGER CHECK (weekday BETWEEN 0 AND 6),
    zone       TEXT    NOT NULL,
    warn_secs  INTEGER,
    message    TEXT,
    channel_id INTEGER NOT NULL,
    made_by    INTEGER NOT NULL,
    paused     INTEGER NOT NULL DEFAULT 0 CHECK (paused IN (0, 1)),
    next_run   INTEGER NOT NULL,
    created_at TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
) STRICT;

CREATE INDEX schedules_by_guild ON schedules (guild_id, id);
CREATE INDEX schedules_by_next_run ON schedules (paused, next_run);

CREATE TABLE guild_settings (
    guild_id INTEGER PRIMARY KEY NOT NULL,
    zone     TEXT    NOT NULL,
    set_by   INTEGER NOT NULL,
    set_at   TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
) STRICT;
