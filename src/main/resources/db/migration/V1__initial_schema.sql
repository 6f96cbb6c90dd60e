-- ATR store, schema version 1.
-- Dates are ISO text (YYYY-MM-DD) so the file stays readable with any SQLite tool and sorts correctly.
-- Every record carries the merge bookkeeping: id (UUIDv7), unit_code, created/updated time and author,
-- version (incremented per change) and a soft-delete flag.

CREATE TABLE admin_unit (
    code           TEXT PRIMARY KEY,
    name           TEXT NOT NULL,
    level          TEXT NOT NULL CHECK (level IN ('PROVINCE', 'DISTRICT', 'COMMUNE')),
    kind           TEXT,
    parent_code    TEXT REFERENCES admin_unit (code),
    valid_from     TEXT,
    valid_to       TEXT,
    successor_code TEXT REFERENCES admin_unit (code)
);
CREATE INDEX admin_unit_parent ON admin_unit (parent_code);

CREATE TABLE organisation (
    code   TEXT PRIMARY KEY,
    name   TEXT NOT NULL,
    kind   TEXT,
    active INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT
);

CREATE TABLE activity_type (
    code    TEXT PRIMARY KEY,
    name_vi TEXT NOT NULL,
    name_en TEXT NOT NULL,
    measure TEXT NOT NULL CHECK (measure IN ('SESSIONS', 'COPIES', 'PLACES', 'ITEMS', 'MINUTES')),
    active  INTEGER NOT NULL DEFAULT 1,
    sort    INTEGER NOT NULL DEFAULT 100
);

