-- PostgreSQL form of V15 (docs/decisions/0101, 0145): SQLite rebuilds exchange_base as WITHOUT ROWID so that
-- each row is one B-tree entry. PostgreSQL keeps every table as a heap beside its primary key's index and has
-- no such form, so its table stays as V4 made it; the version exists on both engines so that their histories
-- keep the same numbers.
SELECT 1;
