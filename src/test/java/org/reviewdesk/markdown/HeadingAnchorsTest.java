package org.reviewdesk.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Headings get GitHub-style anchors, unique within a post, and come back as an outline. */
class HeadingAnchorsTest {
    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @Test
    void repeatedHeadingsGetNumberedIds() {
        RenderedHtml html = renderer.render("# Setup\n\n## Setup\n\n### Setup\n", RenderOptions.DEFAULT);

        assertThat(Jsoup.parseBodyFragment(html.bodyHtml()).select("h1, h2, h3").eachAttr("id"))
                .containsExactly("setup", "setup-1", "setup-2");
    }

    @Test
    void slugsFollowGitHub() {
        assertThat(HeadingSlugs.slug("Why This Matters")).isEqualTo("why-this-matters");
        assertThat(HeadingSlugs.slug("What's new in 2.0?")).isEqualTo("whats-new-in-20");
        assertThat(HeadingSlugs.slug("C++ & Rust: a_b")).isEqualTo("c--rust-a_b");
        assertThat(HeadingSlugs.slug("Über Größe")).isEqualTo("über-größe");
        assertThat(HeadingSlugs.slug("日本語 テスト")).isEqualTo("日本語-テスト");
    }

    @Test
    void aHeadingWithoutLettersStillGetsAnId() {
        HeadingSlugs slugs = new HeadingSlugs(Set.of());

        assertThat(List.of(slugs.next("!!!"), slugs.next("???"))).containsExactly("section", "section-1");
    }

    @Test
    void aHeadingNamedLikeANumberedOneDoesNotCollide() {
        HeadingSlugs slugs = new HeadingSlugs(Set.of());

        assertThat(List.of(slugs.next("a-1"), slugs.next("a"), slugs.next("a")))
                .containsExactly("a-1", "a", "a-2");
    }

    @Test
    void theOutlineListsHeadingsWithLevelTextIdAndLine() {
        RenderedHtml html = renderer.render("# Intro to `jsoup`\n\ntext\n\n## Install *it*\n", RenderOptions.DEFAULT);

        assertThat(html.headings()).containsExactly(
                new Heading(1, "Intro to jsoup", "intro-to-jsoup", 1),
                new Heading(2, "Install it", "install-it", 5));
    }

    @Test
    void aFragmentLinkReachesItsHeading() {
        RenderedHtml html = renderer.render("[jump](#next-steps)\n\n## Next steps\n", RenderOptions.DEFAULT);
        var body = Jsoup.parseBodyFragment(html.bodyHtml()).body();

        String target = body.selectFirst("a").attr("href").substring(1);
        assertThat(body.getElementById(target)).isNotNull();
        assertThat(body.getElementById(target).tagName()).isEqualTo("h2");
    }
}
