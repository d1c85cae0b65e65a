package org.reviewdesk.checks.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reviewdesk.checks.BodyStructure.Sentence;

/**
 * Finds pairs of sentences whose word 2-shingle sets have a Jaccard similarity at or above a threshold. An inverted
 * index from shingle to sentences keeps it near linear: only sentences that share a shingle are compared.
 */
final class NearDuplicates {
    interface Sink {
        void pair(Sentence later, Sentence earlier, double similarity);
    }

    private NearDuplicates() {
    }

    /** Reports each later sentence at most once, against the most similar earlier one. */
    static void find(List<Sentence> sentences, double threshold, Sink sink) {
        Map<String, List<Integer>> sentencesByShingle = new HashMap<>();
        List<Set<String>> shingles = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            Set<String> mine = shingles(sentences.get(i).key());
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
        String[] words = key.split(" ");
        Set<String> out = new HashSet<>();
        if (words.length == 1) {
            out.add(words[0]);
            return out;
        }
        for (int i = 0; i + 1 < words.length; i++) out.add(words[i] + ' ' + words[i + 1]);
        return out;
    }
}
