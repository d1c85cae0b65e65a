package org.reviewdesk.checks.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reviewdesk.checks.BodyStructure.Sentence;

/**
 * Finds pairs of sentences whose word sets (1-shingles) have a Jaccard similarity at or above a threshold. Word sets
 * rather than 2-shingles: one changed word in a 14-word sentence costs two of its 13 bigrams (similarity 0.73) but
 * only one of its words (0.86), and generators vary a sentence by a word or two. Sentences under
 * {@value #MIN_WORDS} words are left out: short ones share most of their words by chance.
 *
 * <p>Comparing every pair is quadratic, and an index by word is too, since "the" is in every sentence. Prefix
 * filtering (Bayardo et al., "Scaling up all pairs similarity search", 2007) avoids both: with each set's words
 * ordered rarest first, two sets with Jaccard ≥ t must share one of the first |s| − ⌈t·|s|⌉ + 1 words of each, so
 * only those are indexed, and candidates are then verified exactly.
 *
 * <p>Text made of a few words over and over (a dump, not prose) leaves every word common, every earlier sentence a
 * candidate, and the search quadratic again: 600 s for 5 MB of random sentences over 15 words. So the search stops once
 * it has compared {@value #COMPARISONS} pairs, and says where ({@link #find} returns that sentence's index). The bench's
 * 10,000-word sample post (872 sentences) compares 169,050; a post of prose ten times as long would come near the limit.
 */
final class NearDuplicates {
    interface Sink {
        void pair(Sentence later, Sentence earlier, double similarity);
    }

    static final int MIN_WORDS = 6;
    /** The most pairs of sentences one search compares. */
    static final long COMPARISONS = 20_000_000L;

    private NearDuplicates() {
    }

    /**
     * Reports each later sentence at most once, against the most similar earlier one; returns -1, or the index of the
     * sentence the search stopped before, its {@link #COMPARISONS} spent.
     */
    static int find(List<Sentence> sentences, double threshold, Sink sink) {
        return find(sentences, threshold, COMPARISONS, sink);
    }

    static int find(List<Sentence> sentences, double threshold, long comparisons, Sink sink) {
        long left = comparisons;
        List<Set<String>> sets = new ArrayList<>(sentences.size());
        Map<String, Integer> frequency = new HashMap<>();
        for (Sentence s : sentences) {
            Set<String> words = s.wordCount() < MIN_WORDS ? Set.of() : words(s.key());
            sets.add(words);
            for (String w : words) frequency.merge(w, 1, Integer::sum);
        }
        Comparator<String> rarestFirst = Comparator.<String>comparingInt(frequency::get).thenComparing(w -> w);
        Map<String, List<Integer>> sentencesByPrefixWord = new HashMap<>();
        for (int i = 0; i < sentences.size(); i++) {
            Set<String> mine = sets.get(i);
            if (mine.isEmpty()) continue;
            String[] ordered = mine.toArray(String[]::new);
            Arrays.sort(ordered, rarestFirst);
            int prefix = ordered.length - (int) Math.ceil(threshold * ordered.length) + 1;
            left -= held(sentencesByPrefixWord, ordered, prefix);
            if (left < 0) return i;
            Set<Integer> candidates = new HashSet<>();
            for (int k = 0; k < prefix; k++) {
                List<Integer> holders = sentencesByPrefixWord.computeIfAbsent(ordered[k], w -> new ArrayList<>(2));
                candidates.addAll(holders);
                holders.add(i);
            }
            int best = -1;
            double bestSimilarity = 0;
            for (int j : candidates) {
                double similarity = jaccard(mine, sets.get(j));
                if (similarity > bestSimilarity || similarity == bestSimilarity && j < best) {
                    best = j;
                    bestSimilarity = similarity;
                }
            }
            if (best >= 0 && bestSimilarity >= threshold) sink.pair(sentences.get(i), sentences.get(best), bestSimilarity);
        }
        return -1;
    }

    /** How many earlier sentences the first {@code prefix} words index, counted once per word: the comparisons to come. */
    private static long held(Map<String, List<Integer>> byWord, String[] ordered, int prefix) {
        long n = 0;
        for (int k = 0; k < prefix; k++) {
            List<Integer> holders = byWord.get(ordered[k]);
            if (holders != null) n += holders.size();
        }
        return n;
    }

    static double jaccard(Set<String> a, Set<String> b) {
        int both = 0;
        for (String w : a) {
            if (b.contains(w)) both++;
        }
        return (double) both / (a.size() + b.size() - both);
    }

    static Set<String> words(String key) {
        return new HashSet<>(Arrays.asList(key.split(" ")));
    }
}
