-- Warned actions (`warn:` on /server stop|restart|kill, and scheduled runs): one row per
-- countdown under way, so that a restarted bot continues it, or says it was missed instead of
-- acting late. A server has at most one. The row goes when the countdown ends (done, aborted
-- or missed); the audit trail keeps what became of it. Times are Unix milliseconds.
CREATE TABLE countdowns (
    id          INTEGER PRIMARY KEY,
    guild_id    INTEGER NOT NULL,
    server_id   TEXT    NOT NULL,
    server_name TEXT,
    action      TEXT    NOT NULL CHECK (action IN ('stop', 'restart', 'kill')),
    member_id   INTEGER NOT NULL,
    schedule_id INTEGER,
    channel_id  INTEGER NOT NULL,
    message_id  INTEGER,
    action_at   INTEGER NOT NULL,
    warn_secs   INTEGER NOT NULL,
    message     TEXT,
    template    TEXT    NOT NULL,
    -- 'waiting' until the action is being sent ('sending'): an abort only takes a waiting
    -- countdown, so exactly one of the two wins.
    state       TEXT    NOT NULL DEFAULT 'waiting' CHECK (state IN ('waiting', 'sending')),
    UNIQUE (guild_id, server_id)
) STRICT;

-- The console command that warns the players of a named server; NULL: `say {message}`.
ALTER TABLE servers ADD COLUMN console_template TEXT;

-- The schedule that asked for an audited action, when one did (its member made it).
ALTER TABLE audit ADD COLUMN schedule_id INTEGER;
