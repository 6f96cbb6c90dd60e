-- Merging at scale (docs/decisions/0105-day-totals-per-batch.md): the four triggers that kept
-- activity_day_total ran once per written row, each an extra B-tree write and a statement journal.
-- The activity repository now adds each batch's net change to the totals inside the same transaction
-- (one write per (day, unit, type) touched, not one per row). The day totals stay as they are and are
-- rebuilt once from the live rows, so an upgraded store starts from totals that equal its activities
-- (the triggers left zero rows behind deleted activities; they count for nothing).
--
-- With 3,321 communes the day totals hold about one row per activity, so a year's figures would read
-- millions of them: the same totals per month (the month's first day in "day") serve the whole months
-- PostgreSQL form of the same change (docs/decisions/0101): BIGINT columns, triggers dropped with their table.
CREATE TABLE activity_month_total (
    day          TEXT NOT NULL,
    unit_code    TEXT NOT NULL,
    type_code    TEXT NOT NULL,
    records      BIGINT NOT NULL,
    participants BIGINT NOT NULL,
    quantity     BIGINT NOT NULL,
    PRIMARY KEY (day, unit_code, type_code)
);
DROP TRIGGER IF EXISTS activity_total_insert ON activity;
DROP TRIGGER IF EXISTS activity_total_remove_old ON activity;
DROP TRIGGER IF EXISTS activity_total_add_new ON activity;
DROP TRIGGER IF EXISTS activity_total_delete ON activity;
DROP FUNCTION IF EXISTS activity_total_add();
DROP FUNCTION IF EXISTS activity_total_remove();
DELETE FROM activity_day_total;
INSERT INTO activity_day_total (day, unit_code, type_code, records, participants, quantity)
SELECT start_date, unit_code, type_code, count(*), sum(participants), sum(quantity)
  FROM activity
 WHERE deleted = 0
 GROUP BY start_date, unit_code, type_code;
INSERT INTO activity_month_total (day, unit_code, type_code, records, participants, quantity)
SELECT substr(start_date, 1, 7) || '-01', unit_code, type_code, count(*), sum(participants), sum(quantity)
  FROM activity
 WHERE deleted = 0
 GROUP BY substr(start_date, 1, 7), unit_code, type_code;
