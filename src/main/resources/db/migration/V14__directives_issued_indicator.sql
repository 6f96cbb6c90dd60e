-- A standard catalogue entry every report carries and the Hai Phong 2023 article implies (its Kế hoạch
-- 75/KH-UBND): plans and directives issued, in the direction group, counted in documents. Added only where
-- neither its code nor its name is taken already (an administrator may have added the same thing under
-- another code); nothing existing is changed.
INSERT INTO activity_type (code, name_vi, name_en, measure, active, sort, kind, group_code, section, unit_vi, unit_en)
SELECT 'DIRECTIVE_ISSUED', 'Kế hoạch, văn bản chỉ đạo ban hành', 'Plans and directives issued', 'ITEMS', 1, 95,
       'ACTIVITY', 'DIRECTION', 'OTHER', 'văn bản', 'documents'
 WHERE NOT EXISTS (SELECT 1 FROM activity_type
                    WHERE code = 'DIRECTIVE_ISSUED' OR name_vi = 'Kế hoạch, văn bản chỉ đạo ban hành');
