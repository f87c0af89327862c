-- Roles may be granted `logs` (reading a game server's latest log, `/server logs`) besides
-- the four power actions. SQLite cannot change a CHECK in place, so the table is rebuilt:
-- created anew, filled from the old one, which is dropped, and renamed. sqlx runs a
-- migration in one transaction, so no reader ever sees the table half-copied.
CREATE TABLE power_role_grants_new (
    guild_id   INTEGER NOT NULL,
    action     TEXT    NOT NULL
        CHECK (action IN ('start', 'stop', 'restart', 'kill', 'logs')),
    role_id    INTEGER NOT NULL,
    granted_by INTEGER NOT NULL,
    granted_at TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    PRIMARY KEY (guild_id, action, role_id)
) STRICT;

-- By rowid, so grants keep the order `role_grants` lists them in (granted_at, rowid).
INSERT INTO power_role_grants_new (guild_id, action, role_id, granted_by, granted_at)
SELECT guild_id, action, role_id, granted_by, granted_at
FROM power_role_grants
ORDER BY rowid;

DROP TABLE power_role_grants;

ALTER TABLE power_role_grants_new RENAME TO power_role_grants;
