-- The package signing key sealed in a store with users (docs/decisions/0190): a copy under the data key (for
-- compilers and administrators) and one per account without the data key, under that account's password key.
-- Adds columns only; the key stays in clear until every account that needs a copy has one.
ALTER TABLE package_signing_key ADD COLUMN data_sealed TEXT;
ALTER TABLE app_user ADD COLUMN signing_grant TEXT;
