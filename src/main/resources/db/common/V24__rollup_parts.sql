-- A roll-up store (docs/decisions/0203): a national or provincial store that sums other stores' packages. There each
-- sender's package is the whole of its units' activities for its period, so it replaces what the store held of
-- them rather than being merged record by record. Those activities live here, beside the store's own: no key, no
-- foreign key, one index by unit and date (a part's rows sit together in it), so that millions of them are written
-- at the pace of a plain table. The activity totals count them as they count the store's own.
CREATE TABLE rollup_activity (
    id           TEXT NOT NULL,
    unit_code    TEXT NOT NULL,
    type_code    TEXT NOT NULL,
    start_date   TEXT NOT NULL,
    end_date     TEXT,
    title        TEXT,
    lead_org     TEXT,
    partner_orgs TEXT NOT NULL DEFAULT '',
    topics       TEXT NOT NULL DEFAULT '',
    target_group TEXT,
    participants BIGINT NOT NULL DEFAULT 0,
    quantity     BIGINT NOT NULL DEFAULT 0,
    notes        TEXT,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    updated_by   TEXT NOT NULL,
    version      BIGINT NOT NULL,
    deleted      BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX rollup_activity_unit_date ON rollup_activity (unit_code, start_date);

-- Every package a roll-up store took as a part: who sent it, for which unit and period, when it was made (a package
-- made before one already taken for an overlapping unit and period is refused), and what it replaced.
CREATE TABLE rollup_part (
    source_unit     TEXT NOT NULL,
    period_from     TEXT NOT NULL,
    period_to       TEXT NOT NULL,
    installation_id TEXT NOT NULL,
    made_at         TEXT NOT NULL,
    received_at     TEXT NOT NULL,
    file_sha256     TEXT NOT NULL,
    activities      BIGINT NOT NULL,
    replaced        BIGINT NOT NULL
);
CREATE INDEX rollup_part_unit ON rollup_part (source_unit, period_to);
