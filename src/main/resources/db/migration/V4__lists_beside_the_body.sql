-- A post's lists (stack, tools, checklist, notes, entities, image sources) move from one row per entry to one JSON
-- array per list beside the body. A row per entry cost an import four index entries each (the table's own, its key,
-- the foreign key's and the value index): about sixty per post of the eighty it wrote, and most of the import's time
-- in H2 (docs/performance.md). The arrays are written and read whole with the post; an absent list stays told apart
-- from an empty one by post.present_lists, as before.
-- The arrays are gathered by one pass over each child table, in its key order, and the bodies copied once into a
-- new table with them: an UPDATE of every body row held each old row version until the end (8 GB of file and 4 GB
-- of memory for 100,000 posts).
CREATE TABLE v4_lists (
    post_id   BIGINT PRIMARY KEY,
    stack     CHARACTER VARYING(100000000),
    tools     CHARACTER VARYING(100000000),
    checklist CHARACTER VARYING(100000000),
    notes     CHARACTER VARYING(100000000)
);
INSERT INTO v4_lists (post_id, stack, tools, checklist, notes)
    SELECT post_id,
        CAST(JSON_ARRAYAGG(item ORDER BY position) FILTER (WHERE list = 'stack') AS VARCHAR),
        CAST(JSON_ARRAYAGG(item ORDER BY position) FILTER (WHERE list = 'tools') AS VARCHAR),
        CAST(JSON_ARRAYAGG(item ORDER BY position) FILTER (WHERE list = 'checklist') AS VARCHAR),
        CAST(JSON_ARRAYAGG(item ORDER BY position) FILTER (WHERE list = 'notes') AS VARCHAR)
    FROM post_item GROUP BY post_id;

CREATE TABLE v4_entities (
    post_id  BIGINT PRIMARY KEY,
    entities CHARACTER VARYING(100000000)
);
INSERT INTO v4_entities (post_id, entities)
    SELECT post_id, CAST(JSON_ARRAYAGG(JSON_OBJECT('name': name, 'type': type NULL ON NULL) ORDER BY position) AS VARCHAR)
    FROM post_entity GROUP BY post_id;

CREATE TABLE v4_images (
    post_id       BIGINT PRIMARY KEY,
    image_sources CHARACTER VARYING(100000000)
);
INSERT INTO v4_images (post_id, image_sources)
    SELECT post_id, CAST(JSON_ARRAYAGG(JSON_OBJECT('source': source, 'url': url, 'caption': caption NULL ON NULL)
        ORDER BY position) AS VARCHAR)
    FROM post_image_source GROUP BY post_id;

CREATE TABLE post_body_v4 (
    post_id       BIGINT PRIMARY KEY,
    body          CHARACTER VARYING(100000000) NOT NULL,
    stack         CHARACTER VARYING(100000000),
    tools         CHARACTER VARYING(100000000),
    checklist     CHARACTER VARYING(100000000),
    notes         CHARACTER VARYING(100000000),
    entities      CHARACTER VARYING(100000000),
    image_sources CHARACTER VARYING(100000000)
);
INSERT INTO post_body_v4 (post_id, body, stack, tools, checklist, notes, entities, image_sources)
    SELECT b.post_id, b.body, l.stack, l.tools, l.checklist, l.notes, e.entities, i.image_sources
    FROM post_body b
    LEFT JOIN v4_lists l ON l.post_id = b.post_id
    LEFT JOIN v4_entities e ON e.post_id = b.post_id
    LEFT JOIN v4_images i ON i.post_id = b.post_id
    ORDER BY b.post_id;
DROP TABLE post_body;
DROP TABLE v4_lists;
DROP TABLE v4_entities;
DROP TABLE v4_images;
ALTER TABLE post_body_v4 RENAME TO post_body;
ALTER TABLE post_body ADD FOREIGN KEY (post_id) REFERENCES post (id) ON DELETE CASCADE;

-- The queue's stack-or-tool filter and the meta form's suggestions still look entries up by value: they read this
-- table, one row per stack and tools entry. Its key is the post's id times 4096 plus the entry's place (tools from
-- 2048), so that a post's entries are one range of the table's own key: no key or foreign key index of their own
-- (a post's entries are deleted with it by store.PostRows), and two index entries per row instead of four.
CREATE TABLE post_tag (
    id       BIGINT PRIMARY KEY,
    post_id  BIGINT NOT NULL,
    list     VARCHAR(16) NOT NULL,
    item     VARCHAR(4000) NOT NULL,
    item_key VARCHAR(4000) NOT NULL
);
INSERT INTO post_tag (id, post_id, list, item, item_key)
    SELECT post_id * 4096 + CASE WHEN list = 'tools' THEN 2048 ELSE 0 END + position, post_id, list, item, LOWER(item)
    FROM post_item WHERE list IN ('stack', 'tools') AND position < 2048;
CREATE INDEX post_tag_key ON post_tag (list, item_key, item);

DROP TABLE post_item;
DROP TABLE post_entity;
DROP TABLE post_image_source;
