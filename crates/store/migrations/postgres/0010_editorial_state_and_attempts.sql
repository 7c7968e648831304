-- What an import last wrote of an item, as the content hash of the item it read from the
-- source. A re-import compares the source with this, not with the item as it is now: an
-- item that people changed in the workspace since (an embargo, a new status, an edit) is
-- left alone while its source is unchanged. NULL for items no import wrote since this
-- column exists (the import then compares with the item's own content).
ALTER TABLE items ADD COLUMN source_hash TEXT;
-- The workflow state that import wrote ("status published_at embargo_until", instants in
-- microseconds, "-" for no embargo): a field people changed since (an embargo set, a new
-- date, a status) is theirs, and a re-import of a changed source keeps it; a field nobody
-- touched follows the source.
ALTER TABLE items ADD COLUMN source_state TEXT;

-- A login attempt is counted before its password is checked, so that concurrent attempts
-- cannot pass the throttle together; a successful one removes its rows again by this key.
ALTER TABLE login_failures ADD COLUMN attempt TEXT;

-- Items whose embargo ends in a window of time: the search index takes each item at the
-- instant it becomes public, not before.
CREATE INDEX items_embargo_until ON items (embargo_until);
