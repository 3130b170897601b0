-- Structured interviews: an organisation's interview kits (named lists of competencies), and each scorecard's
-- interviewer and stage as columns, so one interviewer scores one candidate once per stage even when two
-- submissions race.
CREATE TABLE interview_kits (
    id TEXT PRIMARY KEY,
    organisation TEXT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    competencies TEXT NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE UNIQUE INDEX interview_kits_by_name ON interview_kits (organisation, lower(name));

ALTER TABLE scorecards ADD COLUMN interviewer TEXT NOT NULL DEFAULT '';
ALTER TABLE scorecards ADD COLUMN stage TEXT NOT NULL DEFAULT '';
CREATE UNIQUE INDEX scorecards_once_per_interviewer ON scorecards (candidacy, stage, interviewer);

-- The messages a bulk move sends (a rejection with a templated message), rendered per candidate and written in
-- the move's own transaction, so a move and its messages are kept or lost together.
CREATE TABLE candidacy_messages (
    candidacy TEXT NOT NULL REFERENCES candidacies (id) ON DELETE CASCADE,
    sequence INTEGER NOT NULL,
    body TEXT NOT NULL,
    at INTEGER NOT NULL,
    by_account TEXT NOT NULL,
    PRIMARY KEY (candidacy, sequence)
);

-- Requisitions' approval: each organisation's configured chain, and each requisition's own chain, approval rounds,
-- decisions and status history (requisitions made before this have none, and are read as already through it).
CREATE TABLE approval_chains (
    organisation TEXT PRIMARY KEY REFERENCES organisations (id) ON DELETE CASCADE,
    document TEXT NOT NULL
);

CREATE TABLE requisition_workflows (
    requisition TEXT PRIMARY KEY REFERENCES requisitions (id) ON DELETE CASCADE,
    document TEXT NOT NULL
);

-- A requisition can take its applicants from a job posted on the platform: people who apply there join its pipeline.
ALTER TABLE requisitions ADD COLUMN posting TEXT;
CREATE INDEX requisitions_by_posting ON requisitions (posting);
