-- Built text models (lexicons, indexes, embeddings), versioned, so a rebuild never breaks a running reader.
CREATE TABLE text_models (
    name TEXT NOT NULL,
    version INTEGER NOT NULL,
    fingerprint TEXT NOT NULL,
    built_at TIMESTAMPTZ NOT NULL,
    payload BYTEA NOT NULL,
    PRIMARY KEY (name, version)
);
