package org.reviewdesk.store;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/**
 * The messages of findings, each kept once per library in {@code finding_message} (V15, docs/decisions/0017): a
 * finding row holds its message's id. An id is the message's digest ({@link #digest}); when that id holds another
 * text (two messages with one digest), the message goes to the next free id, so a message is looked up from its digest
 * onwards, comparing the text.
 */
final class FindingMessages {
    private static final int CHUNK = 500;

    private FindingMessages() {
    }

    /** The first 8 bytes of the SHA-256 of the message's UTF-8 text, big-endian: what V15 computes in SQL. */
    static long digest(String message) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(message.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(d).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /**
     * The id of each of {@code messages}, storing those the library does not hold yet. Each round reads what the
     * probed ids hold: the message itself is found, an empty id gets it (and is read again, as another writer may
     * have filled it meanwhile), another text moves the message to the next id.
     */
    static Map<String, Long> intern(Handle h, Collection<String> messages) {
        Map<String, Long> probe = new HashMap<>();
        for (String m : messages) probe.putIfAbsent(m, digest(m));
        Map<String, Long> ids = new HashMap<>();
        Set<String> pending = new LinkedHashSet<>(probe.keySet());
        Dialect dialect = Dialect.of(h);
        while (!pending.isEmpty()) {
            Map<Long, String> stored = read(h, pending.stream().map(probe::get).toList());
            List<String> missing = new ArrayList<>();
            for (var it = pending.iterator(); it.hasNext(); ) {
                String m = it.next();
                String there = stored.get(probe.get(m));
                if (there == null) {
                    missing.add(m);
                } else if (there.equals(m)) {
                    ids.put(m, probe.get(m));
                    it.remove();
                } else {
                    probe.put(m, probe.get(m) + 1);
                }
            }
            insert(h, dialect, missing, probe);
        }
        return ids;
    }

    private static Map<Long, String> read(Handle h, List<Long> ids) {
        Map<Long, String> out = new HashMap<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            h.createQuery("SELECT id, message FROM finding_message WHERE id IN (<ids>)").bindList("ids", chunk)
                    .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getString(2))).forEach(e -> out.put(e.getKey(), e.getValue()));
        }
        return out;
    }

    private static void insert(Handle h, Dialect dialect, List<String> missing, Map<String, Long> probe) {
        if (missing.isEmpty()) return;
        var batch = h.prepareBatch(dialect.insertIfAbsent("finding_message", "id", "message"));
        for (String m : missing) {
            long id = probe.get(m);
            batch.bind(0, id).bind(1, m);
            if (dialect == Dialect.H2) batch.bind(2, id);
            batch.add();
        }
        batch.execute();
    }

    /**
     * Removes the messages no finding uses any more. Only while no one else has the library open: a writer may be
     * about to store a finding with a message it found here a moment ago.
     *
     * @return how many were removed
     */
    static int dropUnused(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement()) {
            return st.executeUpdate("DELETE FROM finding_message WHERE id NOT IN (SELECT message_id FROM finding)");
        }
    }
}
