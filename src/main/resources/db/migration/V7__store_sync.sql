-- Run after each acknowledged write, inside the process that holds the database file (StoreSync explains why).
CREATE ALIAS IF NOT EXISTS RD_SYNC_STORE FOR 'org.reviewdesk.store.StoreSync.syncStore';
