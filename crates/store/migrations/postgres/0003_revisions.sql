-- Revisions: when an item changes, the version it replaces is kept here, so nothing written
-- is ever lost. The current version stays in `items`; `content_hash` lets an import tell an
-- unchanged item from a changed one without comparing every column.
ALTER TABLE items ADD COLUMN content_hash TEXT;

CREATE TABLE revisions (
    item_id       BIGINT NOT NULL REFERENCES items (id),
    revision      BIGINT NOT NULL,
    saved_at      BIGINT NOT NULL,   -- when this version was replaced
    item_type     TEXT   NOT NULL,
    language      TEXT   NOT NULL,
    title         TEXT   NOT NULL,
    summary       TEXT   NOT NULL,
    body_html     TEXT   NOT NULL,
    place         TEXT   NOT NULL,
    time_zone     TEXT   NOT NULL,
    published_at  BIGINT NOT NULL,
    status        TEXT   NOT NULL,
    embargo_until BIGINT,
    terms         TEXT   NOT NULL,   -- the item's terms, "kind:slug" separated by spaces
    PRIMARY KEY (item_id, revision)
);
