-- The library's own settings (model.library.LibrarySetting names them, with their defaults and rules): the
-- spelling language, the readability threshold, the author name of comments. A setting at its default has no row.
CREATE TABLE library_setting (
    name          VARCHAR(200) PRIMARY KEY,
    setting_value VARCHAR(4000) NOT NULL
);
