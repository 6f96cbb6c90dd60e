-- Merging packages (docs/decisions/0145-merge-near-the-floor.md): every merged record upserts its row of
-- exchange_base, the version last exchanged with its sender. As a rowid table with a three-column primary
-- key, each row was two B-tree entries (the row, and the key's own index holding the same text again).
-- WITHOUT ROWID keeps the row in its key's B-tree: one entry per record, about half the pages. The table is
-- rebuilt with every row it holds; nothing refers to it.
CREATE TABLE exchange_base_v15 (
    source_installation TEXT NOT NULL,
    entity        TEXT NOT NULL,
    record_id     TEXT NOT NULL,
    version       INTEGER NOT NULL,
    PRIMARY KEY (source_installation, entity, record_id)
) WITHOUT ROWID;
INSERT INTO exchange_base_v15 (source_installation, entity, record_id, version)
SELECT source_installation, entity, record_id, version FROM exchange_base;
DROP TABLE exchange_base;
ALTER TABLE exchange_base_v15 RENAME TO exchange_base;
