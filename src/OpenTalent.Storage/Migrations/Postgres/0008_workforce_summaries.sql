-- Hiring analytics at scale (issue 6): running totals kept in the same transaction as every candidacy written or
-- moved, so analytics read a few thousand rows instead of pairing every move of 500,000 applications.
-- candidacy_steps: per requisition, recruiter and source, how many stays in a stage ended in which next stage or
-- status ('' while still in it) and their total length; candidacy_totals: candidacies per status.
CREATE TABLE candidacy_steps (
    organisation TEXT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    department TEXT NOT NULL,
    requisition TEXT NOT NULL,
    recruiter TEXT NOT NULL,
    source TEXT NOT NULL,
    stage TEXT NOT NULL,
    next_stage TEXT NOT NULL,
    next_status TEXT NOT NULL,
    steps BIGINT NOT NULL,
    millis BIGINT NOT NULL,
    PRIMARY KEY (organisation, requisition, recruiter, source, stage, next_stage, next_status)
);

CREATE TABLE candidacy_totals (
    organisation TEXT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    department TEXT NOT NULL,
    requisition TEXT NOT NULL,
    recruiter TEXT NOT NULL,
    source TEXT NOT NULL,
    status TEXT NOT NULL,
    candidacies BIGINT NOT NULL,
    PRIMARY KEY (organisation, requisition, recruiter, source, status)
);

-- Candidacies stored before this migration are counted once here.
INSERT INTO candidacy_totals (organisation, department, requisition, recruiter, source, status, candidacies)
SELECT organisation, department, requisition, COALESCE(recruiter, ''), COALESCE(source, ''), status, COUNT(*)
FROM candidacies GROUP BY organisation, department, requisition, COALESCE(recruiter, ''), COALESCE(source, ''), status;

INSERT INTO candidacy_steps (organisation, department, requisition, recruiter, source, stage, next_stage, next_status, steps, millis)
SELECT c.organisation, c.department, c.requisition, COALESCE(c.recruiter, ''), COALESCE(c.source, ''), m.to_stage, COALESCE(n.to_stage, ''), COALESCE(n.status, ''),
       COUNT(*), COALESCE(SUM(n.at - m.at), 0)
FROM candidacy_moves m
JOIN candidacies c ON c.id = m.candidacy
LEFT JOIN candidacy_moves n ON n.candidacy = m.candidacy AND n.sequence = m.sequence + 1
WHERE m.to_stage IS NOT NULL
GROUP BY c.organisation, c.department, c.requisition, COALESCE(c.recruiter, ''), COALESCE(c.source, ''), m.to_stage, COALESCE(n.to_stage, ''), COALESCE(n.status, '');
