-- The library: posts with the fields the queue filters and sorts on as indexed columns, lists as child
-- tables, full snapshots as revisions. See DESIGN.md, "Architecture", store.
-- Texts are CHARACTER VARYING, not CLOB: H2 keeps a CLOB in a separate LOB store, which made every
-- imported post several times slower; a VARCHAR of this size holds any post a file may carry.

CREATE TABLE library_change (
    id    INT PRIMARY KEY,
    stamp BIGINT NOT NULL
);
INSERT INTO library_change (id, stamp) VALUES (1, 0);

CREATE TABLE post (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    reference            VARCHAR(400)  NOT NULL,
    title                VARCHAR(4000) NOT NULL,
    title_key            VARCHAR(4000) NOT NULL,
    topic                VARCHAR(4000),
    summary              CHARACTER VARYING(100000000),
    ai_brief             CHARACTER VARYING(100000000),
    outline_context      VARCHAR(4000),
    outline_problem      VARCHAR(4000),
    outline_stack        VARCHAR(4000),
    outline_action       VARCHAR(4000),
    code_language        VARCHAR(200),
    difficulty           VARCHAR(200),
    reading_time         INT,
    view_count           BIGINT,
    quality              INT,
    freshness            INT,
    depth                INT,
    clarity              INT,
    status               VARCHAR(200),
    version              VARCHAR(200),
    version_key          VARCHAR(400),
    last_reviewed        DATE,
    hash                 VARCHAR(400),
    flag_ai_style        BOOLEAN,
    flag_has_images      BOOLEAN,
    flag_image_heavy     BOOLEAN,
    flag_needs_review    BOOLEAN,
    needs_review         BOOLEAN NOT NULL,
    payload_source_id    VARCHAR(4000),
    payload_generator    VARCHAR(4000),
    payload_paragraphs   INT,
    payload_scenario     VARCHAR(4000),
    payload_seed         BIGINT,
    present_groups       INT NOT NULL,
    present_lists        INT NOT NULL,
    assignee             VARCHAR(400),
    findings_error       INT NOT NULL DEFAULT 0,
    findings_warning     INT NOT NULL DEFAULT 0,
    findings_info        INT NOT NULL DEFAULT 0,
    findings_total       INT NOT NULL DEFAULT 0,
    row_version          BIGINT NOT NULL,
    edited_since_import  BOOLEAN NOT NULL DEFAULT FALSE,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    deleted_at           TIMESTAMP WITH TIME ZONE,
    CONSTRAINT post_reference_unique UNIQUE (reference)
);

-- The queue's default order (needs review first, then lowest freshness, then most views) and its filters.
CREATE INDEX post_priority ON post (needs_review DESC, freshness, view_count DESC);
CREATE INDEX post_freshness ON post (freshness);
CREATE INDEX post_quality ON post (quality);
CREATE INDEX post_depth ON post (depth);
CREATE INDEX post_clarity ON post (clarity);
CREATE INDEX post_status ON post (status);
CREATE INDEX post_version ON post (version_key);
CREATE INDEX post_last_reviewed ON post (last_reviewed);
CREATE INDEX post_view_count ON post (view_count);
CREATE INDEX post_difficulty ON post (difficulty);
CREATE INDEX post_assignee ON post (assignee);
CREATE INDEX post_findings ON post (findings_total);
CREATE INDEX post_title ON post (title_key);
CREATE INDEX post_deleted ON post (deleted_at);

-- The body lives apart from the post row, so that the queue and the list scan small rows.
CREATE TABLE post_body (
    post_id BIGINT PRIMARY KEY,
    body    CHARACTER VARYING(100000000) NOT NULL,
    FOREIGN KEY (post_id) REFERENCES post (id) ON DELETE CASCADE
);

-- stack, tools, checklist and notes: one row per entry, in order.
CREATE TABLE post_item (
    post_id  BIGINT NOT NULL,
    list     VARCHAR(16) NOT NULL,
    position INT NOT NULL,
    item     VARCHAR(4000) NOT NULL,
    PRIMARY KEY (post_id, list, position),
    FOREIGN KEY (post_id) REFERENCES post (id) ON DELETE CASCADE
);
CREATE INDEX post_item_value ON post_item (list, item);

CREATE TABLE post_entity (
    post_id  BIGINT NOT NULL,
    position INT NOT NULL,
    name     VARCHAR(4000),
    type     VARCHAR(4000),
    PRIMARY KEY (post_id, position),
    FOREIGN KEY (post_id) REFERENCES post (id) ON DELETE CASCADE
);

CREATE TABLE post_image_source (
    post_id  BIGINT NOT NULL,
    position INT NOT NULL,
    source   VARCHAR(4000),
    url      VARCHAR(8000),
    caption  VARCHAR(8000),
    PRIMARY KEY (post_id, position),
    FOREIGN KEY (post_id) REFERENCES post (id) ON DELETE CASCADE
);

-- Meta keys that are not in the known list, kept in source order; a list value is one row per item.
CREATE TABLE post_extra (
    post_id  BIGINT NOT NULL,
    position INT NOT NULL,
    meta_key VARCHAR(4000) NOT NULL,
    is_list  BOOLEAN NOT NULL,
    item     INT NOT NULL,
    val      CHARACTER VARYING(100000000) NOT NULL,
    PRIMARY KEY (post_id, position, item),
    FOREIGN KEY (post_id) REFERENCES post (id) ON DELETE CASCADE
);

CREATE TABLE revision (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    post_id    BIGINT NOT NULL,
    version    VARCHAR(200),
    kind       VARCHAR(32) NOT NULL,
    note       VARCHAR(4000) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    snapshot   CHARACTER VARYING(100000000) NOT NULL,
    FOREIGN KEY (post_id) REFERENCES post (id) ON DELETE CASCADE
);
CREATE INDEX revision_post ON revision (post_id, id);

CREATE TABLE saved_view (
    name   VARCHAR(400) PRIMARY KEY,
    filter CHARACTER VARYING(100000000) NOT NULL
);

CREATE TABLE finding (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    post_id   BIGINT NOT NULL,
    check_id  VARCHAR(200) NOT NULL,
    severity  VARCHAR(16) NOT NULL,
    message   VARCHAR(8000) NOT NULL,
    line      INT NOT NULL,
    start_pos INT NOT NULL,
    end_pos   INT NOT NULL,
    field     VARCHAR(400),
    FOREIGN KEY (post_id) REFERENCES post (id) ON DELETE CASCADE
);
CREATE INDEX finding_post ON finding (post_id);

-- A dismissal outlives a re-run of the checks: it is keyed by check id and line (or field), not by row.
CREATE TABLE finding_dismissal (
    post_id  BIGINT NOT NULL,
    check_id VARCHAR(200) NOT NULL,
    anchor   VARCHAR(400) NOT NULL,
    reason   VARCHAR(4000) NOT NULL,
    PRIMARY KEY (post_id, check_id, anchor),
    FOREIGN KEY (post_id) REFERENCES post (id) ON DELETE CASCADE
);

CREATE TABLE check_setting (
    check_id VARCHAR(200) PRIMARY KEY,
    enabled  BOOLEAN NOT NULL
);
