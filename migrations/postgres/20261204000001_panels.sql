-- Control panels (/server panel): a public message in a channel with Start, Stop, Restart
-- and Kill buttons for one game server. Same tables as ../sqlite/20261204000001_panels.sql,
-- which explains the columns.
CREATE TABLE panels (
    id          TEXT   PRIMARY KEY,
    guild_id    BIGINT NOT NULL,
    channel_id  BIGINT NOT NULL,
    message_id  BIGINT NOT NULL,
    server_id   TEXT   NOT NULL,
    server_name TEXT,
    posted_by   BIGINT NOT NULL,
    posted_at   TEXT   NOT NULL
        DEFAULT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
);

CREATE INDEX panels_by_server ON panels (guild_id, channel_id, server_id);

-- The panel whose button asked for an audited action, when one did.
ALTER TABLE audit ADD COLUMN panel_id TEXT;
