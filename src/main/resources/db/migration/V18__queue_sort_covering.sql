-- A queue order's first page reads its ids from the order's index alone, then those rows (store.QueuePager): each
-- index of a sorted column also holds what the queue's own filter tests ("needs review or freshness at most N"), so
-- the posts the filter passes over are never read. At 100,000 posts the freshness order, descending, read 1,364 rows
-- for a page of 200; cold, those reads were most of a header click (docs/performance.md). The library grows by about
-- 1 % (3.7 MB at 100,000 posts).
DROP INDEX post_title;
CREATE INDEX post_title ON post (in_trash, title_key, reference, needs_review, freshness_key);
DROP INDEX post_stale;
CREATE INDEX post_stale ON post (in_trash, freshness_key, reference, needs_review);
DROP INDEX post_reading_ease;
CREATE INDEX post_reading_ease ON post (in_trash, reading_ease, reference, needs_review, freshness_key);
DROP INDEX post_sort_status;
CREATE INDEX post_sort_status ON post (in_trash, status, reference, needs_review, freshness_key);
DROP INDEX post_sort_version;
CREATE INDEX post_sort_version ON post (in_trash, version_key, reference, needs_review, freshness_key);
DROP INDEX post_sort_quality;
CREATE INDEX post_sort_quality ON post (in_trash, quality, reference, needs_review, freshness_key);
DROP INDEX post_sort_last_reviewed;
CREATE INDEX post_sort_last_reviewed ON post (in_trash, last_reviewed, reference, needs_review, freshness_key);
DROP INDEX post_sort_view_count;
CREATE INDEX post_sort_view_count ON post (in_trash, view_count, reference, needs_review, freshness_key);
DROP INDEX post_sort_findings;
CREATE INDEX post_sort_findings ON post (in_trash, findings_total, reference, needs_review, freshness_key);
DROP INDEX post_sort_assignee;
CREATE INDEX post_sort_assignee ON post (in_trash, assignee, reference, needs_review, freshness_key);
DROP INDEX post_sort_open_comments;
CREATE INDEX post_sort_open_comments ON post (in_trash, open_comments, reference, needs_review, freshness_key);
