-- Per-action roles: which Discord roles may run which power action in a guild. While a
-- guild has no row here, Discord's own command permission alone decides who may act.
-- Granting the same (guild, action, role) twice keeps one row.
CREATE TABLE power_role_grants (
    guild_id   INTEGER NOT NULL,
    action     TEXT    NOT NULL CHECK (action IN ('start', 'stop', 'restart', 'kill')),
    role_id    INTEGER NOT NULL,
    granted_by INTEGER NOT NULL,
    granted_at TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    PRIMARY KEY (guild_id, action, role_id)
) STRICT;
