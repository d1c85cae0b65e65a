package org.reviewdesk.store;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;

/** The library's dictionary and the words each post ignores; words are kept lower-cased. */
public final class SpellingRepository {
    private final Jdbi jdbi;

    SpellingRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Adds words to the library's dictionary; returns those that were not in it yet. */
    public List<String> addWords(Collection<String> words) {
        return jdbi.inTransaction(h -> {
            List<String> added = new java.util.ArrayList<>();
            for (String word : lower(words)) {
                boolean known = h.createQuery("SELECT COUNT(*) FROM library_word WHERE word = ?").bind(0, word)
                        .mapTo(Integer.class).one() > 0;
                if (known) continue;
                h.execute("INSERT INTO library_word (word, added_at) VALUES (?, ?)", word, OffsetDateTime.now());
                added.add(word);
            }
            if (!added.isEmpty()) Library.touch(h);
            return added;
        });
    }

    /** Removes words from the library's dictionary; returns those that were in it. */
    public List<String> removeWords(Collection<String> words) {
        return jdbi.inTransaction(h -> {
            List<String> removed = new java.util.ArrayList<>();
            for (String word : lower(words)) {
                if (h.execute("DELETE FROM library_word WHERE word = ?", word) > 0) removed.add(word);
            }
            if (!removed.isEmpty()) Library.touch(h);
            return removed;
        });
    }

    /** The library's dictionary in alphabetical order. */
    public List<String> words() {
        return jdbi.withHandle(h -> h.createQuery("SELECT word FROM library_word ORDER BY word").mapTo(String.class).list());
    }

    /** Makes a post ignore a word, or heed it again. */
    public void setIgnored(long postId, String word, boolean ignored) {
        String w = word.strip().toLowerCase(Locale.ROOT);
        jdbi.useTransaction(h -> {
            if (ignored) h.execute(Dialect.of(h).upsert("post_ignored_word", "post_id, word", "post_id, word", "?, ?"), postId, w);
            else h.execute("DELETE FROM post_ignored_word WHERE post_id = ? AND word = ?", postId, w);
            Library.touch(h);
        });
    }

    /** The words a post ignores, in alphabetical order. */
    public List<String> ignored(long postId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT word FROM post_ignored_word WHERE post_id = ? ORDER BY word")
                .bind(0, postId).mapTo(String.class).list());
    }

    /** Every post's ignored words, by the post's reference: what a check of many posts is given. */
    public Map<String, Set<String>> ignoredByReference() {
        Map<String, Set<String>> out = new HashMap<>();
        jdbi.useHandle(h -> h.createQuery("SELECT p.reference, w.word FROM post_ignored_word w JOIN post p ON p.id = w.post_id")
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
                .forEach(e -> out.computeIfAbsent(e.getKey(), k -> new HashSet<>()).add(e.getValue())));
        return out;
    }

    /** The posts holding a stored spelling finding of one of {@code words} (as its message quotes it, case aside). */
    public List<Long> postsWithMisspelling(Collection<String> words) {
        Set<Long> out = new java.util.LinkedHashSet<>();
        jdbi.useHandle(h -> {
            for (String word : lower(words)) {
                out.addAll(h.createQuery("SELECT DISTINCT f.post_id FROM finding f JOIN finding_message m ON m.id = f.message_id "
                        + "WHERE f.check_id = 'spelling' AND LOWER(m.message) LIKE ? ESCAPE '\\'").bind(0, "\"" + escapeLike(word) + "\"%")
                        .mapTo(Long.class).list());
            }
        });
        return List.copyOf(out);
    }

    private static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static Set<String> lower(Collection<String> words) {
        Set<String> out = new java.util.LinkedHashSet<>();
        for (String w : words) {
            String t = w.strip().toLowerCase(Locale.ROOT);
            if (!t.isEmpty()) out.add(t);
        }
        return out;
    }
}
