-- Keys at rest: each key is stored sealed (XChaCha20-Poly1305, see src/sealed.rs), never in
-- plain text. SQLite cannot drop NOT NULL from api_key in place, so the old table is set
-- aside and a new one takes its name. The bot seals the set-aside rows with the master key on
-- its next start (src/store/unlock.rs), in one transaction that also drops the old table;
-- SQL alone cannot encrypt them.
ALTER TABLE guild_keys RENAME TO legacy_plaintext_keys;

CREATE TABLE guild_keys (
    guild_id   INTEGER PRIMARY KEY NOT NULL,
    nonce      BLOB    NOT NULL CHECK (length(nonce) = 24),
    ciphertext BLOB    NOT NULL,
    linked_by  INTEGER NOT NULL,
    linked_at  TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
) STRICT;

-- One known value sealed under the master key, so a wrong master key is caught at start
-- even before any guild has a key, and so a rotation cut short can tell which key is current.
CREATE TABLE master_key_check (
    id         INTEGER PRIMARY KEY NOT NULL CHECK (id = 1),
    nonce      BLOB    NOT NULL CHECK (length(nonce) = 24),
    ciphertext BLOB    NOT NULL
) STRICT;
