-- The post's natural language (meta field language: an ISO 639-1 code, optionally with a region, such as en-GB),
-- null where the source did not say.
ALTER TABLE post ADD COLUMN language VARCHAR(200);
