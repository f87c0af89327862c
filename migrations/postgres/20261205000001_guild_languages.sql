-- The language an admin chose for a guild's public messages (/language set). Same table as
-- ../sqlite/20261205000001_guild_languages.sql, which explains the columns.
CREATE TABLE guild_languages (
    guild_id BIGINT PRIMARY KEY,
    language TEXT   NOT NULL,
    set_by   BIGINT NOT NULL,
    set_at   TEXT   NOT NULL
        DEFAULT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
);
