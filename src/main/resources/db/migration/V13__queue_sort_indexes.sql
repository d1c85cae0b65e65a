-- Every order of the queue reads its first page, and each page after it, from an index in that order instead of
-- sorting the posts that match (store.QueueSortSql): one narrow index per column a header sorts by, the column and
-- then the reference that breaks its ties, behind in_trash, which every queue query fixes to FALSE. A header click
-- read the page's ids from post_sort_cover (V3, V10), every matching entry and a sort of them: 44 ms p50 at
-- 100,000 posts. Read in order, a page stops after its 200th match. A descending order reads the same index
-- backwards; posts without a value are read last, as a range of their own (docs/performance.md).
DROP INDEX post_sort_cover;

-- The title order of the library list breaks ties by reference too, so that one index serves both lists; the
-- stale count's range gains the reference for the freshness order.
DROP INDEX post_title;
CREATE INDEX post_title ON post (in_trash, title_key, reference);
DROP INDEX post_stale;
CREATE INDEX post_stale ON post (in_trash, freshness_key, reference);
DROP INDEX post_reading_ease;
CREATE INDEX post_reading_ease ON post (in_trash, reading_ease, reference);

CREATE INDEX post_sort_status ON post (in_trash, status, reference);
CREATE INDEX post_sort_version ON post (in_trash, version_key, reference);
CREATE INDEX post_sort_quality ON post (in_trash, quality, reference);
CREATE INDEX post_sort_last_reviewed ON post (in_trash, last_reviewed, reference);
CREATE INDEX post_sort_view_count ON post (in_trash, view_count, reference);
CREATE INDEX post_sort_findings ON post (in_trash, findings_total, reference);
CREATE INDEX post_sort_assignee ON post (in_trash, assignee, reference);
CREATE INDEX post_sort_open_comments ON post (in_trash, open_comments, reference);
