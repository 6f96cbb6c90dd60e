-- Where a record stood after its last exchange with a sender (docs/decisions/0200): besides the sender's version,
-- the version this store then held, which differs once a conflict was settled here (the record settled takes a
-- version of its own). Empty for every row so far: both sides held the sender's version. Adds a column only.
ALTER TABLE exchange_base ADD COLUMN our_version BIGINT;
