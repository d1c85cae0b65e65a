-- Who has which post open in a window, for the editor's note "Also open: …" (docs/team-library.md): a note, never
-- a lock. The same table as db/migration/V14__post_presence.sql, in PostgreSQL's words; see there for its rules.
CREATE TABLE post_presence(
client_id VARCHAR(64) COLLATE "C" NOT NULL,
post_id BIGINT NOT NULL,
user_name VARCHAR(400) COLLATE "C" NOT NULL,
host_name VARCHAR(255) COLLATE "C" NOT NULL,
opened_at TIMESTAMP WITH TIME ZONE NOT NULL,
heartbeat_at TIMESTAMP WITH TIME ZONE NOT NULL
);
ALTER TABLE post_presence ADD PRIMARY KEY(client_id);
ALTER TABLE post_presence ADD FOREIGN KEY(post_id) REFERENCES post(id) ON DELETE CASCADE;
CREATE INDEX post_presence_post ON post_presence(post_id, heartbeat_at);
