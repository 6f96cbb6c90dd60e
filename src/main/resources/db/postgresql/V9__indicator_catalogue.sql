-- The indicator catalogue: activity types and counted metrics become one list of data the Department
-- configures (docs/decisions/0090-indicator-catalogue.md). The catalogue lives in activity_type, which
-- activity.type_code references: SQLite cannot move that foreign key without rebuilding the activity
-- table and its triggers, so the table gains the catalogue's columns instead. Nothing is dropped:
-- an entry that records use is retired (retired_on), never deleted.

ALTER TABLE activity_type ADD COLUMN kind TEXT NOT NULL DEFAULT 'ACTIVITY' CHECK (kind IN ('ACTIVITY', 'METRIC'));
ALTER TABLE activity_type ADD COLUMN group_code TEXT NOT NULL DEFAULT 'OTHER';
ALTER TABLE activity_type ADD COLUMN section TEXT NOT NULL DEFAULT 'OTHER';
-- The unit word of the indicator's headline figure (lớp, buổi, tờ, cuốn, phút, lượt phát...).
ALTER TABLE activity_type ADD COLUMN unit_vi TEXT NOT NULL DEFAULT '';
ALTER TABLE activity_type ADD COLUMN unit_en TEXT NOT NULL DEFAULT '';
-- Validity: records dated before introduced_on or on/after retired_on are refused (NULL = open).
ALTER TABLE activity_type ADD COLUMN introduced_on TEXT;
ALTER TABLE activity_type ADD COLUMN retired_on TEXT;

UPDATE activity_type SET group_code = 'TRAINING', section = 'ORGANISED', unit_vi = 'lớp', unit_en = 'courses' WHERE code = 'TRAINING';
UPDATE activity_type SET group_code = 'COMMUNICATION', section = 'ORGANISED', unit_vi = 'buổi', unit_en = 'sessions' WHERE code = 'OUTREACH_SESSION';
UPDATE activity_type SET group_code = 'DIRECTION', section = 'ORGANISED', unit_vi = 'hội nghị', unit_en = 'conferences' WHERE code = 'CONFERENCE';
UPDATE activity_type SET group_code = 'COMMUNICATION', section = 'MATERIALS', unit_vi = 'phút', unit_en = 'minutes' WHERE code = 'BROADCAST';
UPDATE activity_type SET group_code = 'MATERIALS', section = 'MATERIALS', unit_vi = 'tờ', unit_en = 'copies' WHERE code = 'LEAFLET';
UPDATE activity_type SET group_code = 'MATERIALS', section = 'MATERIALS', unit_vi = 'địa điểm', unit_en = 'places' WHERE code = 'BANNER';
UPDATE activity_type SET group_code = 'MEDIA', section = 'MEDIA', unit_vi = 'tin, bài', unit_en = 'articles' WHERE code = 'NEWS_ARTICLE';
UPDATE activity_type SET group_code = 'MEDIA', section = 'MEDIA', unit_vi = 'văn bản', unit_en = 'documents' WHERE code = 'LEGAL_DOCUMENT';
UPDATE activity_type SET group_code = 'MEDIA', section = 'MEDIA', unit_vi = 'tin', unit_en = 'news items' WHERE code = 'WEBSITE_NEWS';
UPDATE activity_type SET group_code = 'OTHER', section = 'OTHER', unit_vi = 'hoạt động', unit_en = 'activities' WHERE code = 'OTHER';

-- Types an administrator added before the catalogue: sessions are organised, anything else is counted.
UPDATE activity_type SET section = CASE measure WHEN 'SESSIONS' THEN 'ORGANISED' ELSE 'OTHER' END,
       unit_vi = CASE measure WHEN 'SESSIONS' THEN 'buổi' WHEN 'COPIES' THEN 'bản' WHEN 'PLACES' THEN 'địa điểm'
                              WHEN 'MINUTES' THEN 'phút' ELSE 'sản phẩm' END,
       unit_en = CASE measure WHEN 'SESSIONS' THEN 'sessions' WHEN 'COPIES' THEN 'copies' WHEN 'PLACES' THEN 'places'
                              WHEN 'MINUTES' THEN 'minutes' ELSE 'items' END
 WHERE unit_vi = '';

-- The one metric ATR knew, and any other metric code records already carry, become METRIC entries.
INSERT INTO activity_type (code, name_vi, name_en, measure, active, sort, kind, group_code, section, unit_vi, unit_en)
VALUES ('WEBSITE_VISITS', 'Lượt truy cập trang thông tin điện tử', 'Website visits', 'ITEMS', 1, 200, 'METRIC',
        'MEDIA', 'MEDIA', 'lượt truy cập', 'visits')
ON CONFLICT (code) DO NOTHING;
INSERT INTO activity_type (code, name_vi, name_en, measure, active, sort, kind, group_code, section, unit_vi, unit_en)
SELECT DISTINCT metric_type, metric_type, metric_type, 'ITEMS', 1, 210, 'METRIC', 'OTHER', 'OTHER', 'lượt', 'count'
  FROM outreach_metric WHERE metric_type NOT IN (SELECT code FROM activity_type);
