package org.reviewdesk.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reviewdesk.checks.CommonSentences;
import org.reviewdesk.checks.Finding;
import org.reviewdesk.checks.rules.BoilerplateSentenceCheck;
import org.reviewdesk.model.Post;
import org.reviewdesk.synth.PostSynthesizer;

/** The library's sentence counts: counted once, kept in the library, taken again by the next start. */
class CheckServiceStatsTest {
    @TempDir
    Path dir;
    private final PostSynthesizer synth = new PostSynthesizer(8);

    private static List<Post> posts(PostSynthesizer synth, int from, int to) {
        return IntStream.range(from, to).mapToObj(synth::post).toList();
    }

    private static long boilerplate(List<Finding> findings) {
        return findings.stream().filter(f -> f.checkId().equals(BoilerplateSentenceCheck.ID)).count();
    }

    @Test
    void countedSentencesOutliveTheSessionUntilTheLibraryGrowsMuch() throws Exception {
        Post sample = synth.post(3);
        long found;
        CommonSentences counted;
        try (Desk desk = org.reviewdesk.testing.TestLibraries.open(dir)) {
            assertThat(desk.checks().loadStats()).as("never counted").isFalse();
            desk.library().posts().importPosts(posts(synth, 0, 60), false);
            desk.checks().refreshStats();
            counted = (CommonSentences) desk.checks().stats();
            found = boilerplate(desk.checks().findings(sample));
        }
        assertThat(counted.librarySize()).isEqualTo(60);
        assertThat(counted.counts()).isNotEmpty();
        assertThat(found).as("the synthesizer's stock sentences are boilerplate in its own library").isPositive();

        try (Desk desk = org.reviewdesk.testing.TestLibraries.open(dir)) {
            assertThat(desk.checks().loadStats()).isTrue();
            CommonSentences loaded = (CommonSentences) desk.checks().stats();
            assertThat(loaded.counts()).isEqualTo(counted.counts());
            assertThat(loaded.librarySize()).isEqualTo(60);
            assertThat(boilerplate(desk.checks().findings(sample))).isEqualTo(found);

            desk.library().posts().importPosts(posts(synth, 60, 90), false);
            assertThat(desk.checks().loadStats()).as("the library grew by half").isFalse();
        }
    }
}
