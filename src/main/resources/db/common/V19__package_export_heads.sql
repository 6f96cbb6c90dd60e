-- The audit chain heads this store's own packages carried (docs/decisions/0189): each later package states the
-- chain's hash at the newest of them, so a receiver can check the entry it kept. Adds a table only.
CREATE TABLE package_export_head (
    seq        BIGINT PRIMARY KEY,
    written_at TEXT NOT NULL
);
