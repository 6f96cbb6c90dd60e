-- The bodies of the 2025 reorganisation (docs/decisions/0197): the Department of Labour, Invalids and Social
-- Affairs and its district offices were merged away from 01/03/2025 and the district people's committees ended
-- on 30/06/2025, so they are no longer offered for new records; records that name them keep them, and the report
-- still prints their names. An administrator can offer them again (Danh mục screen). The bodies that took their
-- place are added unless a body of that code or name is there already. Changes data only.
UPDATE organisation SET active = 0 WHERE code IN ('SLDTBXH', 'PLDTBXH', 'UBND_QH');
INSERT INTO organisation (code, name, kind, active)
    SELECT 'SNV', 'Sở Nội vụ', 'department', 1
    WHERE NOT EXISTS (SELECT 1 FROM organisation WHERE code = 'SNV' OR name = 'Sở Nội vụ');
INSERT INTO organisation (code, name, kind, active)
    SELECT 'UBND_XA', 'Ủy ban nhân dân các xã, phường, đặc khu', 'government', 1
    WHERE NOT EXISTS (SELECT 1 FROM organisation WHERE code = 'UBND_XA'
                      OR name = 'Ủy ban nhân dân các xã, phường, đặc khu');
