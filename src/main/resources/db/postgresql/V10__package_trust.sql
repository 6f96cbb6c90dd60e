-- Signed exchange packages (docs/decisions/0080): this installation's Ed25519 key pair, and the
-- senders this store knows, each approved once by an administrator. Adds tables only; no data changes.
CREATE TABLE package_signing_key (
    id          BIGINT PRIMARY KEY CHECK (id = 1),
    public_key  TEXT NOT NULL,              -- X.509, base64
    private_key TEXT NOT NULL,              -- PKCS#8, base64 (see the ADR for what protects it)
    sealed      BIGINT NOT NULL DEFAULT 0, -- 1 once private_key is AES-GCM under a wrapping key
    created_at  TEXT NOT NULL
);

CREATE TABLE package_sender (
    fingerprint  TEXT PRIMARY KEY,          -- of the public key; 'unsigned:' || installation for old packages
    public_key   TEXT,                      -- X.509, base64; null for an unsigned sender
    unit         TEXT,                      -- the only unit (and units within it) its packages may hold; null = all
    installation TEXT NOT NULL,
    status       TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'revoked')),
    first_seen   TEXT NOT NULL,
    decided_by   TEXT,
    decided_at   TEXT
);
CREATE INDEX package_sender_installation ON package_sender (installation);
