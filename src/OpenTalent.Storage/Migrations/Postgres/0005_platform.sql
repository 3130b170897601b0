-- The web platform: accounts, organisations and their members, API keys (only the hash of each secret), seekers'
-- settings, which organisation owns which posting, and applications with their status history.
-- Neither seekers.profile nor applications.posting is a foreign key: saving a profile or posting again deletes and
-- re-inserts its row, which would otherwise wipe the link or the applications.
CREATE TABLE accounts (
    id TEXT PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    kind TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE organisations (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE memberships (
    organisation TEXT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    account TEXT NOT NULL UNIQUE REFERENCES accounts (id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    joined_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (organisation, account)
);

CREATE TABLE api_keys (
    id TEXT PRIMARY KEY,
    organisation TEXT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    hint TEXT NOT NULL,
    secret_hash TEXT NOT NULL UNIQUE,
    created_by TEXT REFERENCES accounts (id) ON DELETE SET NULL,
    created_at TIMESTAMPTZ NOT NULL,
    revoked_at TIMESTAMPTZ
);
CREATE INDEX api_keys_by_organisation ON api_keys (organisation);

CREATE TABLE seekers (
    account TEXT PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
    profile TEXT,
    discoverable BOOLEAN NOT NULL DEFAULT FALSE,
    updated_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX seekers_discoverable ON seekers (discoverable) WHERE discoverable;

CREATE TABLE posting_owners (
    posting TEXT PRIMARY KEY REFERENCES postings (identifier) ON DELETE CASCADE,
    organisation TEXT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    created_by TEXT REFERENCES accounts (id) ON DELETE SET NULL,
    created_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX posting_owners_by_organisation ON posting_owners (organisation, created_at);

CREATE TABLE applications (
    id TEXT PRIMARY KEY,
    seeker TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    posting TEXT NOT NULL,
    status TEXT NOT NULL,
    applied_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    UNIQUE (seeker, posting)
);
CREATE INDEX applications_by_posting ON applications (posting);

CREATE TABLE application_events (
    application TEXT NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
    sequence INTEGER NOT NULL,
    status TEXT NOT NULL,
    at TIMESTAMPTZ NOT NULL,
    actor TEXT,
    note TEXT,
    PRIMARY KEY (application, sequence)
);
