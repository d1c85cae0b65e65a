-- Readability of a post's prose (code, tables and lists of identifiers left out), written with its findings each
-- time the checks run on it (import, save, check --all): Flesch reading ease rounded to a whole number, and the
-- average sentence length in words. Null until the post is checked, or when it has no prose.
ALTER TABLE post ADD COLUMN reading_ease INTEGER;
ALTER TABLE post ADD COLUMN words_per_sentence DECIMAL(6, 1);
CREATE INDEX post_reading_ease ON post (in_trash, reading_ease);

-- A library's changes to the tell checks' word and phrase lists (the lists themselves ship with Review Desk):
-- an entry it added (is_on), or an entry, shipped or added, that it switched off (not is_on).
CREATE TABLE tell_entry (
    list VARCHAR(64) NOT NULL,
    phrase_key VARCHAR(400) NOT NULL,
    phrase VARCHAR(400) NOT NULL,
    replacement VARCHAR(400),
    is_on BOOLEAN NOT NULL,
    PRIMARY KEY (list, phrase_key)
);
