-- The national report without a scan of the activities (docs/decisions/0170-report-totals-by-half-month-and-year.md).
-- Every period of Decree 09 runs from a 15th to a 14th, so the month totals of V12 left half a month at either
-- end to the day totals (about one row per activity at national size), and a year's summary still read a row
-- per unit, type and month. The totals are now kept per half-month (the 1st to the 14th, the 15th to the end,
-- dated their first day) and per report year (15/12 to 14/12, dated 15/12), beside the day totals; the values
-- of the list columns the report quotes (partners, topics, target groups) are counted per half-month and
-- report year too. The activity repository keeps all of them per batch, as it keeps the day totals. The month
-- totals are read by nothing any more and go. Each new table is built once from the live rows.
CREATE TABLE activity_half_total (
    day          TEXT NOT NULL,
    unit_code    TEXT NOT NULL,
    type_code    TEXT NOT NULL,
    records      BIGINT NOT NULL,
    participants BIGINT NOT NULL,
    quantity     BIGINT NOT NULL,
    PRIMARY KEY (day, unit_code, type_code)
);
CREATE TABLE activity_year_total (
    day          TEXT NOT NULL,
    unit_code    TEXT NOT NULL,
    type_code    TEXT NOT NULL,
    records      BIGINT NOT NULL,
    participants BIGINT NOT NULL,
    quantity     BIGINT NOT NULL,
    PRIMARY KEY (day, unit_code, type_code)
);
-- The report's months: half-month totals per unit over all types, with the sessions among them (trainings,
-- outreach sessions, conferences: DayTotals.SESSION_TYPES), a row per unit and half-month.
CREATE TABLE activity_half_unit_total (
    day          TEXT NOT NULL,
    unit_code    TEXT NOT NULL,
    records      BIGINT NOT NULL,
    participants BIGINT NOT NULL,
    sessions     BIGINT NOT NULL,
    PRIMARY KEY (day, unit_code)
);
-- grain: 'H' half-month, 'Y' report year; list_column: the activity column; list_value: its stored text.
CREATE TABLE activity_list_total (
    grain       TEXT NOT NULL,
    day         TEXT NOT NULL,
    unit_code   TEXT NOT NULL,
    list_column TEXT NOT NULL,
    list_value  TEXT NOT NULL,
    records     BIGINT NOT NULL,
    PRIMARY KEY (grain, list_column, day, unit_code, list_value)
);
DROP TABLE activity_month_total;

CREATE TEMPORARY TABLE v16_bucket AS
SELECT start_date, unit_code, type_code, participants, quantity, partner_orgs, topics, target_group,
       substr(start_date, 1, 8) || CASE WHEN substr(start_date, 9, 2) < '15' THEN '01' ELSE '15' END AS half,
       CASE WHEN substr(start_date, 6, 5) >= '12-15' THEN substr(start_date, 1, 4)
            ELSE CAST(CAST(substr(start_date, 1, 4) AS INTEGER) - 1 AS TEXT) END || '-12-15' AS year
  FROM activity
 WHERE deleted = 0;
INSERT INTO activity_half_total (day, unit_code, type_code, records, participants, quantity)
SELECT half, unit_code, type_code, count(*), sum(participants), sum(quantity)
  FROM v16_bucket GROUP BY half, unit_code, type_code;
INSERT INTO activity_year_total (day, unit_code, type_code, records, participants, quantity)
SELECT year, unit_code, type_code, count(*), sum(participants), sum(quantity)
  FROM v16_bucket GROUP BY year, unit_code, type_code;
INSERT INTO activity_half_unit_total (day, unit_code, records, participants, sessions)
SELECT half, unit_code, count(*), sum(participants),
       sum(CASE WHEN type_code IN ('TRAINING', 'OUTREACH_SESSION', 'CONFERENCE') THEN 1 ELSE 0 END)
  FROM v16_bucket GROUP BY half, unit_code;
INSERT INTO activity_list_total (grain, day, unit_code, list_column, list_value, records)
SELECT 'H', half, unit_code, 'partner_orgs', partner_orgs, count(*) FROM v16_bucket
 WHERE coalesce(partner_orgs, '') <> '' GROUP BY half, unit_code, partner_orgs
UNION ALL
SELECT 'Y', year, unit_code, 'partner_orgs', partner_orgs, count(*) FROM v16_bucket
 WHERE coalesce(partner_orgs, '') <> '' GROUP BY year, unit_code, partner_orgs
UNION ALL
SELECT 'H', half, unit_code, 'topics', topics, count(*) FROM v16_bucket
 WHERE coalesce(topics, '') <> '' GROUP BY half, unit_code, topics
UNION ALL
SELECT 'Y', year, unit_code, 'topics', topics, count(*) FROM v16_bucket
 WHERE coalesce(topics, '') <> '' GROUP BY year, unit_code, topics
UNION ALL
SELECT 'H', half, unit_code, 'target_group', target_group, count(*) FROM v16_bucket
 WHERE coalesce(target_group, '') <> '' GROUP BY half, unit_code, target_group
UNION ALL
SELECT 'Y', year, unit_code, 'target_group', target_group, count(*) FROM v16_bucket
 WHERE coalesce(target_group, '') <> '' GROUP BY year, unit_code, target_group;
DROP TABLE v16_bucket;
