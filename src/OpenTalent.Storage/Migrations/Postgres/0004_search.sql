-- Job search (issue 5). One row per posting that search can find: open and not past its closing date (rows of
-- postings that expire are swept on the first search of each day). `id` orders by recency, (day posted << 24) plus
-- a sequence, so "newest first" is the primary key backwards and "posted within" a range of ids. `document` holds
-- the title (weight A), the occupation, skills and description, and the filter tags, so one GIN lookup intersects
-- keywords and filters.
CREATE TABLE posting_search (
    id BIGINT PRIMARY KEY,
    identifier TEXT NOT NULL UNIQUE REFERENCES postings (identifier) ON DELETE CASCADE,
    title TEXT NOT NULL,
    employer TEXT,
    places TEXT,
    arrangement TEXT NOT NULL,
    seniority TEXT NOT NULL,
    occupation_code TEXT,
    occupation_label TEXT,
    salary_min DOUBLE PRECISION,
    salary_max DOUBLE PRECISION,
    salary_currency TEXT,
    date_posted DATE,
    expires_day INTEGER,
    skills TEXT NOT NULL,
    document TSVECTOR NOT NULL
);
CREATE INDEX posting_search_by_expiry ON posting_search (expires_day) WHERE expires_day IS NOT NULL;
CREATE INDEX posting_search_by_text ON posting_search USING GIN (document);

-- Postings stored before search existed are indexed on the first search (their analysis is re-read then).
CREATE TABLE search_backfill (identifier TEXT PRIMARY KEY);
INSERT INTO search_backfill (identifier) SELECT identifier FROM postings WHERE status = 'Open';
