-- Submission of a period's report: the draft's status becomes SUBMITTED and the figures the report showed
-- at that moment are kept with it (JSON of the computed model, see vn.atr.service.FrozenReport), so that
-- later edits of the records do not change a report that was sent. Reopening clears them again.
ALTER TABLE report_draft ADD COLUMN submitted_at TEXT;
ALTER TABLE report_draft ADD COLUMN submitted_by TEXT;
ALTER TABLE report_draft ADD COLUMN frozen_figures TEXT;
