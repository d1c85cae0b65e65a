package org.reviewdesk.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jdbi.v3.core.Jdbi;
import org.reviewdesk.model.library.TriageResult;

/**
 * A bulk action over the posts a window showed, in one transaction: their rows are locked first, those whose row
 * version is no longer the one shown (a trash or an untrash changes it too), or that are gone, are left out and named, and the action runs
 * on the others. The action's own transaction joins this one (Jdbi nests a thread's transactions on one handle).
 */
final class ShownRows {
    private final Jdbi jdbi;

    ShownRows(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    <T> TriageResult<T> unchanged(Map<Long, Long> shown, Function<List<Long>, T> action) {
        if (shown.isEmpty()) return new TriageResult<>(null, List.of());
        return jdbi.inTransaction(h -> {
            Map<Long, Object[]> now = new HashMap<>();
            h.createQuery("SELECT id, row_version, title FROM post WHERE id IN (<ids>) FOR UPDATE")
                    .bindList("ids", new ArrayList<>(shown.keySet()))
                    .map((rs, ctx) -> new Object[] {rs.getLong(1), rs.getLong(2), rs.getString(3)})
                    .forEach(row -> now.put((Long) row[0], row));
            List<Long> same = new ArrayList<>();
            List<String> changed = new ArrayList<>();
            shown.forEach((id, version) -> {
                Object[] row = now.get(id);
                if (row == null) changed.add("a post no longer in the library (#" + id + ")");
                else if (!version.equals(row[1])) changed.add((String) row[2]);
                else same.add(id);
            });
            return new TriageResult<>(same.isEmpty() ? null : action.apply(same), changed);
        });
    }
}
