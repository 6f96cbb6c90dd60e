-- Units dissolved in a reorganisation whose records a sender may also send (docs/decisions/0196): a ward formed
-- on 01/07/2025 keeps its earlier records under the district they were filed in. Granted one by one by an
-- administrator, audited. Adds a table only.
CREATE TABLE package_sender_former_unit (
    fingerprint TEXT NOT NULL REFERENCES package_sender (fingerprint),
    unit        TEXT NOT NULL,
    granted_by  TEXT,
    granted_at  TEXT NOT NULL,
    PRIMARY KEY (fingerprint, unit)
);
