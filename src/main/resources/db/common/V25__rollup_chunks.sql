-- A roll-up store's parts as chunks (docs/decisions/0204): one row per unit and half-month holding the JSON text of
-- its records, in place of a row per record. A row per record cost a national roll-up most of its merge: the row's
-- own insert, its index entry and its pages written twice (log and file). Each record is an array of the activity
-- table's columns in the order vn.atr.store.PartChunk writes and reads them, without the unit (the chunk's key) and
-- the deletion flag (a part holds live records only). Each engine's V25_1 moves the rows of V24's table into it.
CREATE TABLE rollup_chunk (
    unit_code TEXT   NOT NULL,
    half      TEXT   NOT NULL, -- the half-month's first day: the 1st or the 15th
    records   BIGINT NOT NULL,
    data      TEXT   NOT NULL,
    PRIMARY KEY (unit_code, half)
);
