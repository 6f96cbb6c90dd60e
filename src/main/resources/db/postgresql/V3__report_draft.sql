-- The compiler's own part of an annual report, one row per reporting period: document metadata and the
-- narrative sections that cannot be computed. Figures are never stored here: they come from the records.
CREATE TABLE report_draft (
    period_from         TEXT NOT NULL,
    period_to           TEXT NOT NULL,
    doc_number          TEXT,
    doc_date            TEXT,
    signer_title        TEXT,
    signer_name         TEXT,
    recipients          TEXT NOT NULL DEFAULT '',  -- one recipient per line
    legal_basis         TEXT,
    situation           TEXT,
    direction           TEXT,
    after_communication TEXT,
    after_cases         TEXT,
    after_victims       TEXT,
    assessment          TEXT,
    tasks               TEXT,
    recommendations     TEXT,
    status              TEXT NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'SUBMITTED')),
    updated_at          TEXT NOT NULL,
    version             BIGINT NOT NULL DEFAULT 1 CHECK (version >= 1),
    PRIMARY KEY (period_from, period_to)
);
