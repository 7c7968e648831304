-- Abbreviations learned after the site was defined (found by the importer in saved pages, or
-- added by an administrator), per language. The site definition's glossary comes first: an
-- entry here never overrides it. Entries are only added, never edited in place.
CREATE TABLE glossary (
    language     TEXT NOT NULL,
    abbreviation TEXT NOT NULL,
    expansion    TEXT NOT NULL,
    -- Where the entry came from ("import: press/2008-04-08.txt", "admin: name@example.org").
    origin       TEXT NOT NULL,
    added_at     BIGINT NOT NULL,
    PRIMARY KEY (language, abbreviation)
);
