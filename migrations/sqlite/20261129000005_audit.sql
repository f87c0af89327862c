-- Audit trail: one row per power action a member asked for, whatever became of it.
-- `outcome` is `requested` or a short error code; `http_status` is HEO's answer, if any.
-- `at` is unix seconds. Rows older than AUDIT_RETENTION_DAYS are pruned.
CREATE TABLE audit (
    guild_id    INTEGER NOT NULL,
    member_id   INTEGER NOT NULL,
    server_id   TEXT    NOT NULL,
    server_name TEXT,
    action      TEXT    NOT NULL CHECK (action IN ('start', 'stop', 'restart', 'kill')),
    outcome     TEXT    NOT NULL,
    http_status INTEGER,
    at          INTEGER NOT NULL
) STRICT;

CREATE INDEX audit_by_guild ON audit (guild_id, at);
CREATE INDEX audit_by_at ON audit (at);
