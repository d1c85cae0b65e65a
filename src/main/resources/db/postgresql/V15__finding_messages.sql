-- A finding's message is kept once per library: the same change as db/migration/V15__finding_messages.sql, in
-- PostgreSQL's words; see there for its rules. A team library keeps messages no finding uses any more (it is never
-- compacted by one program alone): a few kilobytes a day of messages that name a date or a count.
CREATE TABLE finding_message(
id BIGINT NOT NULL,
message VARCHAR(8000) COLLATE "C" NOT NULL
);
ALTER TABLE finding_message ADD PRIMARY KEY(id);
INSERT INTO finding_message(id, message)
    SELECT ('x' || substr(encode(sha256(convert_to(message, 'UTF8')), 'hex'), 1, 16))::bit(64)::bigint, message
    FROM (SELECT DISTINCT message FROM finding) AS m;
ALTER TABLE finding ADD COLUMN message_id BIGINT;
UPDATE finding SET message_id = ('x' || substr(encode(sha256(convert_to(message, 'UTF8')), 'hex'), 1, 16))::bit(64)::bigint;
ALTER TABLE finding ALTER COLUMN message_id SET NOT NULL;
ALTER TABLE finding DROP COLUMN message;
