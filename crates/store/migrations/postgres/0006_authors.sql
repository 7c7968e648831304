-- Who wrote each version: the current one on the item, replaced ones in `revisions`.
ALTER TABLE items ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
ALTER TABLE revisions ADD COLUMN author TEXT NOT NULL DEFAULT '';
ALTER TABLE revisions ADD COLUMN authored_at BIGINT NOT NULL DEFAULT 0;
