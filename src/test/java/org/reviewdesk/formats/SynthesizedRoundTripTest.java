package org.reviewdesk.formats;

import org.reviewdesk.formats.registry.Formats;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reviewdesk.model.Post;
import org.reviewdesk.synth.PostSynthesizer;
import org.reviewdesk.synth.SynthProfile;

/**
 * Every format gives back what it was given, over thousands of synthesized posts in every stack (so code in
 * go, sql, yaml, ruby, bash … must be recognised in unfenced alphanode text).
 */
class SynthesizedRoundTripTest {

    @Test
    void consistentPostsSurviveAlphanodeText() throws Exception {
        assertRoundTrip(Format.ALPHANODE, new PostSynthesizer(42, SynthProfile.CONSISTENT), 2000);
    }

    @Test
    void everyPostSurvivesJsonMarkdownAndWxr() throws Exception {
        PostSynthesizer synth = new PostSynthesizer(7);
        assertRoundTrip(Format.JSON, synth, 1000);
        assertRoundTrip(Format.MARKDOWN, synth, 1000);
        assertRoundTrip(Format.WXR, synth, 300);
    }

    private static void assertRoundTrip(Format format, PostSynthesizer synth, int count) throws Exception {
        PostWriter writer = Formats.writer(format);
        PostReader reader = Formats.reader(format, ReaderOptions.DEFAULT);
        List<Integer> failed = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Post post = synth.post(i);
            Post back = reader.read(writer.write(post), "post-" + i).get(0);
            if (!back.equals(post)) failed.add(i);
        }
        assertThat(failed).as(format + ": posts that did not come back equal").isEmpty();
    }
}
