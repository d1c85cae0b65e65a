-- What the user typed into a meta field whose text the meta box cannot hold (a score of 600): kept with the post, so
-- that the form shows it again with its problem after switching posts or restarting, while the post's own column
-- keeps the field's last valid value. One row per field; written with the post's save, in the same transaction.
CREATE TABLE post_field_draft (
    post_id  BIGINT NOT NULL,
    field    VARCHAR(200) NOT NULL,
    raw_text CHARACTER VARYING(100000000) NOT NULL,
    position INT NOT NULL,
    PRIMARY KEY (post_id, field),
    FOREIGN KEY (post_id) REFERENCES post (id) ON DELETE CASCADE
);
