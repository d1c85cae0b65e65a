package org.reviewdesk.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.reviewdesk.model.Post;

class PostSynthesizerTest {

    @Test
    void theSameSeedGivesTheSamePosts() {
        assertThat(new PostSynthesizer(42).generate(50)).isEqualTo(new PostSynthesizer(42).generate(50));
    }

    @Test
    void anotherSeedGivesAnotherLibrary() {
        List<Post> a = new PostSynthesizer(1).generate(20);
        List<Post> b = new PostSynthesizer(2).generate(20);
        assertThat(a).doesNotContainAnyElementsOf(b);
    }

    @Test
    void aPostDoesNotDependOnWhatWasGeneratedBefore() {
        PostSynthesizer fresh = new PostSynthesizer(9);
        PostSynthesizer used = new PostSynthesizer(9);
        used.generate(300);
        for (int i = 299; i >= 0; i -= 37) used.post(i);

        assertThat(used.post(250)).isEqualTo(fresh.post(250));
        assertThat(used.next()).isEqualTo(fresh.post(300));
    }

    @Test
    void aParallelStreamGivesTheSamePostsAsASequentialOne() {
        PostSynthesizer synthesizer = new PostSynthesizer(5);
        List<SynthesizedPost> parallel = IntStream.range(0, 400).parallel().mapToObj(synthesizer::synthesize).toList();
        assertThat(parallel).isEqualTo(synthesizer.stream(400).toList());
    }

    @Test
    void nextAndGenerateWalkTheSameSequence() {
        PostSynthesizer synthesizer = new PostSynthesizer(3);
        Post first = synthesizer.next();
        List<Post> following = synthesizer.generate(3);

        assertThat(first).isEqualTo(synthesizer.post(0));
        assertThat(following).containsExactly(synthesizer.post(1), synthesizer.post(2), synthesizer.post(3));
        assertThat(first.reference()).startsWith("anp-ref-000001-");
    }

    @Test
    void indexesOutsideTheSixDigitNumberingAreRejected() {
        PostSynthesizer synthesizer = new PostSynthesizer(3);
        assertThatThrownBy(() -> synthesizer.post(-1)).hasMessageContaining("expected 0 to 999998");
        assertThatThrownBy(() -> synthesizer.post(PostSynthesizer.MAX_POSTS)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThat(synthesizer.post(PostSynthesizer.MAX_POSTS - 1).meta().payload().sourceId()).isEqualTo("alphanode-999999");
    }

    @Test
    void aBodyHasTheStructureOfTheAlphanodeSeeds() {
        for (Post post : new PostSynthesizer(11, SynthProfile.CONSISTENT).generate(200)) {
            BodyShape shape = BodyShape.of(post.body());
            assertThat(post.body()).doesNotStartWith("#").doesNotEndWith("\n");
            assertThat(post.title()).isNotBlank().doesNotContain("\n");
            assertThat(shape.headings()).hasSizeBetween(4, 6)
                    .endsWith("implementation checklist", "final notes");
            assertThat(shape.checklist()).hasSizeBetween(3, 6);
            assertThat(shape.otherLines()).isEmpty();
            for (String code : shape.codeBlocks()) {
                assertThat(code).startsWith("```" + post.meta().codeLanguage() + "\n").endsWith("\n```").contains("\n\n");
            }
        }
    }

    @Test
    void someBodiesHaveCodeAndSomeHaveImages() {
        List<BodyShape> shapes = new PostSynthesizer(12).generate(300).stream().map(p -> BodyShape.of(p.body())).toList();
        assertThat(shapes).filteredOn(s -> !s.codeBlocks().isEmpty()).hasSizeBetween(90, 150);
        assertThat(shapes).filteredOn(s -> !s.imageCaptions().isEmpty()).hasSizeBetween(75, 140);
        assertThat(shapes).filteredOn(s -> s.imageCaptions().size() >= 3).isNotEmpty();
    }

    @Test
    void aProfileOutsideZeroToOneIsRejected() {
        assertThatThrownBy(() -> new SynthProfile(1.5, 0.15, 0.3, 0.4))
                .hasMessage("inconsistentShare is 1.5 (expected a share from 0 to 1)");
    }
}
