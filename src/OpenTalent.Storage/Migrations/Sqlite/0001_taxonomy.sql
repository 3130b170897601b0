-- Reference taxonomy (SQLite). Every row carries its source; an import replaces one source's rows.

CREATE TABLE taxonomy_imports (
    source TEXT PRIMARY KEY,
    release TEXT NOT NULL,
    origin TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    row_count BIGINT NOT NULL
);

CREATE TABLE occupations (
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL,
    key TEXT NOT NULL,
    title TEXT NOT NULL,
    description TEXT,
    job_zone INTEGER,
    UNIQUE (source, key)
);

CREATE TABLE occupation_codes (
    occupation_id INTEGER NOT NULL REFERENCES occupations (id) ON DELETE CASCADE,
    scheme TEXT NOT NULL,
    code TEXT NOT NULL,
    PRIMARY KEY (occupation_id, scheme, code)
);
CREATE INDEX ix_occupation_codes_code ON occupation_codes (code);

CREATE TABLE occupation_titles (
    id INTEGER PRIMARY KEY,
    occupation_id INTEGER NOT NULL REFERENCES occupations (id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    title_key TEXT NOT NULL,
    kind TEXT NOT NULL
);
CREATE INDEX ix_occupation_titles_key ON occupation_titles (title_key);
CREATE INDEX ix_occupation_titles_occupation ON occupation_titles (occupation_id);

CREATE TABLE occupation_tasks (
    occupation_id INTEGER NOT NULL REFERENCES occupations (id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    task TEXT NOT NULL,
    is_core INTEGER NOT NULL,
    PRIMARY KEY (occupation_id, ordinal)
);

CREATE TABLE skills (
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL,
    key TEXT NOT NULL,
    label TEXT NOT NULL,
    label_key TEXT NOT NULL,
    kind TEXT NOT NULL,
    scheme TEXT NOT NULL,
    code TEXT,
    hot INTEGER NOT NULL,
    in_demand INTEGER NOT NULL,
    description TEXT,
    UNIQUE (source, key)
);
CREATE INDEX ix_skills_label_key ON skills (label_key);
CREATE INDEX ix_skills_code ON skills (code);

CREATE TABLE skill_labels (
    skill_id INTEGER NOT NULL REFERENCES skills (id) ON DELETE CASCADE,
    label TEXT NOT NULL,
    label_key TEXT NOT NULL,
    PRIMARY KEY (skill_id, label)
);
CREATE INDEX ix_skill_labels_key ON skill_labels (label_key);

CREATE TABLE occupation_skills (
    occupation_id INTEGER NOT NULL REFERENCES occupations (id) ON DELETE CASCADE,
    skill_id INTEGER NOT NULL REFERENCES skills (id) ON DELETE CASCADE,
    relation TEXT NOT NULL,
    importance REAL,
    level REAL,
    hot INTEGER NOT NULL,
    in_demand INTEGER NOT NULL,
    PRIMARY KEY (occupation_id, skill_id)
);
CREATE INDEX ix_occupation_skills_skill ON occupation_skills (skill_id);

CREATE TABLE related_occupations (
    occupation_id INTEGER NOT NULL REFERENCES occupations (id) ON DELETE CASCADE,
    related_id INTEGER NOT NULL REFERENCES occupations (id) ON DELETE CASCADE,
    tier TEXT,
    rank INTEGER,
    PRIMARY KEY (occupation_id, related_id)
);
CREATE INDEX ix_related_occupations_related ON related_occupations (related_id);

-- Wages join occupations through the SOC code, so re-importing O*NET leaves OEWS wages in place.
-- A figure's *_at_least flag marks a BLS top-coded value: the true figure is at least that amount.
CREATE TABLE wages (
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL,
    soc_code TEXT NOT NULL,
    title TEXT NOT NULL,
    level TEXT NOT NULL,
    year INTEGER NOT NULL,
    employment BIGINT,
    source_note TEXT,
    annual_p10 REAL,
    annual_p10_at_least INTEGER NOT NULL DEFAULT 0,
    annual_p25 REAL,
    annual_p25_at_least INTEGER NOT NULL DEFAULT 0,
    annual_median REAL,
    annual_median_at_least INTEGER NOT NULL DEFAULT 0,
    annual_p75 REAL,
    annual_p75_at_least INTEGER NOT NULL DEFAULT 0,
    annual_p90 REAL,
    annual_p90_at_least INTEGER NOT NULL DEFAULT 0,
    annual_mean REAL,
    annual_mean_at_least INTEGER NOT NULL DEFAULT 0,
    hourly_p10 REAL,
    hourly_p10_at_least INTEGER NOT NULL DEFAULT 0,
    hourly_p25 REAL,
    hourly_p25_at_least INTEGER NOT NULL DEFAULT 0,
    hourly_median REAL,
    hourly_median_at_least INTEGER NOT NULL DEFAULT 0,
    hourly_p75 REAL,
    hourly_p75_at_least INTEGER NOT NULL DEFAULT 0,
    hourly_p90 REAL,
    hourly_p90_at_least INTEGER NOT NULL DEFAULT 0,
    hourly_mean REAL,
    hourly_mean_at_least INTEGER NOT NULL DEFAULT 0,
    UNIQUE (source, soc_code, level, year)
);
CREATE INDEX ix_wages_soc ON wages (soc_code);
