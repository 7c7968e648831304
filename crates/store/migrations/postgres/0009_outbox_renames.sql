-- A renamed structure is announced by its slug in the outbox row of the change, rather than
-- by one row per item filed under it (tens of thousands of rows written in the change's
-- transaction): the search index, which knows items by their sources' names, looks the items
-- up itself when it applies the row.
ALTER TABLE outbox ADD COLUMN renamed_structure TEXT;
