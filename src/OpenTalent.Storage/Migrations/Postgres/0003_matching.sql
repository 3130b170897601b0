-- Job postings and profiles, as imported and as understood. `document` keeps the imported line so nothing is
-- lost; `analysis` is the understood form the matching index loads; the skill tables serve SQL and search.
CREATE TABLE postings (
    identifier TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    employer TEXT,
    description TEXT NOT NULL,
    status TEXT NOT NULL,
    date_posted DATE,
    valid_through DATE,
    arrangement TEXT NOT NULL,
    salary_min NUMERIC,
    salary_max NUMERIC,
    salary_currency TEXT,
    occupation_code TEXT,
    document TEXT NOT NULL,
    analysis TEXT NOT NULL,
    imported_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX postings_by_occupation ON postings (occupation_code);

CREATE TABLE posting_skills (
    posting TEXT NOT NULL REFERENCES postings (identifier) ON DELETE CASCADE,
    skill_id TEXT NOT NULL,
    label TEXT NOT NULL,
    weight DOUBLE PRECISION NOT NULL,
    required BOOLEAN NOT NULL,
    min_years DOUBLE PRECISION,
    PRIMARY KEY (posting, skill_id)
);
CREATE INDEX posting_skills_by_skill ON posting_skills (skill_id);

CREATE TABLE profiles (
    identifier TEXT PRIMARY KEY,
    display_name TEXT,
    headline TEXT,
    updated DATE,
    document TEXT NOT NULL,
    analysis TEXT NOT NULL,
    imported_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE profile_skills (
    profile TEXT NOT NULL REFERENCES profiles (identifier) ON DELETE CASCADE,
    skill_id TEXT NOT NULL,
    label TEXT NOT NULL,
    weight DOUBLE PRECISION NOT NULL,
    evidence TEXT NOT NULL,
    last_used DATE,
    PRIMARY KEY (profile, skill_id)
);
CREATE INDEX profile_skills_by_skill ON profile_skills (skill_id);
