-- A roll-up store's parts as chunks (docs/decisions/0204): one row per unit and half-month holding the JSON text of
-- its records, in place of a row per record. A row per record cost a national roll-up most of its merge: the row's
-- own insert, its index entry and its pages written twice (log and file). Each record is an array of the activity
-- table's columns in the order vn.atr.store.PartChunk writes and reads them, without the unit (the chunk's key) and
-- the deletion flag (a part holds live records only). SQLite's script does the same with its own JSON functions.
CREATE TABLE rollup_chunk (
    unit_code TEXT   NOT NULL,
    half      TEXT   NOT NULL, -- the half-month's first day: the 1st or the 15th
    records   BIGINT NOT NULL,
    data      TEXT   NOT NULL,
    PRIMARY KEY (unit_code, half)
);
-- Kept out of line as written: compressing each chunk (pglz, the default) cost the server more time than the merge's
-- other work together.
ALTER TABLE rollup_chunk ALTER COLUMN data SET STORAGE EXTERNAL;

INSERT INTO rollup_chunk (unit_code, half, records, data)
SELECT unit_code, substr(start_date, 1, 8) || CASE WHEN substr(start_date, 9, 2) < '15' THEN '01' ELSE '15' END,
       count(*),
       json_agg(json_build_array(id, created_at, updated_at, updated_by, version, type_code, start_date, end_date,
                                   title, lead_org, partner_orgs, topics, target_group, participants, quantity, notes)
                ORDER BY start_date, id)::text
FROM rollup_activity
WHERE deleted = 0
GROUP BY 1, 2;

DROP TABLE rollup_activity;
