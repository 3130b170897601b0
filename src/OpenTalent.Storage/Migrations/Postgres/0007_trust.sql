-- Trust (issue 7): consent decisions, the audit log of who viewed or changed whose personal data, the automated
-- rankings shown to employers (with the model version and each person's explanation), and voluntary
-- self-identification, kept apart from everything that ranks or matches.
-- The audit log and rankings have no foreign key to accounts: they must outlive an erased person (their rows are
-- anonymised then, not deleted, so employers' figures still add up).
CREATE TABLE consents (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    purpose TEXT NOT NULL,
    granted BOOLEAN NOT NULL,
    recorded_at TIMESTAMPTZ NOT NULL,
    source TEXT NOT NULL
);
CREATE INDEX consents_by_account ON consents (account, purpose, id);

CREATE TABLE audit_log (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at TIMESTAMPTZ NOT NULL,
    actor_kind TEXT NOT NULL,
    actor TEXT,
    organisation TEXT,
    action TEXT NOT NULL,
    subject TEXT NOT NULL,
    what TEXT NOT NULL
);
CREATE INDEX audit_log_by_subject ON audit_log (subject, id);
CREATE INDEX audit_log_by_organisation ON audit_log (organisation, id);

CREATE TABLE rankings (
    id TEXT PRIMARY KEY,
    organisation TEXT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    posting TEXT NOT NULL,
    viewer_kind TEXT NOT NULL,
    viewer TEXT,
    source TEXT NOT NULL,
    model_version TEXT NOT NULL,
    shown_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX rankings_by_posting ON rankings (organisation, posting, shown_at);

CREATE TABLE ranking_entries (
    ranking TEXT NOT NULL REFERENCES rankings (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    subject TEXT,
    profile TEXT NOT NULL,
    application TEXT,
    score DOUBLE PRECISION NOT NULL,
    explanation TEXT NOT NULL,
    PRIMARY KEY (ranking, position)
);
CREATE INDEX ranking_entries_by_subject ON ranking_entries (subject) WHERE subject IS NOT NULL;

CREATE TABLE self_identifications (
    account TEXT PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
    sex TEXT,
    race_ethnicity TEXT,
    recorded_at TIMESTAMPTZ NOT NULL
);
