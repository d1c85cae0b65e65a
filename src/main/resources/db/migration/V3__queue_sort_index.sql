-- The queue in another order than priority (a click on a column header) took a pass over every matching row, whole
-- (summary and brief included): over a second at 100,000 posts, and the one-column indexes below did not serve it,
-- since the order ends in NULLS LAST and the reference. One index holds every column those pages filter and sort
-- by, so a page's ids are read from it alone (store.QueueRepository), 0.1 s at 100,000 posts, and an import
-- writes one index entry for them instead of ten.
CREATE INDEX post_sort_cover ON post (in_trash, needs_review, freshness_key, title_key, status, version_key, freshness,
    quality, last_reviewed, view_count, findings_total, assignee, difficulty, reference);

DROP INDEX post_quality;
DROP INDEX post_depth;
DROP INDEX post_clarity;
DROP INDEX post_status;
DROP INDEX post_version;
DROP INDEX post_last_reviewed;
DROP INDEX post_view_count;
DROP INDEX post_difficulty;
DROP INDEX post_assignee;
DROP INDEX post_findings;
