package org.reviewdesk.synth;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.reviewdesk.model.Post;

/**
 * The twelve posts the window offers on a first start: eight consistent ones (among them at least one with
 * code, one with images and one flagged for review) and four that each show a different defect, so that a
 * new user sees both a clean queue and what the checks find. Picked by rule from a fixed seed, so the
 * choice survives changes to the sentence pools.
 */
public final class SampleLibrary {
    public static final long SEED = 20_240_611L;
    public static final int SIZE = 12;
    private static final int CONSISTENT = 8;
    private static final int SCAN_LIMIT = 2_000;

    private SampleLibrary() {
    }

    public static List<Post> posts() {
        return samples().stream().map(SynthesizedPost::post).toList();
    }

    /** The samples with their known defects, for tests and for a "what is wrong here" hint. */
    public static List<SynthesizedPost> samples() {
        PostSynthesizer synthesizer = new PostSynthesizer(SEED);
        List<SynthesizedPost> clean = new ArrayList<>();
        List<SynthesizedPost> defective = new ArrayList<>();
        Set<Inconsistency> shown = EnumSet.noneOf(Inconsistency.class);
        Set<String> traits = new HashSet<>();
        for (int i = 0; i < SCAN_LIMIT && (clean.size() < CONSISTENT || defective.size() < SIZE - CONSISTENT); i++) {
            SynthesizedPost candidate = synthesizer.synthesize(i);
            if (candidate.consistent()) {
                if (clean.size() < CONSISTENT && addsVariety(candidate, traits, CONSISTENT - clean.size())) {
                    clean.add(candidate);
                }
            } else if (defective.size() < SIZE - CONSISTENT && candidate.inconsistencies().size() == 1
                    && shown.addAll(candidate.inconsistencies())) {
                defective.add(candidate);
            }
        }
        if (clean.size() + defective.size() != SIZE) {
            throw new IllegalStateException("the sample seed gave only " + (clean.size() + defective.size()) + " samples");
        }
        List<SynthesizedPost> all = new ArrayList<>(clean);
        all.addAll(defective);
        return List.copyOf(all);
    }

    /** Keeps the last free places for the traits (code, images, flagged) not yet shown. */
    private static boolean addsVariety(SynthesizedPost candidate, Set<String> traits, int placesLeft) {
        Set<String> own = new HashSet<>();
        Post post = candidate.post();
        if (post.body().contains("```")) own.add("code");
        if (Boolean.TRUE.equals(post.meta().flagsOrEmpty().hasImages())) own.add("images");
        if (post.meta().flagsOrEmpty().needsReview()) own.add("flagged");
        Set<String> missing = new HashSet<>(Set.of("code", "images", "flagged"));
        missing.removeAll(traits);
        Set<String> newOnes = new HashSet<>(own);
        newOnes.retainAll(missing);
        if (placesLeft > missing.size() || !newOnes.isEmpty()) {
            traits.addAll(own);
            return true;
        }
        return false;
    }
}
