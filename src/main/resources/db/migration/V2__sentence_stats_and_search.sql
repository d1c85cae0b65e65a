-- The library's common sentences for the boilerplate check (checks.CommonSentences), counted in the
-- background after imports and kept here, so that opening the library does not read every body again.
CREATE TABLE sentence_stat (
    sentence_key VARCHAR(8000) PRIMARY KEY,
    posts        INT NOT NULL
);

-- One row: how many posts the library had when the sentences were counted.
CREATE TABLE sentence_stat_info (
    id           INT PRIMARY KEY,
    library_size INT NOT NULL,
    counted_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The meta form suggests code languages, most used first: counted from this index, since counting them from the
-- post rows read every row (3 to 10 s at 100,000 posts).
CREATE INDEX post_code_language ON post (code_language);

-- A number that moves whenever a post row changes (a save, an import, the trash, triage): the window's search
-- index (store.search.SearchIndex, a Lucene index in the library folder) catches up with every post whose number
-- is past the last one it indexed, in the order of this index.
CREATE SEQUENCE post_change CACHE 1000;
ALTER TABLE post ADD COLUMN change_seq BIGINT DEFAULT NEXT VALUE FOR post_change ON UPDATE NEXT VALUE FOR post_change;
CREATE INDEX post_change_seq ON post (change_seq);
