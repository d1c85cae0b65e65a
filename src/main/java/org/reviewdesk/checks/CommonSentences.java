package org.reviewdesk.checks;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The library's common sentences: those that at least {@link #MIN_SHARE} of its posts contain, with the exact
 * number of posts that do; rarer sentences count as 0. That is all the boilerplate check asks (a sentence in a
 * fifth of the library), and unlike a count of every sentence its memory does not grow with the library.
 *
 * <p>Counted in two passes over the bodies: the first finds candidates with the Misra–Gries frequent-items
 * algorithm in {@link #CANDIDATES} counters (every sentence in more than {@code pairs / (CANDIDATES + 1)} posts
 * survives it, where {@code pairs} is the number of distinct sentences summed over posts), the second counts
 * the candidates exactly.
 */
public final class CommonSentences implements LibraryStats {
    /** Sentences in fewer posts than this share of the library are not kept (the check asks for 0.2 by default). */
    public static final double MIN_SHARE = 0.05;
    /** Never fewer posts than the boilerplate check's smallest allowed minimum. */
    static final int MIN_POSTS = 2;
    /** Enough for posts of 1,000 distinct sentences on average at {@link #MIN_SHARE}; a few MB of keys. */
    static final int CANDIDATES = 20_000;

    private final Map<String, Integer> postsBySentence;
    private final int size;

    public CommonSentences(Map<String, Integer> postsBySentence, int size) {
        this.postsBySentence = Map.copyOf(postsBySentence);
        this.size = size;
    }

    /** The bodies of the library's posts, which the count walks twice. */
    @FunctionalInterface
    public interface Bodies {
        void forEach(Consumer<String> body);
    }

    /** Counts the common sentences of {@code bodies}. */
    public static CommonSentences count(Bodies bodies) {
        return count(bodies, CANDIDATES);
    }

    static CommonSentences count(Bodies bodies, int candidates) {
        Map<String, Integer> counters = new HashMap<>();
        int[] posts = {0};
        bodies.forEach(body -> {
            posts[0]++;
            for (String key : keys(body)) offer(counters, key, candidates);
        });
        int needed = threshold(posts[0]);
        Map<String, Integer> exact = new HashMap<>();
        for (String key : counters.keySet()) exact.put(key, 0);
        bodies.forEach(body -> {
            for (String key : keys(body)) exact.computeIfPresent(key, (k, n) -> n + 1);
        });
        exact.values().removeIf(n -> n < needed);
        return new CommonSentences(exact, posts[0]);
    }

    /** The fewest posts a sentence must be in to be kept, in a library of {@code size} posts. */
    static int threshold(int size) {
        return Math.max(MIN_POSTS, (int) Math.ceil(MIN_SHARE * size));
    }

    /** The distinct sentence keys of one body: a post counts once per sentence, however often it repeats it. */
    private static Set<String> keys(String body) {
        Set<String> keys = new HashSet<>();
        for (BodyStructure.Sentence s : BodyStructure.of(body).sentences()) keys.add(s.key());
        return keys;
    }

    /** One Misra–Gries step: count the key, or make room by taking one from every counter. */
    private static void offer(Map<String, Integer> counters, String key, int capacity) {
        Integer n = counters.get(key);
        if (n != null) {
            counters.put(key, n + 1);
        } else if (counters.size() < capacity) {
            counters.put(key, 1);
        } else {
            for (Iterator<Map.Entry<String, Integer>> it = counters.entrySet().iterator(); it.hasNext(); ) {
                Map.Entry<String, Integer> e = it.next();
                if (e.getValue() == 1) it.remove();
                else e.setValue(e.getValue() - 1);
            }
        }
    }

    /** The sentences kept, with the number of posts that contain each. */
    public Map<String, Integer> counts() {
        return postsBySentence;
    }

    @Override
    public int postsContaining(String sentenceKey) {
        return postsBySentence.getOrDefault(sentenceKey, 0);
    }

    @Override
    public int librarySize() {
        return size;
    }
}
