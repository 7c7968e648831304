-- Documents and links attached to items, listed under their text. A document's file is kept
-- outside the database, by key, as pictures' files are; the pictures attached to an item are
-- rows of item_media with the role 'attachment'.

-- A document file: the same content uploaded again is the same row.
CREATE TABLE documents (
    id          INTEGER PRIMARY KEY,
    -- The content hash of the file, as uploaded.
    hash        TEXT    NOT NULL UNIQUE,
    format      TEXT    NOT NULL
                CHECK (format IN ('pdf', 'odt', 'ods', 'odp', 'docx', 'xlsx', 'pptx')),
    bytes_size  BIGINT  NOT NULL CHECK (bytes_size > 0),
    -- The storage key and the last part of the file's address: hash and extension.
    file_key    TEXT    NOT NULL UNIQUE,
    uploaded_by BIGINT  REFERENCES users (id),  -- NULL from the command line
    uploaded_at BIGINT  NOT NULL
);

-- What an item lists under its text, in order: a document (with the title and language it
-- has there) or a link to another address.
CREATE TABLE item_attachments (
    id          INTEGER PRIMARY KEY,
    item_id     BIGINT  NOT NULL REFERENCES items (id) ON DELETE CASCADE,
    kind        TEXT    NOT NULL CHECK (kind IN ('document', 'link')),
    document_id BIGINT  REFERENCES documents (id),
    url         TEXT,
    title       TEXT    NOT NULL CHECK (length(trim(title)) > 0),
    language    TEXT    NOT NULL,
    position    BIGINT  NOT NULL DEFAULT 0,
    added_by    BIGINT  REFERENCES users (id),
    added_at    BIGINT  NOT NULL,
    CHECK ((kind = 'document' AND document_id IS NOT NULL AND url IS NULL)
        OR (kind = 'link' AND url IS NOT NULL AND document_id IS NULL))
);
CREATE INDEX item_attachments_item ON item_attachments (item_id, position);
CREATE INDEX item_attachments_document ON item_attachments (document_id);
