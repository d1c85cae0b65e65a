-- Who has which post open in a window, for the editor's note "Also open: …" (docs/team-library.md): a note, never
-- a lock. One row per open window (client_id, random for each opening of the library), beaten every few seconds while
-- the window shows the post, removed when it leaves the post or closes. A row whose heartbeat is older than the
-- expiry belongs to a window that went away without a word (killed, asleep, cut off) and is removed by the next beat.
-- Not library content: no history, no copy between libraries, and its writes do not move the change stamp.
CREATE TABLE post_presence (
    client_id    VARCHAR(64)  NOT NULL PRIMARY KEY,
    post_id      BIGINT       NOT NULL,
    user_name    VARCHAR(400) NOT NULL,
    host_name    VARCHAR(255) NOT NULL,
    opened_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    heartbeat_at TIMESTAMP WITH TIME ZONE NOT NULL,
    FOREIGN KEY (post_id) REFERENCES post (id) ON DELETE CASCADE
);
CREATE INDEX post_presence_post ON post_presence (post_id, heartbeat_at);