CREATE TABLE activity (
    id           TEXT PRIMARY KEY,
    unit_code    TEXT NOT NULL REFERENCES admin_unit (code),
    type_code    TEXT NOT NULL REFERENCES activity_type (code),
    start_date   TEXT NOT NULL,
    end_date     TEXT,
    title        TEXT,
    lead_org     TEXT,
    partner_orgs TEXT NOT NULL DEFAULT '',  -- organisation codes separated by ';'
    topics       TEXT NOT NULL DEFAULT '',  -- Topic names separated by ';'
    target_group TEXT,
    participants INTEGER NOT NULL DEFAULT 0 CHECK (participants >= 0),
    quantity     INTEGER NOT NULL DEFAULT 0 CHECK (quantity >= 0),
    notes        TEXT,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    updated_by   TEXT NOT NULL,
    version      INTEGER NOT NULL CHECK (version >= 1),
    deleted      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX activity_date ON activity (start_date);
CREATE INDEX activity_unit_date ON activity (unit_code, start_date);

-- Daily totals per unit and type, kept by triggers. The report's activity figures read this
-- small table instead of scanning every activity (see docs/decisions/0004-aggregates.md).
CREATE TABLE activity_day_total (
    day          TEXT NOT NULL,
    unit_code    TEXT NOT NULL,
    type_code    TEXT NOT NULL,
    records      INTEGER NOT NULL,
    participants INTEGER NOT NULL,
    quantity     INTEGER NOT NULL,
    PRIMARY KEY (day, unit_code, type_code)
) WITHOUT ROWID;

CREATE TRIGGER activity_total_insert AFTER INSERT ON activity WHEN NEW.deleted = 0
BEGIN
    INSERT INTO activity_day_total (day, unit_code, type_code, records, participants, quantity)
    VALUES (NEW.start_date, NEW.unit_code, NEW.type_code, 1, NEW.participants, NEW.quantity)
    ON CONFLICT (day, unit_code, type_code) DO UPDATE SET
        records = records + 1,
        participants = participants + excluded.participants,
        quantity = quantity + excluded.quantity;
END;

CREATE TRIGGER activity_total_remove_old AFTER UPDATE ON activity WHEN OLD.deleted = 0
BEGIN
    UPDATE activity_day_total
       SET records = records - 1, participants = participants - OLD.participants, quantity = quantity - OLD.quantity
     WHERE day = OLD.start_date AND unit_code = OLD.unit_code AND type_code = OLD.type_code;
END;

CREATE TRIGGER activity_total_add_new AFTER UPDATE ON activity WHEN NEW.deleted = 0
BEGIN
    INSERT INTO activity_day_total (day, unit_code, type_code, records, participants, quantity)
    VALUES (NEW.start_date, NEW.unit_code, NEW.type_code, 1, NEW.participants, NEW.quantity)
    ON CONFLICT (day, unit_code, type_code) DO UPDATE SET
        records = records + 1,
        participants = participants + excluded.participants,
        quantity = quantity + excluded.quantity;
END;

CREATE TRIGGER activity_total_delete AFTER DELETE ON activity WHEN OLD.deleted = 0
BEGIN
    UPDATE activity_day_total
       SET records = records - 1, participants = participants - OLD.participants, quantity = quantity - OLD.quantity
     WHERE day = OLD.start_date AND unit_code = OLD.unit_code AND type_code = OLD.type_code;
END;

CREATE TABLE outreach_metric (
    id          TEXT PRIMARY KEY,
    unit_code   TEXT NOT NULL REFERENCES admin_unit (code),
    metric_type TEXT NOT NULL,
    period_from TEXT NOT NULL,
    period_to   TEXT NOT NULL,
    value       INTEGER NOT NULL CHECK (value >= 0),
    notes       TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    version     INTEGER NOT NULL CHECK (version >= 1),
    deleted     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX outreach_metric_period ON outreach_metric (metric_type, period_from);

CREATE TABLE trafficking_case (
    id                  TEXT PRIMARY KEY,
    unit_code           TEXT NOT NULL REFERENCES admin_unit (code),
    case_code           TEXT NOT NULL,
    detection_date      TEXT NOT NULL,
    detecting_agency    TEXT NOT NULL,
    scope               TEXT NOT NULL,
    destination_country TEXT,
    exploitation_forms  TEXT NOT NULL DEFAULT '',
    status              TEXT NOT NULL,
    suspects            INTEGER NOT NULL DEFAULT 0 CHECK (suspects >= 0),
    notes               TEXT,
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    updated_by          TEXT NOT NULL,
    version             INTEGER NOT NULL CHECK (version >= 1),
    deleted             INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX trafficking_case_date ON trafficking_case (detection_date);

-- Statistical fields only: personal identifiers live in victim_identity.
CREATE TABLE victim (
    id                        TEXT PRIMARY KEY,
    unit_code                 TEXT NOT NULL REFERENCES admin_unit (code),
    case_id                   TEXT NOT NULL REFERENCES trafficking_case (id),
    victim_code               TEXT NOT NULL,
    sex                       TEXT NOT NULL,
    birth_year                INTEGER,
    age_band                  TEXT NOT NULL,
    ethnicity                 TEXT,
    destination_country       TEXT,
    trafficked_within_vietnam INTEGER NOT NULL DEFAULT 0,
    residence_province_code   TEXT NOT NULL,
    legal_status              TEXT NOT NULL,
    exploitation_forms        TEXT NOT NULL DEFAULT '',
    return_path               TEXT,
    identification_date       TEXT,
    returned_date             TEXT,
    consent_to_data_use       INTEGER NOT NULL DEFAULT 0,
    notes                     TEXT,
    created_at                TEXT NOT NULL,
    updated_at                TEXT NOT NULL,
    updated_by                TEXT NOT NULL,
    version                   INTEGER NOT NULL CHECK (version >= 1),
    deleted                   INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX victim_case ON victim (case_id);

CREATE TABLE victim_identity (
    victim_id  TEXT PRIMARY KEY REFERENCES victim (id),
    full_name  TEXT,
    id_number  TEXT,
    address    TEXT,
    phone      TEXT,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL
);

CREATE TABLE support_service (
    id           TEXT PRIMARY KEY,
    unit_code    TEXT NOT NULL REFERENCES admin_unit (code),
    victim_id    TEXT NOT NULL REFERENCES victim (id),
    support_type TEXT NOT NULL,
    service_date TEXT NOT NULL,
    provider     TEXT,
    amount_vnd   INTEGER NOT NULL DEFAULT 0 CHECK (amount_vnd >= 0),
    notes        TEXT,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    updated_by   TEXT NOT NULL,
    version      INTEGER NOT NULL CHECK (version >= 1),
    deleted      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX support_service_date ON support_service (service_date);
CREATE INDEX support_service_victim ON support_service (victim_id);
