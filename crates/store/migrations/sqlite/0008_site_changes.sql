-- Changes administrators make to the organization (a field of work added, a structure opened,
-- renamed or closed, the chair of a year set), in order. The definition in effect is the site
-- files with these changes applied over them, so they are the taxonomy's history: rows are
-- only ever added.
CREATE TABLE site_changes (
    seq     INTEGER PRIMARY KEY,
    -- The change as JSON (model::site_change::SiteChange).
    change  TEXT NOT NULL,
    author  TEXT NOT NULL,
    made_at BIGINT NOT NULL
);
CREATE TRIGGER site_changes_no_update BEFORE UPDATE ON site_changes
BEGIN
    SELECT RAISE(ABORT, 'the history of the site definition cannot be changed');
END;
CREATE TRIGGER site_changes_no_delete BEFORE DELETE ON site_changes
BEGIN
    SELECT RAISE(ABORT, 'the history of the site definition cannot be changed');
END;
