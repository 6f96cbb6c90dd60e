-- Offline exchange: every package import, the version last exchanged with each source
-- installation per record (to tell "changed on both sides"), and conflicts kept aside for the compiler.
CREATE TABLE exchange_import (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    file_name     TEXT NOT NULL,
    sha256        TEXT NOT NULL,
    source_installation TEXT,
    imported_by   TEXT,
    imported_at   TEXT NOT NULL,
    result        TEXT NOT NULL
);
CREATE INDEX exchange_import_sha ON exchange_import (sha256);

CREATE TABLE exchange_base (
    source_installation TEXT NOT NULL,
    entity        TEXT NOT NULL,
    record_id     TEXT NOT NULL,
    version       INTEGER NOT NULL,
    PRIMARY KEY (source_installation, entity, record_id)
);

CREATE TABLE exchange_conflict (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    source_installation TEXT NOT NULL,
    entity        TEXT NOT NULL,
    record_id     TEXT NOT NULL,
    our_version   INTEGER NOT NULL,
    their_version INTEGER NOT NULL,
    their_record  TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    resolved_at   TEXT,
    resolution    TEXT
);
