-- New ids are handed out from blocks of 1,000 instead of H2's 32. Each time a block runs out H2 records the sequence
-- with a commit of its own, and that commit writes every changed page to the file, the import's open transaction
-- included: every 32nd post of an import, and about every other post of a checked one (findings). Measured on 20,000
-- posts: about a fifth of the importing thread went to those writes. A process killed mid-block leaves a gap in the
-- ids, which nothing reads. (PostgreSQL keeps sequences apart from the data; its team libraries do not need this.)
ALTER TABLE post ALTER COLUMN id SET CACHE 1000;
ALTER TABLE revision ALTER COLUMN id SET CACHE 1000;
ALTER TABLE finding ALTER COLUMN id SET CACHE 1000;
ALTER TABLE post_comment ALTER COLUMN id SET CACHE 1000;
