package org.reviewdesk.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SampleLibraryTest {

    @Test
    void aFirstStartOffersTwelvePostsCleanAndFlawed() {
        List<SynthesizedPost> samples = SampleLibrary.samples();

        assertThat(samples).hasSize(12);
        assertThat(samples).filteredOn(SynthesizedPost::consistent).hasSize(8);
        List<SynthesizedPost> flawed = samples.stream().filter(p -> !p.consistent()).toList();
        Set<Inconsistency> kinds = new HashSet<>();
        flawed.forEach(p -> kinds.addAll(p.inconsistencies()));
        assertThat(kinds).hasSize(4);
        assertThat(samples.stream().map(p -> p.post().reference()).distinct()).hasSize(12);
    }

    @Test
    void theCleanSamplesShowCodeImagesAndAFlaggedPost() {
        List<SynthesizedPost> clean = SampleLibrary.samples().stream().filter(SynthesizedPost::consistent).toList();
        assertThat(clean).anyMatch(p -> p.post().body().contains("```"));
        assertThat(clean).anyMatch(p -> p.post().body().contains("!["));
        assertThat(clean).anyMatch(p -> p.post().meta().flags().needsReview());
    }

    @Test
    void theSamplesAreTheSameOnEveryStart() {
        assertThat(SampleLibrary.posts()).isEqualTo(SampleLibrary.posts());
    }
}
