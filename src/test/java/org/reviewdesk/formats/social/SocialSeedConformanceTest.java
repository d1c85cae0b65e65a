package org.reviewdesk.formats.social;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reviewdesk.formats.ReaderOptions;
import org.reviewdesk.formats.SourceText;
import org.reviewdesk.formats.alphanode.AlphanodeTextReader;
import org.reviewdesk.formats.alphanode.AlphanodeTextWriter;
import org.reviewdesk.formats.markdown.MarkdownFrontMatterReader;
import org.reviewdesk.formats.markdown.MarkdownFrontMatterWriter;
import org.reviewdesk.formats.json.JsonPostReader;
import org.reviewdesk.formats.json.JsonPostWriter;
import org.reviewdesk.model.Post;
import org.reviewdesk.testing.SharedData;

/** The social feed scrape of ../shared/seeds. */
class SocialSeedConformanceTest {
    private static List<Post> read(boolean split) throws Exception {
        String name = "social-feed-scrape.txt";
        String text = SourceText.decode(Files.readAllBytes(SharedData.seed(name)), name);
        return new SocialFeedReader(new ReaderOptions(split)).read(text, name);
    }

    @Test
    void theMainPostIsAFlaggedDraftWithItsTitleBoldAndTags() throws Exception {
        List<Post> posts = read(false);

        assertThat(posts).hasSize(1);
        Post main = posts.get(0);
        assertThat(main.title()).isEqualTo("Preventing Production Failures with Rehearsed Upgrades");
        assertThat(main.meta().flags().needsReview()).isTrue();
        assertThat(main.meta().revision().status().value()).isEqualTo("drafted");
        assertThat(main.body()).contains("**Treat Patching as Code**:", "**Capture Baselines**:", "#DevOps")
                .doesNotContain("\uD835"); // no mathematical letter is left (they all start with this surrogate)
        assertThat(main.meta().extra().get(SocialFeedReader.TAGS)).isEqualTo(List.of("ProductionReliability", "Python",
                "SQLServer", "SRE", "SoftwareEngineering", "DevOps"));
    }

    @Test
    void splittingGivesEveryRelatedPostWithoutNavigation() throws Exception {
        List<Post> posts = read(true);

        assertThat(posts).hasSize(11);
        for (Post p : posts) {
            assertThat(p.body()).doesNotContain("To view or add a comment", "sign in", "Explore", "More Relevant Posts")
                    .doesNotContain("\uD835");
            assertThat(p.body().lines()).noneMatch(l -> l.equals("-") || l.startsWith("- Career"));
            assertThat(p.title()).isNotBlank();
            assertThat(p.title().codePointCount(0, p.title().length())).isLessThanOrEqualTo(80);
            assertThat(p.meta().flags().needsReview()).isTrue();
        }
        assertThat(posts.get(1).title()).isEqualTo("Heavy Docker images are the silent killers of CI/CD performance");
        assertThat(posts.get(1).body()).startsWith("**Heavy Docker images** are the silent **killers**")
                .contains("**Multi-stage builds**. **Why Multi-stage Builds Matter**");
        assertThat(posts.stream().map(Post::reference).distinct()).hasSize(11);
    }

    @Test
    void theImportedDraftsSurviveEveryWritableFormat() throws Exception {
        List<Post> posts = read(true);
        assertThat(new JsonPostReader().read(new JsonPostWriter().writeAll(posts), "all.json")).isEqualTo(posts);
        for (Post p : posts) {
            assertThat(new MarkdownFrontMatterReader().read(new MarkdownFrontMatterWriter().write(p), "p.md"))
                    .containsExactly(p);
            assertThat(new AlphanodeTextReader().read(new AlphanodeTextWriter().write(p), "p.txt"))
                    .as(p.title()).containsExactly(p);
        }
    }
}
