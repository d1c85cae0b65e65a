package org.reviewdesk.formats.social;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reviewdesk.formats.PostFormatException;
import org.reviewdesk.formats.ReaderOptions;
import org.reviewdesk.model.Flags;
import org.reviewdesk.model.Post;
import org.reviewdesk.model.ReviewStatus;
import org.reviewdesk.model.Revision;

class SocialFeedReaderTest {
    /** A feed page written for these tests, in the shape of a saved scrape. */
    private static final String FEED = """
            We lost a table last spring. 😬 𝐁𝐚𝐜𝐤 𝐮𝐩 𝐟𝐢𝐫𝐬𝐭: snapshots before every migration. Our pipeline went \
            from 𝟮.𝟱 𝗚𝗕 images to less, learned 𝑡ℎ𝑒 ℎ𝑎𝑟𝑑 𝑤𝑎𝑦. #Postgres #SRE #Postgres #100Days, our #1 rule since issue #42
            Backups Before Migrations
            More Relevant Posts
            -
            𝗠𝘂𝗹𝘁𝗶-𝘀𝘁𝗮𝗴𝗲 𝗯𝘂𝗶𝗹𝗱𝘀 keep images small. 𝗪𝗵𝘆 𝗶𝘁 𝗺𝗮𝘁𝘁𝗲𝗿𝘀 is simple: faster 𝗖𝗜/𝗖𝗗. #Docker,#DevOps
            To view or add a comment, sign in
            -
            -
            𝗗𝗮𝘆 𝟭𝟮/𝟯𝟬 — a very long opening sentence that goes on and on about queues, retries and timeouts until it passes eighty characters. Short next.
            To view or add a comment, sign in
            Explore related topics
            Explore content categories
            - Career
            - Technology""";

    private static List<Post> read(boolean splitRelated) throws PostFormatException {
        return new SocialFeedReader(new ReaderOptions(splitRelated)).read(FEED, "feed.txt");
    }

    @Test
    void theMainPostIsADraftForHumanReviewTitledByTheLineAfterIt() throws Exception {
        List<Post> posts = read(false);

        assertThat(posts).hasSize(1);
        Post main = posts.get(0);
        assertThat(main.title()).isEqualTo("Backups Before Migrations");
        assertThat(main.meta().revision()).isEqualTo(new Revision(ReviewStatus.DRAFTED, null, null));
        assertThat(main.meta().flags()).isEqualTo(new Flags(null, null, null, true));
        assertThat(main.meta().reference()).matches("social-gen-[0-9a-f]{12}").isEqualTo(read(false).get(0).reference());
    }

    @Test
    void pseudoBoldBecomesMarkdownBoldAndHashtagsStayInTheBody() throws Exception {
        Post main = read(false).get(0);

        assertThat(main.body()).isEqualTo("We lost a table last spring. 😬 **Back up first**: snapshots before every "
                + "migration. Our pipeline went from **2.5 GB** images to less, learned **the hard way**. "
                + "#Postgres #SRE #Postgres #100Days, our #1 rule since issue #42");
        // A tag may start with a digit (#100DaysOfCode is one of the commonest); a number alone is no tag.
        assertThat(main.meta().extra().get(SocialFeedReader.TAGS)).isEqualTo(List.of("Postgres", "SRE", "100Days"));
    }

    @Test
    void relatedPostsBecomeDraftsOfTheirOwnOnlyWhenAsked() throws Exception {
        List<Post> posts = read(true);

        assertThat(posts).hasSize(3);
        Post docker = posts.get(1);
        assertThat(docker.title()).isEqualTo("Multi-stage builds keep images small");
        assertThat(docker.body()).isEqualTo("**Multi-stage builds** keep images small. **Why it matters** is simple: "
                + "faster **CI/CD**. #Docker,#DevOps");
        assertThat(docker.meta().extra().get(SocialFeedReader.TAGS)).isEqualTo(List.of("Docker", "DevOps"));
        assertThat(docker.meta().flags().needsReview()).isTrue();

        Post longOne = posts.get(2);
        assertThat(longOne.title()).startsWith("Day 12/30 — a very long opening sentence").endsWith("…")
                .doesNotContain("Short next");
        assertThat(longOne.title().codePointCount(0, longOne.title().length())).isLessThanOrEqualTo(80);
        assertThat(longOne.title()).doesNotEndWith(" …");
        assertThat(longOne.meta().extra()).doesNotContainKey(SocialFeedReader.TAGS);
    }

    @Test
    void noNavigationOrSignInLineEndsUpInABody() throws Exception {
        for (Post p : read(true)) {
            assertThat(p.body()).doesNotContain("sign in", "Explore", "More Relevant Posts", "Career")
                    .doesNotStartWith("-");
        }
    }

    @Test
    void aPageWithoutTheTitleLineIsRejected() {
        assertThatThrownBy(() -> new SocialFeedReader(ReaderOptions.DEFAULT).read("More Relevant Posts\n-\n", "f.txt"))
                .isInstanceOf(PostFormatException.class)
                .hasMessageContaining("f.txt:1: expected the post, then its title on the line after it");
    }
}
