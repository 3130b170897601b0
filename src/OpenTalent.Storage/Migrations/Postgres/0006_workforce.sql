-- Hiring at scale (issue 6). An organisation's headcount plan (small: one document), its requisitions, the
-- pipeline of each requisition, its candidate pool, and candidacies with every move. Candidacies carry their
-- current stage, status, department and recruiter so pipeline pages and analytics are index reads, not a replay of
-- the move log. Workforce times are Unix milliseconds (UTC) on both engines: compact, and time in stage is a
-- subtraction in SQL.
CREATE TABLE workforce_plans (
    organisation TEXT PRIMARY KEY REFERENCES organisations (id) ON DELETE CASCADE,
    slug TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    document TEXT NOT NULL,
    updated_at BIGINT NOT NULL
);

CREATE TABLE requisitions (
    id TEXT PRIMARY KEY,
    organisation TEXT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    department TEXT NOT NULL,
    team TEXT,
    title TEXT NOT NULL,
    status TEXT NOT NULL,
    hiring_manager TEXT NOT NULL,
    recruiter TEXT,
    target_start TEXT NOT NULL,
    band_min DOUBLE PRECISION NOT NULL,
    band_max DOUBLE PRECISION NOT NULL,
    currency TEXT NOT NULL,
    pipeline TEXT NOT NULL,
    opened_at BIGINT,
    closed_at BIGINT
);
CREATE INDEX requisitions_by_department ON requisitions (organisation, department, status);
CREATE INDEX requisitions_by_recruiter ON requisitions (organisation, recruiter);

CREATE TABLE workforce_candidates (
    id TEXT PRIMARY KEY,
    organisation TEXT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    emails TEXT NOT NULL,
    phones TEXT NOT NULL,
    resume TEXT,
    merged_from TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX workforce_candidates_by_organisation ON workforce_candidates (organisation, name);

CREATE TABLE candidacies (
    id TEXT PRIMARY KEY,
    organisation TEXT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    requisition TEXT NOT NULL REFERENCES requisitions (id) ON DELETE CASCADE,
    candidate TEXT NOT NULL REFERENCES workforce_candidates (id),
    department TEXT NOT NULL,
    recruiter TEXT,
    source TEXT,
    stage TEXT NOT NULL,
    stage_index INTEGER NOT NULL,
    status TEXT NOT NULL,
    applied_at BIGINT NOT NULL,
    stage_entered_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX candidacies_by_requisition ON candidacies (requisition, stage_index, updated_at);
CREATE INDEX candidacies_by_department ON candidacies (organisation, department, status);
CREATE INDEX candidacies_by_candidate ON candidacies (candidate);

CREATE TABLE candidacy_moves (
    candidacy TEXT NOT NULL REFERENCES candidacies (id) ON DELETE CASCADE,
    sequence INTEGER NOT NULL,
    from_stage TEXT,
    to_stage TEXT,
    status TEXT NOT NULL,
    at BIGINT NOT NULL,
    by_account TEXT NOT NULL,
    reason TEXT,
    note TEXT,
    PRIMARY KEY (candidacy, sequence)
);

CREATE TABLE scorecards (
    id TEXT PRIMARY KEY,
    candidacy TEXT NOT NULL REFERENCES candidacies (id) ON DELETE CASCADE,
    document TEXT NOT NULL,
    submitted_at BIGINT NOT NULL
);
CREATE INDEX scorecards_by_candidacy ON scorecards (candidacy);
