package org.reviewdesk.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reviewdesk.formats.alphanode.AlphanodeTextWriter;

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
    void theSamplesAreTheCheckedInOnes() throws Exception {
        List<String> expected;
        try (var in = SampleLibraryTest.class.getResourceAsStream("sample-library.tsv")) {
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.startsWith("#") && !l.isBlank()).toList();
        }
        AlphanodeTextWriter writer = new AlphanodeTextWriter();
        List<String> actual = new ArrayList<>();
        for (SynthesizedPost s : SampleLibrary.samples()) {
            actual.add(s.post().reference() + "\t" + s.inconsistencies() + "\t" + sha256(writer.write(s.post())) + "\t"
                    + s.post().title());
        }

        assertThat(actual).as("sample-library.tsv; now:%n%s", String.join("\n", actual)).isEqualTo(expected);
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
