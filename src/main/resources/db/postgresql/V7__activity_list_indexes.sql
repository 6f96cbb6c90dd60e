-- Paged activity list (docs/decisions/0022-paged-activity-list.md): a page picks its row ids by
-- walking an index in the list's order and skipping OFFSET entries. These partial indexes hold only
-- live rows and carry the id, so that walk never touches the table for the default order (newest
-- first) nor for the type filter.
CREATE INDEX activity_live_date ON activity (start_date, id) WHERE deleted = 0;
CREATE INDEX activity_live_type_date ON activity (type_code, start_date, id) WHERE deleted = 0;
-- The numeric columns the list can be sorted on (ties by date and id in the same direction).
CREATE INDEX activity_live_participants ON activity (participants, start_date, id) WHERE deleted = 0;
CREATE INDEX activity_live_quantity ON activity (quantity, start_date, id) WHERE deleted = 0;
