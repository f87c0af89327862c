-- The channel a guild's audit trail is also posted to, one line per power action. No row:
-- nothing is posted. The bot checks at set time that it can post there.
CREATE TABLE audit_channels (
    guild_id   INTEGER PRIMARY KEY,
    channel_id INTEGER NOT NULL,
    set_by     INTEGER NOT NULL,
    set_at     TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
) STRICT;
