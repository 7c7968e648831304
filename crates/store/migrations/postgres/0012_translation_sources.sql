-- What a translation made in the workspace was made from: the original item, and the
-- revision of the original the translation says the same as (the one it was made from, then
-- the one a translator last marked it up to date with). When the original's text changes
-- after that revision, the translation is outdated. Items translated otherwise (imported,
-- or written as a translation by hand) have no row: nothing tells what they match.
CREATE TABLE translation_sources (
    item_id     BIGINT NOT NULL PRIMARY KEY REFERENCES items (id) ON DELETE CASCADE,
    original_id BIGINT NOT NULL REFERENCES items (id) ON DELETE CASCADE,
    revision    BIGINT NOT NULL,
    -- Who recorded `revision` and when (the translator who made or marked it).
    checked_by  TEXT   NOT NULL,
    checked_at  BIGINT NOT NULL
);
CREATE INDEX translation_sources_original ON translation_sources (original_id);
