-- Control panels (/server panel): a public message in a channel with Start, Stop, Restart
-- and Kill buttons for one game server. Same tables as ../postgres/20261204000001_panels.sql.
--   * id is the panel's short random ID (domain::PanelId); its buttons' custom IDs carry it,
--     and every click looks the panel up by it;
--   * warn_secs (the warning period in seconds) and warn_message are set when the panel was
--     posted with `warn:` (and `message:`): its Stop and Restart then begin a countdown;
--   * a new panel for a server replaces the one in the same channel, found through
--     panels_by_server; the rows go when the bot leaves the guild (they are settings, not
--     evidence: the audit trail keeps what each click did).
CREATE TABLE panels (
    id           TEXT    PRIMARY KEY NOT NULL,
    guild_id     INTEGER NOT NULL,
    channel_id   INTEGER NOT NULL,
    message_id   INTEGER NOT NULL,
    server_id    TEXT    NOT NULL,
    server_name  TEXT,
    posted_by    INTEGER NOT NULL,
    warn_secs    INTEGER,
    warn_message TEXT,
    posted_at    TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    -- A message is only ever said with a warning.
    CHECK (warn_message IS NULL OR warn_secs IS NOT NULL)
) STRICT;

CREATE INDEX panels_by_server ON panels (guild_id, channel_id, server_id);

-- The panel whose button asked for an audited action, when one did.
ALTER TABLE audit ADD COLUMN panel_id TEXT;

-- The panel whose button began a countdown, so that the audit entry of its action names it.
ALTER TABLE countdowns ADD COLUMN panel_id TEXT;
