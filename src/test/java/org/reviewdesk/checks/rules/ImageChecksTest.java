package org.reviewdesk.checks.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reviewdesk.checks.Posts.md;
import static org.reviewdesk.checks.Posts.post;
import static org.reviewdesk.checks.Posts.run;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.reviewdesk.checks.Finding;
import org.reviewdesk.checks.Posts;
import org.reviewdesk.model.Flags;
import org.reviewdesk.model.ImageSource;
import org.reviewdesk.model.Post;

class ImageChecksTest {
    private static final String TWO_IMAGES = md("Intro.", "", "![Staging dashboard](https://cdn.example.org/a.png)", "",
            "Text.", "", "![Rollback plan](https://images.unsplash.com/photo-1?w=1200)");
    private static final ImageSource DASHBOARD = new ImageSource("own", "https://cdn.example.org/a.png", "Staging dashboard");
    private static final ImageSource ROLLBACK = new ImageSource("unsplash", "https://other.example/b.png", "rollback plan");

    @Nested
    class Sources {
        @Test
        void everyImageMatchedByUrlOrCaptionIsQuiet() {
            Post post = post(TWO_IMAGES, m -> m.imageSources(List.of(DASHBOARD, ROLLBACK)));
            assertThat(run(new ImageWithoutSourceCheck(), post)).isEmpty();
            assertThat(run(new SourceWithoutImageCheck(), post)).isEmpty();
        }

        @Test
        void anImageWithoutEntryAndAnEntryWithoutImageAreReported() {
            ImageSource orphan = new ImageSource("own", "https://cdn.example.org/gone.png", "Old architecture");
            Post post = post(TWO_IMAGES, m -> m.imageSources(List.of(orphan, DASHBOARD)));
            assertThat(run(new ImageWithoutSourceCheck(), post)).singleElement().satisfies(f -> {
                assertThat(f.line()).isEqualTo(7);
                assertThat(f.message()).contains("\"Rollback plan\"");
            });
            assertThat(run(new SourceWithoutImageCheck(), post)).singleElement().satisfies(f -> {
                assertThat(f.metaField()).isEqualTo("image_sources[0]");
                assertThat(f.message()).contains("Old architecture");
            });
        }

        @Test
        void imagesWithNoImageSourcesAtAllAreReported() {
            assertThat(run(new ImageWithoutSourceCheck(), post(TWO_IMAGES))).hasSize(2);
        }
    }

    @Nested
    class FlagsAgainstBody {
        private final ImageFlagsMismatchCheck check = new ImageFlagsMismatchCheck();

        private Post flagged(String body, Boolean has, Boolean heavy) {
            return post(body, m -> m.flags(new Flags(true, has, heavy, false)));
        }

        @Test
        void hasImagesMustMatchTheBodyAndTheFixSetsIt() {
            assertThat(run(check, flagged(TWO_IMAGES, true, false))).isEmpty();
            Post wrong = flagged(TWO_IMAGES, false, false);
            assertThat(run(check, wrong)).singleElement().satisfies(f -> {
                assertThat(f.metaField()).isEqualTo("flags.has_images");
                assertThat(f.message()).contains("2 images");
            });
            Post fixed = Posts.fixFirst(check, wrong);
            assertThat(fixed.meta().flags()).isEqualTo(new Flags(true, true, false, false));
            assertThat(run(check, fixed)).isEmpty();
            assertThat(run(check, flagged("No pictures.", true, null))).extracting(Finding::metaField)
                    .containsExactly("flags.has_images");
        }

        @Test
        void imageHeavyOnlyOnClearContradictions() {
            assertThat(run(check, flagged("![a](https://x.org/a.png)", true, true))).extracting(Finding::metaField)
                    .containsExactly("flags.image_heavy");
            String five = md("![1](u1)", "", "![2](u2)", "", "![3](u3)", "", "![4](u4)", "", "![5](u5)");
            assertThat(run(check, flagged(five, true, false))).extracting(Finding::metaField)
                    .containsExactly("flags.image_heavy");
            assertThat(run(check, flagged(md("![1](u1)", "", "![2](u2)", "", "![3](u3)"), true, false))).isEmpty();
            assertThat(run(check, flagged(TWO_IMAGES, null, null))).isEmpty();
        }
    }

    @Nested
    class PlaceholderHosts {
        private final PlaceholderImageHostCheck check = new PlaceholderImageHostCheck();

        @Test
        void firesOnAStockHostSubdomainOnceAndOnASourceOnlyUrl() {
            ImageSource unusedStock = new ImageSource("x", "https://via.placeholder.com/600", "Filler");
            Post post = post(TWO_IMAGES, m -> m.imageSources(List.of(DASHBOARD,
                    new ImageSource("unsplash", "https://images.unsplash.com/photo-1?w=1200", "Rollback plan"), unusedStock)));
            List<Finding> findings = run(check, post);
            assertThat(findings).extracting(Finding::line, Finding::metaField).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(7, null), org.assertj.core.groups.Tuple.tuple(0, "image_sources[2].url"));
            assertThat(findings.get(0).message()).contains("images.unsplash.com");
        }

        @Test
        void staysQuietOnOwnHostsAndLookalikes() {
            String body = md("![a](https://cdn.example.org/a.png)", "", "![b](https://notunsplash.com/b.png)",
                    "", "![c](relative/c.png)");
            assertThat(run(check, post(body))).isEmpty();
        }

        @Test
        void theHostListIsConfigurable() {
            assertThat(run(check, post(TWO_IMAGES), org.reviewdesk.checks.LibraryStats.EMPTY,
                    Posts.SETTINGS.withPlaceholderHosts(List.of("cdn.example.org")))).extracting(Finding::line)
                    .containsExactly(3);
        }
    }
}
