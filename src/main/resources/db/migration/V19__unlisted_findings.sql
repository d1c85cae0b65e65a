-- A check lists at most 500 findings of one severity in a post (CheckEngine.LISTED); the first past them is stored
-- with how many more it stands for, and the post's counts add those in. A page that is not prose gave one check
-- 710,739 findings, which took 80 s and gigabytes to store in one transaction (docs/decisions/0026).
-- A table of its own rather than a column of finding: H2 copies a table to add a column, 6 s for the 198,000
-- findings of a 20,000-post library, and only a post that is not prose has a row here.
CREATE TABLE finding_unlisted (
    finding_id BIGINT PRIMARY KEY,
    unlisted   INT NOT NULL,
    FOREIGN KEY (finding_id) REFERENCES finding (id) ON DELETE CASCADE
);
