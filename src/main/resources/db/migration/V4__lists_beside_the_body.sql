-- A post's lists (stack, tools, checklist, notes, entities, image sources) move from one row per entry to one JSON
-- array per list beside the body. A row per entry cost an import four index entries each (the table's own, its key,
-- the foreign key's and the value index): about sixty per post of the eighty it wrote, and most of the import's time
-- in H2 (docs/performance.md). The arrays are written and read whole with the post; an absent list stays told apart
-- from an empty one by post.present_lists, as before.
ALTER TABLE post_body ADD COLUMN stack CHARACTER VARYING(100000000);
ALTER TABLE post_body ADD COLUMN tools CHARACTER VARYING(100000000);
ALTER TABLE post_body ADD COLUMN checklist CHARACTER VARYING(100000000);
ALTER TABLE post_body ADD COLUMN notes CHARACTER VARYING(100000000);
ALTER TABLE post_body ADD COLUMN entities CHARACTER VARYING(100000000);
ALTER TABLE post_body ADD COLUMN image_sources CHARACTER VARYING(100000000);

UPDATE post_body b SET
    stack = (SELECT CAST(JSON_ARRAYAGG(i.item ORDER BY i.position) AS VARCHAR) FROM post_item i
             WHERE i.post_id = b.post_id AND i.list = 'stack'),
    tools = (SELECT CAST(JSON_ARRAYAGG(i.item ORDER BY i.position) AS VARCHAR) FROM post_item i
             WHERE i.post_id = b.post_id AND i.list = 'tools'),
    checklist = (SELECT CAST(JSON_ARRAYAGG(i.item ORDER BY i.position) AS VARCHAR) FROM post_item i
                 WHERE i.post_id = b.post_id AND i.list = 'checklist'),
    notes = (SELECT CAST(JSON_ARRAYAGG(i.item ORDER BY i.position) AS VARCHAR) FROM post_item i
             WHERE i.post_id = b.post_id AND i.list = 'notes'),
    entities = (SELECT CAST(JSON_ARRAYAGG(JSON_OBJECT('name': e.name, 'type': e.type NULL ON NULL) ORDER BY e.position)
                AS VARCHAR) FROM post_entity e WHERE e.post_id = b.post_id),
    image_sources = (SELECT CAST(JSON_ARRAYAGG(JSON_OBJECT('source': s.source, 'url': s.url, 'caption': s.caption NULL ON NULL)
                     ORDER BY s.position) AS VARCHAR) FROM post_image_source s WHERE s.post_id = b.post_id);

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
