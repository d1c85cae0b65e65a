package org.reviewdesk.synth;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.reviewdesk.model.Post;

/**
 * A synthesized post with what the synthesizer knows about it: its position and the defects it was given
 * on purpose. Benchmarks need only {@link #post()}; check tests compare findings with {@link #inconsistencies()}.
 */
public record SynthesizedPost(int index, Post post, Set<Inconsistency> inconsistencies) {
    public SynthesizedPost {
        // An EnumSet keeps the declaration order, so reports list defects the same way every run.
        inconsistencies = inconsistencies.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(inconsistencies));
    }

    public boolean consistent() {
        return inconsistencies.isEmpty();
    }
}
