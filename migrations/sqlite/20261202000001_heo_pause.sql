-- The pause after HEO answers 429, shared by every bot process on this database: HEO limits
-- per client IP, and processes often share one. At most one row; `until_ms` is the wall-clock
-- instant (Unix milliseconds) before which nothing is sent. It only ever moves later, and a
-- past instant is simply no pause. With SQLite one process runs, so the row stays unused
-- unless a test writes it; the table exists so both databases leave the same schema.
CREATE TABLE heo_pause (
    id       INTEGER PRIMARY KEY CHECK (id = 1),
    until_ms INTEGER NOT NULL
) STRICT;
