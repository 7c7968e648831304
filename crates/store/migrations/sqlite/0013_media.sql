-- The media library: pictures uploaded in the workspace (their files are kept outside the
-- database, by key), and the items that show them.

CREATE TABLE media (
    id           INTEGER PRIMARY KEY,
    -- The content hash of the cleaned original: the same picture is stored once.
    hash         TEXT    NOT NULL UNIQUE,
    format       TEXT    NOT NULL CHECK (format IN ('jpeg', 'png', 'webp')),
    width        BIGINT  NOT NULL CHECK (width > 0),
    height       BIGINT  NOT NULL CHECK (height > 0),
    bytes_size   BIGINT  NOT NULL,               -- of the cleaned original
    original_key TEXT    NOT NULL,
    -- The variants, as JSON: [{"width", "height", "format", "key"}], narrowest first. Read
    -- with the row, so that a list of records is one query; looked up by key in media_files.
    variants     TEXT    NOT NULL,
    language     TEXT    NOT NULL,               -- of the alternative text and the caption
    alt          TEXT    NOT NULL CHECK (length(trim(alt)) > 0),
    caption      TEXT    NOT NULL DEFAULT '',
    credit       TEXT    NOT NULL DEFAULT '',
    -- The alternative text, caption and credit in lowercase (every script, not only ASCII,
    -- as SQL's lower() would), for the library's search.
    search_text  TEXT    NOT NULL,
    focal_x      REAL    NOT NULL DEFAULT 0.5 CHECK (focal_x >= 0 AND focal_x <= 1),
    focal_y      REAL    NOT NULL DEFAULT 0.5 CHECK (focal_y >= 0 AND focal_y <= 1),
    uploaded_by  BIGINT  REFERENCES users (id),  -- NULL from the command line
    uploaded_at  BIGINT  NOT NULL,
    updated_at   BIGINT  NOT NULL
);
CREATE INDEX media_uploaded ON media (uploaded_at DESC, id DESC);

-- Every file of a picture (its original and its variants) by key: the serving side asks
-- which picture a requested file belongs to.
CREATE TABLE media_files (
    key      TEXT   PRIMARY KEY,
    media_id BIGINT NOT NULL REFERENCES media (id) ON DELETE CASCADE
);
CREATE INDEX media_files_media ON media_files (media_id);

-- The pictures an item shows: one lead picture at most, pictures in its body, attachments.
CREATE TABLE item_media (
    item_id  BIGINT NOT NULL REFERENCES items (id) ON DELETE CASCADE,
    media_id BIGINT NOT NULL REFERENCES media (id),
    role     TEXT   NOT NULL CHECK (role IN ('lead', 'body', 'attachment')),
    position BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (item_id, media_id, role)
);
CREATE UNIQUE INDEX item_media_one_lead ON item_media (item_id) WHERE role = 'lead';
CREATE INDEX item_media_media ON item_media (media_id);
