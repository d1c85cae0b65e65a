-- The checks each post has open (not dismissed) findings of, one row per post with any, kept by the store whenever a
-- post's findings are written, dismissed or taken back (docs/decisions/0018). The queue's counts per check beside its
-- filter then read one short row per post it selects instead of every finding: at 100,000 posts with 1.7 million
-- findings, 0.3-0.6 s instead of 2.7-4 s. The ids are sorted and joined with commas ("repeated-sentence,spelling").
CREATE TABLE post_open_checks (
    post_id   BIGINT        NOT NULL PRIMARY KEY,
    check_ids VARCHAR(8000) NOT NULL
) AS SELECT f.post_id, LISTAGG(DISTINCT f.check_id, ',') WITHIN GROUP (ORDER BY f.check_id) FROM finding f
    WHERE NOT EXISTS (SELECT 1 FROM finding_dismissal d WHERE d.post_id = f.post_id AND d.check_id = f.check_id
        AND d.anchor = CASE WHEN f.field IS NOT NULL THEN 'field:' || f.field ELSE 'line:' || f.line END)
    GROUP BY f.post_id;
-- Every row comes from a finding, which has this key.
ALTER TABLE post_open_checks ADD FOREIGN KEY (post_id) REFERENCES post (id) ON DELETE CASCADE NOCHECK;
