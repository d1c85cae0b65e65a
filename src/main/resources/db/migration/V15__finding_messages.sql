-- A finding's message is kept once per library (docs/decisions/0017): the checks say the same words about many posts
-- (22 different messages in 14,793 boilerplate findings of 2,000 synthesized posts), and writing each out in every
-- finding row made the findings a fifth of a compacted library. A message's id is the first 8 bytes of the SHA-256
-- of its UTF-8 text, read as a signed big-endian number; two messages with the same digest (never seen) take the next
-- free id, so the store looks a message up from its digest onwards and compares the text. A message no finding uses
-- any more is removed when the library is compacted, by the last program to close it.
CREATE TABLE finding_message (
    id      BIGINT        NOT NULL PRIMARY KEY,
    message VARCHAR(8000) NOT NULL
);
INSERT INTO finding_message (id, message)
    SELECT CAST(SUBSTRING(HASH('SHA-256', message), 1, 8) AS BIGINT), message FROM (SELECT DISTINCT message FROM finding);
ALTER TABLE finding ADD COLUMN message_id BIGINT;
UPDATE finding SET message_id = CAST(SUBSTRING(HASH('SHA-256', message), 1, 8) AS BIGINT);
ALTER TABLE finding ALTER COLUMN message_id SET NOT NULL;
ALTER TABLE finding DROP COLUMN message;
