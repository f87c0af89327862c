-- The language an admin chose for a guild's public messages (/language set). Same table as
-- ../postgres/20261205000001_guild_languages.sql.
--   * language is a catalogue code such as 'de' or 'pt-BR' (i18n::Lang::code). No CHECK
--     lists them: the catalogues are files embedded at build time, so a language added
--     later needs no migration, and a code whose catalogue was dropped is the reader's to
--     fall back from;
--   * no row: the guild follows the server language Discord reports for it. `/language set`
--     back to that deletes the row rather than storing a marker;
--   * the row goes when the bot leaves the guild: it is a setting, and a re-invite starts
--     afresh.
CREATE TABLE guild_languages (
    guild_id INTEGER PRIMARY KEY NOT NULL,
    language TEXT    NOT NULL,
    set_by   INTEGER NOT NULL,
    set_at   TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
) STRICT;
