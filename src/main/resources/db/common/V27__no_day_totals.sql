-- Day totals go (docs/decisions/0211). They held about one row per activity (a day, a unit and a type seldom meet
-- twice), so keeping them was a second table written for every activity: about a tenth of a city's merge. The
-- figures read whole report years and half-months from their totals (V16); the single days at either end of a
-- custom period are summed from the live activities on the partial date index (V7), as the list values already
-- were, and the activity list counts from the same spans. Nothing else reads the table; its rows are all derived.
DROP TABLE activity_day_total;
-- The date index the list pages on also carries what a day's figures are summed from, so that those reads (at most
-- 14 days at either end of a period) never leave it: on 114,000 activities a custom period's summary then takes
-- what it took with the day totals (about 21 ms), not half as long again.
DROP INDEX activity_live_date;
CREATE INDEX activity_live_date ON activity (start_date, id, unit_code, type_code, participants, quantity)
    WHERE deleted = 0;
