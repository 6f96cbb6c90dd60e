-- The report's narrative drafted from the data (docs/decisions/0110-narrative-drafted-from-data.md).
-- Nothing existing is changed: two new tables and three catalogue entries.

-- Direction documents (kế hoạch, công văn, quyết định...) issued in a period; the report's direction
-- section is drafted from them. Same bookkeeping as every record (id, version, soft delete).
CREATE TABLE direction_document (
    id          TEXT PRIMARY KEY,
    unit_code   TEXT NOT NULL REFERENCES admin_unit (code),
    doc_kind    TEXT NOT NULL CHECK (doc_kind IN ('PLAN', 'OFFICIAL_LETTER', 'DECISION', 'DIRECTIVE',
                                                  'INSTRUCTION', 'NOTICE', 'PROGRAMME', 'OTHER')),
    doc_number  TEXT NOT NULL,
    issued_on   TEXT NOT NULL,
    issuer      TEXT NOT NULL,
    title       TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    version     INTEGER NOT NULL CHECK (version >= 1),
    deleted     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX direction_document_date ON direction_document (issued_on);

-- The year's target of a catalogue indicator: the report says "đạt 108% kế hoạch".
CREATE TABLE indicator_target (
    year           INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    indicator_code TEXT NOT NULL REFERENCES activity_type (code),
    target         INTEGER NOT NULL CHECK (target > 0),
    updated_at     TEXT NOT NULL,
    updated_by     TEXT NOT NULL,
    PRIMARY KEY (year, indicator_code)
);

-- Inspection, international cooperation and funding: their own catalogue groups, so that their
-- sentences come from indicators like every other figure (and appear only when data exists).
INSERT INTO activity_type (code, name_vi, name_en, measure, active, sort, kind, group_code, section, unit_vi, unit_en)
VALUES ('INSPECTION', 'Kiểm tra, giám sát', 'Inspections', 'SESSIONS', 1, 300, 'ACTIVITY', 'INSPECTION', 'OTHER',
        'cuộc', 'inspections'),
       ('INTERNATIONAL_COOPERATION', 'Hoạt động hợp tác quốc tế', 'International cooperation', 'SESSIONS', 1, 310,
        'ACTIVITY', 'COOPERATION', 'OTHER', 'hoạt động', 'activities'),
       ('FUNDING', 'Kinh phí phòng, chống mua bán người', 'Anti-trafficking funding', 'ITEMS', 1, 320, 'METRIC',
        'FUNDING', 'OTHER', 'đồng', 'VND')
ON CONFLICT (code) DO NOTHING;
