-- The addresses items had on the organization's old website, kept so that old links can
-- be redirected to the items: the key is the path (with its query, without the host), as
-- links to the old site differ in their host and scheme; `url` is the address as found.
CREATE TABLE item_addresses (
    path     TEXT    PRIMARY KEY,
    item_id  BIGINT  NOT NULL REFERENCES items (id) ON DELETE CASCADE,
    url      TEXT    NOT NULL
);
CREATE INDEX item_addresses_item ON item_addresses (item_id);
