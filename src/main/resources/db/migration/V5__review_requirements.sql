-- What "reviewed" requires beyond a post's own meta and findings (DESIGN.md, "Reviewing").

-- The library's review checklist: what a reviewer confirms on every post ("Links opened", "Code run") before it
-- may be marked reviewed, in the order shown.
CREATE TABLE review_checklist_item (
    item     VARCHAR(400) PRIMARY KEY,
    position INT NOT NULL
);

-- The items a reviewer ticked on a post, by whom and when. Each tick and untick also leaves a revision of the post,
-- so that its history says who confirmed what.
CREATE TABLE review_tick (
    post_id   BIGINT NOT NULL,
    item      VARCHAR(400) NOT NULL,
    ticked_by VARCHAR(400) NOT NULL,
    ticked_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (post_id, item),
    FOREIGN KEY (post_id) REFERENCES post (id) ON DELETE CASCADE
);

-- The library's word on whether an open finding of a check keeps a post from being marked reviewed. A check
-- without a row here follows its default (its own severity; hidden-content is an error).
CREATE TABLE review_error_check (
    check_id VARCHAR(200) PRIMARY KEY,
    is_error BOOLEAN NOT NULL
);
