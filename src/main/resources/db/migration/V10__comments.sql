-- Editorial comments on a span of a post's body (docs/decisions/0013-comments-follow-the-text.md). A thread is a
-- comment without a parent, anchored to [anchor_start, anchor_end) of the body with the text it was on (quote);
-- its replies carry no anchor. When the anchored text is deleted the comment stays, text_removed, with its quote.
CREATE TABLE post_comment (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    post_id      BIGINT NOT NULL,
    parent_id    BIGINT,
    author       VARCHAR(400) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    edited_at    TIMESTAMP WITH TIME ZONE,
    comment_text CHARACTER VARYING(1000000) NOT NULL,
    resolved     BOOLEAN NOT NULL DEFAULT FALSE,
    anchor_start INT,
    anchor_end   INT,
    quote        CHARACTER VARYING(1000000),
    text_removed BOOLEAN NOT NULL DEFAULT FALSE,
    FOREIGN KEY (post_id) REFERENCES post (id) ON DELETE CASCADE,
    FOREIGN KEY (parent_id) REFERENCES post_comment (id) ON DELETE CASCADE
);
CREATE INDEX post_comment_post ON post_comment (post_id, id);

-- The comments as they were when a revision was taken: a copy of the post's rows, never changed afterwards.
CREATE TABLE revision_comment (
    revision_id  BIGINT NOT NULL,
    comment_id   BIGINT NOT NULL,
    parent_id    BIGINT,
    author       VARCHAR(400) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    edited_at    TIMESTAMP WITH TIME ZONE,
    comment_text CHARACTER VARYING(1000000) NOT NULL,
    resolved     BOOLEAN NOT NULL,
    anchor_start INT,
    anchor_end   INT,
    quote        CHARACTER VARYING(1000000),
    text_removed BOOLEAN NOT NULL,
    PRIMARY KEY (revision_id, comment_id),
    FOREIGN KEY (revision_id) REFERENCES revision (id) ON DELETE CASCADE
);

-- The open threads of each post, kept by every change of its comments so that the queue shows and filters them
-- without counting; it joins the queue's covering index for the sort by it (V3).
ALTER TABLE post ADD COLUMN open_comments INT NOT NULL DEFAULT 0;
DROP INDEX post_sort_cover;
CREATE INDEX post_sort_cover ON post (in_trash, needs_review, freshness_key, title_key, status, version_key, freshness,
    quality, last_reviewed, view_count, findings_total, assignee, difficulty, open_comments, reference);
