-- The pause after HEO answers 429, shared by every bot process on this database: HEO limits
-- per client IP, and processes often share one. At most one row; `until_ms` is the wall-clock
-- instant (Unix milliseconds) before which nothing is sent. It only ever moves later, and a
-- past instant is simply no pause. Same table as ../sqlite/20261202000001_heo_pause.sql.
CREATE TABLE heo_pause (
    id       BIGINT PRIMARY KEY CHECK (id = 1),
    until_ms BIGINT NOT NULL
);
