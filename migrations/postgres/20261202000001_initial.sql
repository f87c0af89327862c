-- The whole schema for PostgreSQL, as the SQLite migrations in ../sqlite/ leave it. The
-- bot's SQL is the same on both databases, hence two choices that look odd here:
--   * timestamps are TEXT in the same ISO-8601 UTC form ('2026-12-02T10:00:00Z');
--   * tables read in insertion order carry an identity column named `rowid`, the name of
--     SQLite's implicit one (PostgreSQL reserves ctid, xmin and friends, not rowid).
-- Snowflakes are BIGINT (Discord IDs stay below 2^63); keys are sealed (BYTEA), never text.

CREATE TABLE guild_keys (
    guild_id   BIGINT PRIMARY KEY,
    nonce      BYTEA  NOT NULL CHECK (octet_length(nonce) = 24),
    ciphertext BYTEA  NOT NULL,
    linked_by  BIGINT NOT NULL,
    linked_at  TEXT   NOT NULL
        DEFAULT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
);

CREATE TABLE master_key_check (
    id         BIGINT PRIMARY KEY CHECK (id = 1),
    nonce      BYTEA  NOT NULL CHECK (octet_length(nonce) = 24),
    ciphertext BYTEA  NOT NULL
);

CREATE TABLE servers (
    rowid     BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE,
    guild_id  BIGINT NOT NULL,
    server_id TEXT   NOT NULL,
    name      TEXT   NOT NULL,
    name_key  TEXT   NOT NULL COLLATE "C",
    id_key    TEXT   NOT NULL COLLATE "C",
    added_by  BIGINT NOT NULL,
    added_at  TEXT   NOT NULL
        DEFAULT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
    PRIMARY KEY (guild_id, server_id),
    UNIQUE (guild_id, name_key)
);

-- The keys compare byte by byte (COLLATE "C"), as SQLite compares text: lists sort the
-- same on both databases, and prefix searches (name_key >= $2 AND name_key < $3) use the
-- indexes whatever collation the database was created with.
CREATE INDEX servers_by_id_key ON servers (guild_id, id_key);

CREATE TABLE power_role_grants (
    rowid      BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE,
    guild_id   BIGINT NOT NULL,
    action     TEXT   NOT NULL CHECK (action IN ('start', 'stop', 'restart', 'kill')),
    role_id    BIGINT NOT NULL,
    granted_by BIGINT NOT NULL,
    granted_at TEXT   NOT NULL
        DEFAULT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
    PRIMARY KEY (guild_id, action, role_id)
);

CREATE TABLE audit (
    rowid       BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    guild_id    BIGINT NOT NULL,
    member_id   BIGINT NOT NULL,
    server_id   TEXT   NOT NULL,
    server_name TEXT,
    action      TEXT   NOT NULL CHECK (action IN ('start', 'stop', 'restart', 'kill')),
    outcome     TEXT   NOT NULL,
    http_status BIGINT,
    at          BIGINT NOT NULL
);

CREATE INDEX audit_by_guild ON audit (guild_id, at);
CREATE INDEX audit_by_at ON audit (at);

CREATE TABLE audit_channels (
    guild_id   BIGINT PRIMARY KEY,
    channel_id BIGINT NOT NULL,
    set_by     BIGINT NOT NULL,
    set_at     TEXT   NOT NULL
        DEFAULT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
);
