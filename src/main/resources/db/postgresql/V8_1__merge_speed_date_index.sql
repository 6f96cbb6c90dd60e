-- Merging (ADR 0033): the plain start-date index is one more random B-tree insert per merged activity,
-- and no query needs it: every date-range query on activities reads live rows, which the partial
-- index activity_live_date (start_date, id) WHERE deleted = 0 of V7 serves (the list, its count), and
-- the figures read activity_day_total. Unit filters keep activity_unit_date.
DROP INDEX IF EXISTS activity_date;
