-- The spelling check's own words (docs/decisions/0012-spelling.md).

-- The library's dictionary: words the spelling check accepts in every post of the library, as the user added them.
CREATE TABLE library_word (
    word     VARCHAR(200) PRIMARY KEY,
    added_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Words one post ignores ("Ignore in this post"); they go with the post when it is deleted.
CREATE TABLE post_ignored_word (
    post_id BIGINT NOT NULL,
    word    VARCHAR(200) NOT NULL,
    PRIMARY KEY (post_id, word),
    FOREIGN KEY (post_id) REFERENCES post (id) ON DELETE CASCADE
);
