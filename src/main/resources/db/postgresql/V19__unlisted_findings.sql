-- How many more findings a stored finding stands for: the same change as db/migration/V19__unlisted_findings.sql, in
-- PostgreSQL's words; see there for why. (V17 and V18 of the embedded library have no counterpart here.)
CREATE TABLE finding_unlisted (
    finding_id BIGINT PRIMARY KEY REFERENCES finding (id) ON DELETE CASCADE,
    unlisted   INT NOT NULL
);
