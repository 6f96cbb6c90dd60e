-- A roll-up store's parts moved from V24's row per record into the chunks of V25 (docs/decisions/0204), with
-- SQLite's JSON functions (PostgreSQL's script does the same with its own), then V24's table dropped.
INSERT INTO rollup_chunk (unit_code, half, records, data)
SELECT unit_code, substr(start_date, 1, 8) || CASE WHEN substr(start_date, 9, 2) < '15' THEN '01' ELSE '15' END,
       count(*),
       json_group_array(json_array(id, created_at, updated_at, updated_by, version, type_code, start_date, end_date,
                                   title, lead_org, partner_orgs, topics, target_group, participants, quantity, notes))
FROM (SELECT * FROM rollup_activity WHERE deleted = 0 ORDER BY unit_code, start_date, id)
GROUP BY 1, 2;

DROP TABLE rollup_activity;
