-- Security: users, the wrapped data key, the append-only audit log, and a flag telling
-- whether a victim_identity row holds AES-GCM ciphertext. Existing identities stay as they are
-- until the first administrator is created; that step encrypts them (see docs/decisions/0050).

CREATE TABLE app_user (
    name          TEXT PRIMARY KEY,
    role          TEXT NOT NULL CHECK (role IN ('COMMUNE_STAFF', 'COMPILER', 'MANAGER', 'ADMINISTRATOR')),
    unit_code     TEXT REFERENCES admin_unit (code),
    salt          TEXT NOT NULL,              -- base64, per user, random
    iterations    INTEGER NOT NULL CHECK (iterations >= 600000),
    verifier      TEXT NOT NULL,              -- base64 HMAC of the PBKDF2 output; never the password
    wrapped_key   TEXT,                       -- data key wrapped by the password-derived key (readers only)
    disabled      INTEGER NOT NULL DEFAULT 0,
    failed_logins INTEGER NOT NULL DEFAULT 0,
    locked_until  TEXT,
    created_at    TEXT NOT NULL,
    CHECK (role <> 'COMMUNE_STAFF' OR unit_code IS NOT NULL)
);

-- The data key wrapped by the recovery key shown once at set-up. One row once users exist.
CREATE TABLE key_recovery (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    wrapped_key TEXT NOT NULL,
    created_at  TEXT NOT NULL
);

CREATE TABLE audit_log (
    seq            INTEGER PRIMARY KEY AUTOINCREMENT,
    at             TEXT NOT NULL,
    user_name      TEXT NOT NULL,
    action         TEXT NOT NULL,
    record_kind    TEXT,
    record_id      TEXT,
    version_before INTEGER,
    version_after  INTEGER,
    detail         TEXT,
    prev_hash      TEXT NOT NULL,
    hash           TEXT NOT NULL
);
CREATE INDEX audit_log_user ON audit_log (user_name, at);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

ALTER TABLE victim_identity ADD COLUMN encrypted INTEGER NOT NULL DEFAULT 0;
