-- The store's own protections (PostgreSQL form of db/migration/V11). A trigger's WHEN cannot hold a
-- subquery here, so the function asks whether the store has users.

CREATE FUNCTION victim_identity_no_clear() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM app_user) THEN
        RAISE EXCEPTION 'victim_identity: identifiers must be encrypted once the store has users';
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER victim_identity_no_clear_insert BEFORE INSERT ON victim_identity
    FOR EACH ROW WHEN (NEW.encrypted = 0) EXECUTE FUNCTION victim_identity_no_clear();
CREATE TRIGGER victim_identity_no_clear_update BEFORE UPDATE ON victim_identity
    FOR EACH ROW WHEN (NEW.encrypted = 0) EXECUTE FUNCTION victim_identity_no_clear();

ALTER TABLE app_user ADD COLUMN seal TEXT;
ALTER TABLE app_user ADD COLUMN seal_verifier TEXT;
ALTER TABLE app_user ADD COLUMN seal_link TEXT;

CREATE TABLE account_key (
    id          BIGINT PRIMARY KEY CHECK (id = 1),
    public_key  TEXT NOT NULL,
    private_key TEXT NOT NULL,
    created_at  TEXT NOT NULL
);

-- Every store knows its installation (a random UUID, as SQLite's script makes one).
INSERT INTO setting (key, value) VALUES ('exchange.installationId', gen_random_uuid()::text)
ON CONFLICT (key) DO NOTHING;
