package org.reviewdesk.store;

import org.reviewdesk.model.library.QueueFilter;
import org.reviewdesk.model.library.QueueSort;
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
        save(name, filter, QueueSort.PRIORITY);
    }

    /** Saves (or replaces) a view with the queue's order under its name. */
    public void save(String name, QueueFilter filter, QueueSort sort) {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("a saved view needs a name");
        String json = write(new Stored(filter, sort));
        jdbi.useTransaction(h -> {
            h.execute(Dialect.of(h).upsert("saved_view", "name", "name, filter", "?, ?"), name.strip(), json);
            Library.touch(h);
        });
    }

    public List<SavedView> list() {
        return jdbi.withHandle(h -> h.createQuery("SELECT name, filter FROM saved_view ORDER BY LOWER(name)")
                .map((rs, ctx) -> read(rs.getString(1), rs.getString(2))).list());
    }

    public boolean delete(String name) {
        return jdbi.inTransaction(h -> {
            int n = h.execute("DELETE FROM saved_view WHERE name = ?", name);
            Library.touch(h);
            return n > 0;
        });
    }

    /** What a row holds: the filter and the order. Views saved before the order was kept hold the filter alone. */
    private record Stored(QueueFilter filter, QueueSort sort) {
    }

    private static String write(Stored view) {
        try {
            return JSON.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SavedView read(String name, String json) {
        try {
            var tree = JSON.readTree(json);
            if (!tree.has("filter")) return new SavedView(name, JSON.treeToValue(tree, QueueFilter.class));
            Stored stored = JSON.treeToValue(tree, Stored.class);
            return new SavedView(name, stored.filter(), stored.sort());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
