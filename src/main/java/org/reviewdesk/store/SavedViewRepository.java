package org.reviewdesk.store;

import org.reviewdesk.model.library.QueueFilter;
import org.reviewdesk.model.library.SavedView;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** Saved views of the queue. */
public final class SavedViewRepository {
    /** Views saved by a newer version may hold filters this one does not know: they are left out, not refused. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private final Jdbi jdbi;

    SavedViewRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Saves (or replaces) a view under its name. */
    public void save(String name, QueueFilter filter) {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("a saved view needs a name");
        String json = write(filter);
        jdbi.useTransaction(h -> {
            h.execute("MERGE INTO saved_view (name, filter) KEY (name) VALUES (?, ?)", name.strip(), json);
            Library.touch(h);
        });
    }

    public List<SavedView> list() {
        return jdbi.withHandle(h -> h.createQuery("SELECT name, filter FROM saved_view ORDER BY LOWER(name)")
                .map((rs, ctx) -> new SavedView(rs.getString(1), read(rs.getString(2)))).list());
    }

    public boolean delete(String name) {
        return jdbi.inTransaction(h -> {
            int n = h.execute("DELETE FROM saved_view WHERE name = ?", name);
            Library.touch(h);
            return n > 0;
        });
    }

    private static String write(QueueFilter filter) {
        try {
            return JSON.writeValueAsString(filter);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static QueueFilter read(String json) {
        try {
            return JSON.readValue(json, QueueFilter.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
