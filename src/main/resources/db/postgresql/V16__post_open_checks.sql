-- The checks each post has open findings of: the same change as db/migration/V16__post_open_checks.sql, in
-- PostgreSQL's words; see there for why.
CREATE TABLE post_open_checks(
post_id BIGINT NOT NULL REFERENCES post(id) ON DELETE CASCADE,
check_ids VARCHAR(8000) NOT NULL
);
ALTER TABLE post_open_checks ADD PRIMARY KEY(post_id);
INSERT INTO post_open_checks(post_id, check_ids)
    SELECT f.post_id, string_agg(DISTINCT f.check_id, ',' ORDER BY f.check_id) FROM finding f
    WHERE NOT EXISTS (SELECT 1 FROM finding_dismissal d WHERE d.post_id = f.post_id AND d.check_id = f.check_id
        AND d.anchor = CASE WHEN f.field IS NOT NULL THEN 'field:' || f.field ELSE 'line:' || f.line END)
    GROUP BY f.post_id;
