-- One HEO API key per Discord guild. Linking again replaces the row.
CREATE TABLE guild_keys (
    guild_id  INTEGER PRIMARY KEY NOT NULL,
    api_key   TEXT    NOT NULL,
    linked_by INTEGER NOT NULL,
    linked_at TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
) STRICT;
