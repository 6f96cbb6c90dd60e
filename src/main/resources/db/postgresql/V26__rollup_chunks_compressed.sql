-- A roll-up store's chunks compressed with LZ4 (docs/decisions/0205-merge-round-trips-and-compressed-chunks.md).
-- V25_1 kept them uncompressed because pglz, the default, cost the server more than the rest of a merge; LZ4 costs
-- little, and a chunk of about 15 KB of JSON shrinks about four times: fewer TOAST rows to insert, a quarter of the
-- write-ahead log and of the disk. Chunks already written stay as they are (both forms read alike). A server built
-- without LZ4 (Debian's PostgreSQL 15 has it) keeps them uncompressed.
DO $$
BEGIN
    ALTER TABLE rollup_chunk ALTER COLUMN data SET STORAGE EXTENDED;
    ALTER TABLE rollup_chunk ALTER COLUMN data SET COMPRESSION lz4;
EXCEPTION WHEN feature_not_supported OR invalid_parameter_value THEN
    ALTER TABLE rollup_chunk ALTER COLUMN data SET STORAGE EXTERNAL;
END
$$;
