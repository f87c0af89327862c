-- Scheduled power actions (/schedule) and each guild's default time zone for them. Same
-- tables as ../sqlite/20261203000003_schedules.sql, which explains the columns; `paused` is
-- a BOOLEAN here, an INTEGER 0 or 1 there, and both read TRUE and FALSE.
CREATE TABLE schedules (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    guild_id   BIGINT  NOT NULL,
    server_id  TEXT    NOT NULL,
    action     TEXT    NOT NULL CHECK (action IN ('start', 'stop', 'restart', 'kill')),
    recurrence TEXT    NOT NULL CHECK (recurrence IN ('once', 'daily', 'weekly')),
    local_time TEXT    NOT NULL,
    local_date TEXT,
    weekday    BIGINT  CHECK (weekday BETWEEN 0 AND 6),
    zone       TEXT    NOT NULL,
    warn_secs  BIGINT,
    message    TEXT,
    channel_id BIGINT  NOT NULL,
    made_by    BIGINT  NOT NULL,
    paused     BOOLEAN NOT NULL DEFAULT FALSE,
    next_run   BIGINT  NOT NULL,
    created_at TEXT    NOT NULL
        DEFAULT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
);

CREATE INDEX schedules_by_guild ON schedules (guild_id, id);
CREATE INDEX schedules_by_next_run ON schedules (paused, next_run);

CREATE TABLE guild_settings (
    guild_id BIGINT PRIMARY KEY,
    zone     TEXT   NOT NULL,
    set_by   BIGINT NOT NULL,
    set_at   TEXT   NOT NULL
        DEFAULT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
);
