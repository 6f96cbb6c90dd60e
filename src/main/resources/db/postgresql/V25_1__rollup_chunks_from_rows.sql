-- A roll-up store's parts moved from V24's row per record into the chunks of V25 (docs/decisions/0204), with
-- PostgreSQL's JSON functions (SQLite's script does the same with its own), then V24's table dropped.

-- Chunks kept out of line as written: compressing each one (pglz, the default) cost the server more time than
-- the merge's other work together.
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
