-- ATR store on PostgreSQL, schema version 1: the same tables, columns and meaning as the SQLite
-- script db/migration/V1 (ADR 0101). Types stay those of the SQLite store so that one set of
-- repositories serves both: dates are ISO text (YYYY-MM-DD), flags 0/1 integers, whole numbers BIGINT
-- (SQLite's INTEGER is 64-bit). The day-totals triggers are PL/pgSQL.

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
    active BIGINT NOT NULL DEFAULT 1
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
    active  BIGINT NOT NULL DEFAULT 1,
    sort    BIGINT NOT NULL DEFAULT 100
);

CREATE TABLE activity (
    id           TEXT PRIMARY KEY,
    unit_code    TEXT NOT NULL REFERENCES admin_unit (code),
    type_code    TEXT NOT NULL REFERENCES activity_type (code),
    start_date   TEXT NOT NULL,
    end_date     TEXT,
    title        TEXT,
    lead_org     TEXT,
    partner_orgs TEXT NOT NULL DEFAULT '',
    topics       TEXT NOT NULL DEFAULT '',
    target_group TEXT,
    participants BIGINT NOT NULL DEFAULT 0 CHECK (participants >= 0),
    quantity     BIGINT NOT NULL DEFAULT 0 CHECK (quantity >= 0),
    notes        TEXT,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    updated_by   TEXT NOT NULL,
    version      BIGINT NOT NULL CHECK (version >= 1),
    deleted      BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX activity_date ON activity (start_date);
CREATE INDEX activity_unit_date ON activity (unit_code, start_date);

CREATE TABLE activity_day_total (
    day          TEXT NOT NULL,
    unit_code    TEXT NOT NULL,
    type_code    TEXT NOT NULL,
    records      BIGINT NOT NULL,
    participants BIGINT NOT NULL,
    quantity     BIGINT NOT NULL,
    PRIMARY KEY (day, unit_code, type_code)
);

-- One function per SQLite trigger body; the WHEN clauses stay on the triggers.
CREATE FUNCTION activity_total_add() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO activity_day_total AS t (day, unit_code, type_code, records, participants, quantity)
    VALUES (NEW.start_date, NEW.unit_code, NEW.type_code, 1, NEW.participants, NEW.quantity)
    ON CONFLICT (day, unit_code, type_code) DO UPDATE SET
        records = t.records + 1,
        participants = t.participants + excluded.participants,
        quantity = t.quantity + excluded.quantity;
    RETURN NULL;
END;
$$;

CREATE FUNCTION activity_total_remove() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE activity_day_total
       SET records = records - 1, participants = participants - OLD.participants, quantity = quantity - OLD.quantity
     WHERE day = OLD.start_date AND unit_code = OLD.unit_code AND type_code = OLD.type_code;
    RETURN NULL;
END;
$$;

CREATE TRIGGER activity_total_insert AFTER INSERT ON activity
    FOR EACH ROW WHEN (NEW.deleted = 0) EXECUTE FUNCTION activity_total_add();
CREATE TRIGGER activity_total_remove_old AFTER UPDATE ON activity
    FOR EACH ROW WHEN (OLD.deleted = 0) EXECUTE FUNCTION activity_total_remove();
CREATE TRIGGER activity_total_add_new AFTER UPDATE ON activity
    FOR EACH ROW WHEN (NEW.deleted = 0) EXECUTE FUNCTION activity_total_add();
CREATE TRIGGER activity_total_delete AFTER DELETE ON activity
    FOR EACH ROW WHEN (OLD.deleted = 0) EXECUTE FUNCTION activity_total_remove();

CREATE TABLE outreach_metric (
    id          TEXT PRIMARY KEY,
    unit_code   TEXT NOT NULL REFERENCES admin_unit (code),
    metric_type TEXT NOT NULL,
    period_from TEXT NOT NULL,
    period_to   TEXT NOT NULL,
    value       BIGINT NOT NULL CHECK (value >= 0),
    notes       TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    version     BIGINT NOT NULL CHECK (version >= 1),
    deleted     BIGINT NOT NULL DEFAULT 0
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
    suspects            BIGINT NOT NULL DEFAULT 0 CHECK (suspects >= 0),
    notes               TEXT,
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    updated_by          TEXT NOT NULL,
    version             BIGINT NOT NULL CHECK (version >= 1),
    deleted             BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX trafficking_case_date ON trafficking_case (detection_date);

CREATE TABLE victim (
    id                        TEXT PRIMARY KEY,
    unit_code                 TEXT NOT NULL REFERENCES admin_unit (code),
    case_id                   TEXT NOT NULL REFERENCES trafficking_case (id),
    victim_code               TEXT NOT NULL,
    sex                       TEXT NOT NULL,
    birth_year                BIGINT,
    age_band                  TEXT NOT NULL,
    ethnicity                 TEXT,
    destination_country       TEXT,
    trafficked_within_vietnam BIGINT NOT NULL DEFAULT 0,
    residence_province_code   TEXT NOT NULL,
    legal_status              TEXT NOT NULL,
    exploitation_forms        TEXT NOT NULL DEFAULT '',
    return_path               TEXT,
    identification_date       TEXT,
    returned_date             TEXT,
    consent_to_data_use       BIGINT NOT NULL DEFAULT 0,
    notes                     TEXT,
    created_at                TEXT NOT NULL,
    updated_at                TEXT NOT NULL,
    updated_by                TEXT NOT NULL,
    version                   BIGINT NOT NULL CHECK (version >= 1),
    deleted                   BIGINT NOT NULL DEFAULT 0
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
    amount_vnd   BIGINT NOT NULL DEFAULT 0 CHECK (amount_vnd >= 0),
    notes        TEXT,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    updated_by   TEXT NOT NULL,
    version      BIGINT NOT NULL CHECK (version >= 1),
    deleted      BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX support_service_date ON support_service (service_date);
CREATE INDEX support_service_victim ON support_service (victim_id);
