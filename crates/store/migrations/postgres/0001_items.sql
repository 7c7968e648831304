-- Items and their taxonomy terms (PostgreSQL; the SQLite migration of the same number gives
-- the same schema, see docs/database-backends.md).
--
-- Portable conventions (the same statements run on both backends): instants are BIGINT unix
-- microseconds, booleans BIGINT 0/1, taxonomy references are the slugs of the site
-- definition (which lives in the repository, not in the database). Every integer column is
-- BIGINT, so that it reads back as i64 through the `Any` driver.

CREATE TABLE items (
    id                BIGINT  PRIMARY KEY,           -- permanent, never reused (id_sequence)
    translation_group BIGINT  NOT NULL,              -- the id of the first item of the group
    language          TEXT    NOT NULL,
    item_type         TEXT    NOT NULL,
    title             TEXT    NOT NULL,
    slug              TEXT    NOT NULL,              -- cosmetic part of the URL; the id decides
    summary           TEXT    NOT NULL DEFAULT '',
    body_html         TEXT    NOT NULL,              -- sanitized on save; shown as stored
    place             TEXT    NOT NULL DEFAULT '',
    time_zone         TEXT    NOT NULL,              -- IANA name of the place's zone
    published_at      BIGINT  NOT NULL,
    status            TEXT    NOT NULL,
    embargo_until     BIGINT,
    external_id       TEXT    UNIQUE,                -- key of imported and sample items
    is_demo           BIGINT  NOT NULL DEFAULT 0,
    revision          BIGINT  NOT NULL DEFAULT 1,
    created_at        BIGINT  NOT NULL,
    updated_at        BIGINT  NOT NULL
);

-- Item ids are handed out by the store from this table (on both backends), never by the
-- database: the sequence table records the highest id ever given.
CREATE TABLE id_sequence (
    name    TEXT PRIMARY KEY,
    last_id BIGINT NOT NULL
);
INSERT INTO id_sequence (name, last_id) VALUES ('items', 0);
-- Bumped by every write transaction: readers (the serving process's catalog) poll it to
-- learn that the database changed.
INSERT INTO id_sequence (name, last_id) VALUES ('changes', 0);

CREATE INDEX items_published ON items (published_at DESC, id DESC);
CREATE INDEX items_translation_group ON items (translation_group);

-- kind: 's' source (ordered by position), 'f' field of work, 'c' country, 'm' meeting series.
CREATE TABLE item_terms (
    item_id  BIGINT  NOT NULL REFERENCES items (id) ON DELETE CASCADE,
    kind     TEXT    NOT NULL,
    position BIGINT  NOT NULL,
    slug     TEXT    NOT NULL,
    PRIMARY KEY (item_id, kind, position)
);

-- Facts about this database itself (e.g. that the sample content was loaded once).
CREATE TABLE site_state (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
