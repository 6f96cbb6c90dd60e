-- The store's own protections (docs/security.md, ADR 0085-0087). Nothing existing is changed: rows
-- keep their values, the new columns start empty.

-- Identifiers cannot go to disk in clear once the store has users, whatever a tampered file says
-- about its key rows (the repository decides by "the store has users" too).
CREATE TRIGGER victim_identity_no_clear_insert BEFORE INSERT ON victim_identity
WHEN NEW.encrypted = 0 AND EXISTS (SELECT 1 FROM app_user)
BEGIN
    SELECT RAISE(ABORT, 'victim_identity: identifiers must be encrypted once the store has users');
END;

CREATE TRIGGER victim_identity_no_clear_update BEFORE UPDATE ON victim_identity
WHEN NEW.encrypted = 0 AND EXISTS (SELECT 1 FROM app_user)
BEGIN
    SELECT RAISE(ABORT, 'victim_identity: identifiers must be encrypted once the store has users');
END;

-- Account seals (ADR 0086): every account row is signed with the installation's account key, whose
-- private half is kept encrypted under the data key (so only a compiler's or administrator's login,
-- or the recovery key, can sign). seal_verifier is the password verifier the seal covers; seal_link,
-- after the user changed their own password, proves the new password's holder knew the sealed one.
ALTER TABLE app_user ADD COLUMN seal TEXT;
ALTER TABLE app_user ADD COLUMN seal_verifier TEXT;
ALTER TABLE app_user ADD COLUMN seal_link TEXT;

CREATE TABLE account_key (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    public_key  TEXT NOT NULL,            -- base64 X.509 Ed25519 public key
    private_key TEXT NOT NULL,            -- base64 PKCS#8 private key, AES-GCM under the data key
    created_at  TEXT NOT NULL
);

-- Every store knows its installation from now on (it was made when the first package needed it): a
-- restore tells a backup of this installation from another one's (ADR 0085).
INSERT OR IGNORE INTO setting (key, value) VALUES ('exchange.installationId',
    lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-'
          || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))));
