-- The newest audit chain head each package sender has shown this store (docs/decisions/0189): its
-- entry number and hash, and when the package that carried it was written. Adds columns only.
ALTER TABLE package_sender ADD COLUMN audit_seq BIGINT;
ALTER TABLE package_sender ADD COLUMN audit_hash TEXT;
ALTER TABLE package_sender ADD COLUMN audit_package_at TEXT;
