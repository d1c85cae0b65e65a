package org.reviewdesk.store;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** The library's common sentences as last counted, with the library's size then (see V2__sentence_stats.sql). */
public final class SentenceStatRepository {
    /** Longer keys are not kept: no sentence of that length is a generator's stock phrase. */
    static final int MAX_KEY = 8000;

    private final Jdbi jdbi;

    SentenceStatRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** What was counted: the number of posts containing each common sentence, in a library of {@code librarySize}. */
    public record Counted(Map<String, Integer> postsBySentence, int librarySize) {
    }

    /** Replaces what was counted before, in one transaction. */
    public void save(Counted counted) {
        jdbi.useTransaction(h -> {
            h.execute("DELETE FROM sentence_stat");
            var batch = h.prepareBatch("INSERT INTO sentence_stat (sentence_key, posts) VALUES (?, ?)");
            for (Map.Entry<String, Integer> e : counted.postsBySentence().entrySet()) {
                if (e.getKey().length() <= MAX_KEY) batch.bind(0, e.getKey()).bind(1, e.getValue()).add();
            }
            if (batch.size() > 0) batch.execute();
            h.execute(Dialect.of(h).upsert("sentence_stat_info", "id", "id, library_size, counted_at", "1, ?, ?"),
                    counted.librarySize(), Sql.now());
        });
    }

    /** The last count, or empty when the sentences were never counted in this library. */
    public Optional<Counted> load() {
        return jdbi.withHandle(h -> {
            Optional<Integer> size = h.createQuery("SELECT library_size FROM sentence_stat_info WHERE id = 1")
                    .mapTo(Integer.class).findOne();
            if (size.isEmpty()) return Optional.empty();
            Map<String, Integer> counts = new HashMap<>();
            h.createQuery("SELECT sentence_key, posts FROM sentence_stat")
                    .map((rs, ctx) -> counts.put(rs.getString(1), rs.getInt(2))).forEach(x -> { });
            return Optional.of(new Counted(counts, size.get()));
        });
    }
}
