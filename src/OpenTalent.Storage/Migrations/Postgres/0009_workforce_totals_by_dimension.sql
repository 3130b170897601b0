-- The running totals of 0008 were kept per requisition, recruiter and source together: at 500,000 applications
-- that is hundreds of thousands of combinations, and a report by department had to add them all up (about a
-- second). They are now kept per dimension, so a report reads only its own rows: five departments' worth for a
-- report by department, one requisition's worth per requisition.
DROP TABLE candidacy_steps;
DROP TABLE candidacy_totals;

CREATE TABLE analytics_steps (
    organisation TEXT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    dimension TEXT NOT NULL,
    group_key TEXT NOT NULL,
    stage TEXT NOT NULL,
    next_stage TEXT NOT NULL,
    next_status TEXT NOT NULL,
    steps BIGINT NOT NULL,
    millis BIGINT NOT NULL,
    PRIMARY KEY (organisation, dimension, group_key, stage, next_stage, next_status)
);

CREATE TABLE analytics_totals (
    organisation TEXT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    dimension TEXT NOT NULL,
    group_key TEXT NOT NULL,
    status TEXT NOT NULL,
    candidacies BIGINT NOT NULL,
    PRIMARY KEY (organisation, dimension, group_key, status)
);

INSERT INTO analytics_totals (organisation, dimension, group_key, status, candidacies)
SELECT organisation, 'Department', department, status, COUNT(*) FROM candidacies GROUP BY organisation, department, status
UNION ALL SELECT organisation, 'Requisition', requisition, status, COUNT(*) FROM candidacies GROUP BY organisation, requisition, status
UNION ALL SELECT organisation, 'Recruiter', COALESCE(recruiter, ''), status, COUNT(*) FROM candidacies GROUP BY organisation, COALESCE(recruiter, ''), status
UNION ALL SELECT organisation, 'Source', COALESCE(source, ''), status, COUNT(*) FROM candidacies GROUP BY organisation, COALESCE(source, ''), status;

INSERT INTO analytics_steps (organisation, dimension, group_key, stage, next_stage, next_status, steps, millis)
SELECT organisation, dimension, group_key, stage, next_stage, next_status, COUNT(*), SUM(millis)
FROM (
    SELECT c.organisation, d.dimension,
           CASE d.dimension WHEN 'Department' THEN c.department WHEN 'Requisition' THEN c.requisition WHEN 'Recruiter' THEN COALESCE(c.recruiter, '') ELSE COALESCE(c.source, '') END AS group_key,
           m.to_stage AS stage, COALESCE(n.to_stage, '') AS next_stage, COALESCE(n.status, '') AS next_status, COALESCE(n.at - m.at, 0) AS millis
    FROM candidacy_moves m
    JOIN candidacies c ON c.id = m.candidacy
    LEFT JOIN candidacy_moves n ON n.candidacy = m.candidacy AND n.sequence = m.sequence + 1
    CROSS JOIN (SELECT 'Department' AS dimension UNION ALL SELECT 'Requisition' UNION ALL SELECT 'Recruiter' UNION ALL SELECT 'Source') d
    WHERE m.to_stage IS NOT NULL
) steps
GROUP BY organisation, dimension, group_key, stage, next_stage, next_status;
