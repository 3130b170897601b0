-- Job postings and profiles, as imported and as understood. `document` keeps the imported line so nothing is
-- lost; `analysis` is the understood form the matching index loads; the skill tables serve SQL and search.
CREATE TABLE postings (
    identifier TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    employer TEXT,
    description TEXT NOT NULL,
    status TEXT NOT NULL,
    date_posted TEXT,
    valid_through TEXT,
    arrangement TEXT NOT NULL,
    salary_min REAL,
    salary_max REAL,
    salary_currency TEXT,
    occupation_code TEXT,
    document TEXT NOT NULL,
    analysis TEXT NOT NULL,
    imported_at TEXT NOT NULL
);
CREATE INDEX postings_by_occupation ON postings (occupation_code);

CREATE TABLE posting_skills (
    posting TEXT NOT NULL REFERENCES postings (identifier) ON DELETE CASCADE,
    skill_id TEXT NOT NULL,
    label TEXT NOT NULL,
    weight REAL NOT NULL,
    required INTEGER NOT NULL,
    min_years REAL,
    PRIMARY KEY (posting, skill_id)
);
CREATE INDEX posting_skills_by_skill ON posting_skills (skill_id);

CREATE TABLE profiles (
    identifier TEXT PRIMARY KEY,
    display_name TEXT,
    headline TEXT,
    updated TEXT,
    document TEXT NOT NULL,
    analysis TEXT NOT NULL,
    imported_at TEXT NOT NULL
);

CREATE TABLE profile_skills (
    profile TEXT NOT NULL REFERENCES profiles (identifier) ON DELETE CASCADE,
    skill_id TEXT NOT NULL,
    label TEXT NOT NULL,
    weight REAL NOT NULL,
    evidence TEXT NOT NULL,
    last_used TEXT,
    PRIMARY KEY (profile, skill_id)
);
CREATE INDEX profile_skills_by_skill ON profile_skills (skill_id);
