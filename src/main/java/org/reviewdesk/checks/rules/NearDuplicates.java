package org.reviewdesk.checks.rules;

import java.util.ArrayList;
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
 * {@value #MIN_WORDS} words are left out: short ones share most of their words by chance. An inverted index from word
 * to sentences keeps it near linear: only sentences that share a word are compared.
 */
final class NearDuplicates {
    interface Sink {
        void pair(Sentence later, Sentence earlier, double similarity);
    }

    static final int MIN_WORDS = 6;

    private NearDuplicates() {
    }

    /** Reports each later sentence at most once, against the most similar earlier one. */
    static void find(List<Sentence> sentences, double threshold, Sink sink) {
        Map<String, List<Integer>> sentencesByShingle = new HashMap<>();
        List<Set<String>> shingles = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            Set<String> mine = shingles(sentences.get(i).key());
            if (sentences.get(i).wordCount() < MIN_WORDS) mine = Set.of();
            shingles.add(mine);
            Map<Integer, Integer> shared = new HashMap<>();
            for (String sh : mine) {
                List<Integer> holders = sentencesByShingle.computeIfAbsent(sh, k -> new ArrayList<>(2));
                for (int j : holders) shared.merge(j, 1, Integer::sum);
                holders.add(i);
            }
            int best = -1;
            double bestSimilarity = 0;
            for (Map.Entry<Integer, Integer> e : shared.entrySet()) {
                int both = e.getValue();
                double similarity = (double) both / (mine.size() + shingles.get(e.getKey()).size() - both);
                if (similarity > bestSimilarity || similarity == bestSimilarity && e.getKey() < best) {
                    best = e.getKey();
                    bestSimilarity = similarity;
                }
            }
            if (best >= 0 && bestSimilarity >= threshold) sink.pair(sentences.get(i), sentences.get(best), bestSimilarity);
        }
    }

    static Set<String> shingles(String key) {
        return new HashSet<>(java.util.Arrays.asList(key.split(" ")));
    }
}
