-- Merging at scale (docs/decisions/0105-day-totals-per-batch.md): the four triggers that kept
-- activity_day_total ran once per written row, each an extra B-tree write and a statement journal.
-- The activity repository now adds each batch's net change to the totals inside the same transaction
-- (one write per (day, unit, type) touched, not one per row). The totals table stays as it is; it is
-- rebuilt once from the live rows, so an upgraded store starts from totals that equal its activities
-- (the triggers left zero rows behind deleted activities; they count for nothing).
DROP TRIGGER IF EXISTS activity_total_insert;
DROP TRIGGER IF EXISTS activity_total_remove_old;
DROP TRIGGER IF EXISTS activity_total_add_new;
DROP TRIGGER IF EXISTS activity_total_delete;
DELETE FROM activity_day_total;
INSERT INTO activity_day_total (day, unit_code, type_code, records, participants, quantity)
SELECT start_date, unit_code, type_code, count(*), sum(participants), sum(quantity)
  FROM activity
 WHERE deleted = 0
 GROUP BY start_date, unit_code, type_code;
