-- Job search (issue 5). One row per posting that search can find: open and not past its closing date (rows of
-- postings that expire are swept on the first search of each day). `id` orders by recency, (day posted << 24) plus
-- a sequence, so the text index streams newest first and "posted within" is a range of ids. The other columns are
-- what a result shows and what facets count; the filters themselves are tags in the text index.
CREATE TABLE posting_search (
    id INTEGER PRIMARY KEY,
    identifier TEXT NOT NULL UNIQUE REFERENCES postings (identifier) ON DELETE CASCADE,
    title TEXT NOT NULL,
    employer TEXT,
    places TEXT,
    arrangement TEXT NOT NULL,
    seniority TEXT NOT NULL,
    occupation_code TEXT,
    occupation_label TEXT,
    salary_min REAL,
    salary_max REAL,
    salary_currency TEXT,
    date_posted TEXT,
    expires_day INTEGER,
    skills TEXT NOT NULL
);
CREATE INDEX posting_search_by_expiry ON posting_search (expires_day) WHERE expires_day IS NOT NULL;

-- Contentless: the text lives in `postings`; the index keeps only what finding needs.
CREATE VIRTUAL TABLE posting_search_text USING fts5 (
    title, body, tags,
    content = '', contentless_delete = 1,
    tokenize = 'porter unicode61 remove_diacritics 2'
);

-- Deleting a posting cascades to its search row, and this takes its words out of the index.
CREATE TRIGGER posting_search_unindex AFTER DELETE ON posting_search
BEGIN
    DELETE FROM posting_search_text WHERE rowid = old.id;
END;

-- Postings stored before search existed are indexed on the first search (their analysis is re-read then).
CREATE TABLE search_backfill (identifier TEXT PRIMARY KEY);
INSERT INTO search_backfill (identifier) SELECT identifier FROM postings WHERE status = 'Open';
