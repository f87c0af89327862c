-- Control panels (/server panel): a public message in a channel with Start, Stop, Restart
-- and Kill buttons for one game server. Same tables as ../sqlite/20261204000001_panels.sql,
-- which explains the columns.
CREATE TABLE panels (
    id           TEXT   PRIMARY KEY,
    guild_id     BIGINT NOT NULL,
    channel_id   BIGINT NOT NULL,
    message_id   BIGINT NOT NULL,
    server_id    TEXT   NOT NULL,
    server_name  TEXT,
    posted_by    BIGINT NOT NULL,
    warn_secs    BIGINT,
    warn_message TEXT,
    posted_at    TEXT   NOT NULL
        DEFAULT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
    CHECK (warn_message IS NULL OR warn_secs IS NOT NULL)
);

CREATE INDEX panels_by_server ON panels (guild_id, channel_id, server_id);

-- The panel whose button asked for an audited action, when one did.
ALTER TABLE audit ADD COLUMN panel_id TEXT;

-- The panel whose button began a countdown, so that the audit entry of its action names it.
ALTER TABLE countdowns ADD COLUMN panel_id TEXT;
