-- Victims' age bands become data the Department configures, like the indicator catalogue
-- (docs/decisions/0126-age-bands-as-data.md). The codes are the ones victim.age_band already stores, so
-- stored values keep their meaning. A band with min_age counts victims whose age is known (from the birth
-- year at the case's detection date); max_age NULL is open-ended. A band without min_age has no range: it
-- only counts victims stored with its code and no known age (the earlier "under 16" band, "unknown").
-- Bands are retired (retired_on), never deleted: stored victims may carry their code.
CREATE TABLE age_band (
    code       TEXT PRIMARY KEY,
    label_vi   TEXT NOT NULL,
    label_en   TEXT NOT NULL,
    min_age    BIGINT,
    max_age    BIGINT,
    sort       BIGINT NOT NULL,
    active     BIGINT NOT NULL DEFAULT 1,
    retired_on TEXT,
    CHECK (min_age IS NULL OR min_age >= 0),
    CHECK (max_age IS NULL OR (min_age IS NOT NULL AND max_age >= min_age))
);

INSERT INTO age_band (code, label_vi, label_en, min_age, max_age, sort) VALUES
    ('UNDER_6', 'Dưới 6 tuổi', 'Under 6', 0, 5, 10),
    ('FROM_6_TO_11', 'Từ 6 đến dưới 12 tuổi', '6 to under 12', 6, 11, 20),
    ('FROM_12_TO_15', 'Từ 12 đến dưới 16 tuổi', '12 to under 16', 12, 15, 30),
    ('UNDER_16', 'Dưới 16 tuổi (không rõ tuổi cụ thể)', 'Under 16 (exact age not known)', NULL, NULL, 35),
    ('FROM_16_TO_17', 'Từ 16 đến dưới 18 tuổi', '16 to under 18', 16, 17, 40),
    ('FROM_18_TO_30', 'Từ 18 đến 30 tuổi', '18 to 30', 18, 30, 50),
    ('FROM_31_TO_50', 'Từ 31 đến 50 tuổi', '31 to 50', 31, 50, 60),
    ('OVER_50', 'Trên 50 tuổi', 'Over 50', 51, NULL, 70),
    ('UNKNOWN', 'Chưa rõ tuổi', 'Age not known', NULL, NULL, 90)
ON CONFLICT (code) DO NOTHING;
