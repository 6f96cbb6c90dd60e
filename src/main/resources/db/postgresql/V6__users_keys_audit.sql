-- Users, the wrapped data key, the append-only audit log and the identity encryption flag
-- (PostgreSQL form of db/migration/V6). audit_log_high plays the part of SQLite's sqlite_sequence
-- for the audit log: the highest sequence number ever appended, so that a removed tail is seen.

CREATE TABLE app_user (
    name          TEXT PRIMARY KEY,
    role          TEXT NOT NULL CHECK (role IN ('COMMUNE_STAFF', 'COMPILER', 'MANAGER', 'ADMINISTRATOR')),
    unit_code     TEXT REFERENCES admin_unit (code),
    salt          TEXT NOT NULL,
    iterations    BIGINT NOT NULL CHECK (iterations >= 600000),
    verifier      TEXT NOT NULL,
    wrapped_key   TEXT,
    disabled      BIGINT NOT NULL DEFAULT 0,
    failed_logins BIGINT NOT NULL DEFAULT 0,
    locked_until  TEXT,
    created_at    TEXT NOT NULL,
    CHECK (role <> 'COMMUNE_STAFF' OR unit_code IS NOT NULL)
);

CREATE TABLE key_recovery (
    id          BIGINT PRIMARY KEY CHECK (id = 1),
    wrapped_key TEXT NOT NULL,
    created_at  TEXT NOT NULL
);

CREATE TABLE audit_log (
    seq            BIGINT PRIMARY KEY,
    at             TEXT NOT NULL,
    user_name      TEXT NOT NULL,
    action         TEXT NOT NULL,
    record_kind    TEXT,
    record_id      TEXT,
    version_before BIGINT,
    version_after  BIGINT,
    detail         TEXT,
    prev_hash      TEXT NOT NULL,
    hash           TEXT NOT NULL
);
CREATE INDEX audit_log_user ON audit_log (user_name, at);

CREATE TABLE audit_log_high (
    id  BIGINT PRIMARY KEY CHECK (id = 1),
    seq BIGINT NOT NULL
);
INSERT INTO audit_log_high (id, seq) VALUES (1, 0);

CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only';
END;
$$;

CREATE FUNCTION audit_log_note_high() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE audit_log_high SET seq = greatest(seq, NEW.seq) WHERE id = 1;
    RETURN NULL;
END;
$$;

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
-- TRUNCATE bypasses row triggers: it is refused too.
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_high_seq AFTER INSERT ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_note_high();

ALTER TABLE victim_identity ADD COLUMN encrypted BIGINT NOT NULL DEFAULT 0;
