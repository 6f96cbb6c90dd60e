-- Merging the communes' packages (ADR 0033): every activity index is one more random B-tree insert
-- per merged record. The list's sort by participants or quantity does not need its own index: SQL
-- sorts the period's live rows (a top-N sort over 100,000 rows, ~0.1-0.2 s off the FX thread), about
-- what walking an offset through the index cost (ADR 0022), and every merge pays for it no more.
DROP INDEX IF EXISTS activity_live_participants;
DROP INDEX IF EXISTS activity_live_quantity;
