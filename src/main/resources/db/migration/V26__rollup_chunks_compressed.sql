-- PostgreSQL's V26 compresses a roll-up store's chunks with LZ4 (docs/decisions/0205-merge-round-trips-and-compressed-chunks.md).
-- SQLite stores each chunk's text in the table's own pages, uncompressed: nothing changes here.
SELECT 1;
