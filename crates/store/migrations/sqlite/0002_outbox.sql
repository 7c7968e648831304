-- The change outbox: every write transaction records which items it touched, so that
-- readers of the database (the search index, the catalog of a serving process) can catch up
-- with exactly what changed. A batch of new items is one row (its id range).
CREATE TABLE outbox (
    seq      INTEGER PRIMARY KEY,
    first_id BIGINT NOT NULL,
    last_id  BIGINT NOT NULL,
    at       BIGINT NOT NULL
);
-- Items written before the outbox existed are covered by a first entry.
INSERT INTO outbox (first_id, last_id, at)
SELECT MIN(id), MAX(id), 0 FROM items HAVING COUNT(*) > 0;
