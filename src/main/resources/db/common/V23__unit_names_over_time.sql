-- A unit's names over time: a unit may change its kind and name while keeping its code and area. Nghị quyết
-- 1232/NQ-UBTVQH15 of 24/10/2024 made Huyện Thủy Nguyên the city (thành phố) of Thủy Nguyên and Huyện An Dương
-- the urban district (quận) of An Dương from 01/01/2025, until the districts ended on 30/06/2025. admin_unit keeps
-- the name a unit had first; a row here gives the name it bore from valid_from on (the latest such row at a day
-- wins), for the reports' tables by unit. Only stores holding those units under their first names get the rows.
CREATE TABLE admin_unit_name (
    code       TEXT NOT NULL REFERENCES admin_unit (code),
    valid_from TEXT NOT NULL,
    name       TEXT NOT NULL,
    kind       TEXT,
    PRIMARY KEY (code, valid_from)
);
INSERT INTO admin_unit_name (code, valid_from, name, kind)
    SELECT '311', '2025-01-01', 'Thành phố Thủy Nguyên', 'thanh_pho'
    WHERE EXISTS (SELECT 1 FROM admin_unit WHERE code = '311' AND name = 'Huyện Thủy Nguyên');
INSERT INTO admin_unit_name (code, valid_from, name, kind)
    SELECT '312', '2025-01-01', 'Quận An Dương', 'quan'
    WHERE EXISTS (SELECT 1 FROM admin_unit WHERE code = '312' AND name = 'Huyện An Dương');
