-- Named game servers per guild (`/server add`). A name is unique within its guild whatever
-- its case: `name_key` is the name in lowercase, and `id_key` the ID in lowercase, so
-- autocomplete can match either by prefix through an index.
CREATE TABLE servers (
    guild_id  INTEGER NOT NULL,
    server_id TEXT    NOT NULL,
    name      TEXT    NOT NULL,
    name_key  TEXT    NOT NULL,
    id_key    TEXT    NOT NULL,
    added_by  INTEGER NOT NULL,
    added_at  TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    PRIMARY KEY (guild_id, server_id),
    UNIQUE (guild_id, name_key)
) STRICT;

CREATE INDEX servers_by_id_key ON servers (guild_id, id_key);
