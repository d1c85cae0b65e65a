package org.reviewdesk.formats.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reviewdesk.formats.PostFormatException;
import org.reviewdesk.model.Flags;
import org.reviewdesk.model.Meta;
import org.reviewdesk.model.Post;
import org.reviewdesk.model.ReviewStatus;
import org.reviewdesk.model.Revision;
import org.reviewdesk.model.Score;
import org.reviewdesk.model.SemVer;

class MarkdownFrontMatterTest {
    private final MarkdownFrontMatterReader reader = new MarkdownFrontMatterReader();
    private final MarkdownFrontMatterWriter writer = new MarkdownFrontMatterWriter();

    private static Post post(ReviewStatus status, LocalDate reviewed) {
        return new Post("Caching: a slow report", "intro\n\n## why\n\n```php\n$x = 1;\n```\n", Meta.builder()
                .summary("how a report got fast")
                .stack(List.of("php", "mysql")).tools(List.of("redis", "php"))
                .readingTime(6).score(new Score(90, 12, null, 100))
                .revision(new Revision(status, SemVer.parse("1.10.0"), reviewed))
                .reference("own-7").flags(new Flags(true, null, null, false))
                .notes(List.of("true", "null", "1.10", "- dash", "# hash", "key: value", "  leading", "multi\nline"))
                .putExtra("2024", "yes").putExtra("links", List.of("no", "~"))
                .build());
    }

    @Test
    void hugoKeysComeFromTheMetaAndTheWholeMetaTravelsUnderReviewDesk() {
        String md = writer.write(post(ReviewStatus.DRAFTED, LocalDate.of(2022, 1, 6)));

        assertThat(md).startsWith("---\ntitle: \"Caching: a slow report\"\ndate: 2022-01-06\nlastmod: 2022-01-06\n"
                + "draft: true\ntags:\n  - php\n  - mysql\n  - redis\ndescription: how a report got fast\nreview_desk:\n");
        assertThat(md).contains("\n---\n\nintro\n\n## why\n\n```php\n$x = 1;\n```\n\n").endsWith("```\n\n");
        assertThat(md).contains("  reference: own-7\n", "    last_reviewed: 2022-01-06\n", "  reading_time: 6\n");
    }

    @Test
    void onlyReviewedOrPublishedPostsAreNotDrafts() {
        assertThat(writer.write(post(ReviewStatus.REVIEWED, null))).contains("\ndraft: false\n");
        assertThat(writer.write(post(ReviewStatus.PUBLISHED, null))).contains("\ndraft: false\n");
        assertThat(writer.write(post(ReviewStatus.IN_REVIEW, null))).contains("\ndraft: true\n");
    }

    @Test
    void noDateIsInventedWhenTheMetaHasNone() {
        assertThat(writer.write(post(ReviewStatus.DRAFTED, null))).doesNotContain("\ndate:", "\nlastmod:", "last_reviewed");
    }

    @Test
    void theRoundTripIsExactEvenForTextThatLooksLikeYaml() throws Exception {
        for (Post p : List.of(post(ReviewStatus.DRAFTED, LocalDate.of(2022, 1, 6)), post(ReviewStatus.of("odd"), null),
                new Post("Empty", "", Meta.builder().reference("e").build()),
                new Post("Blank start", "\n\nbody\n", Meta.builder().reference("b").build()))) {
            assertThat(reader.read(writer.write(p), "p.md")).containsExactly(p);
        }
    }

    @Test
    void aPostWithAnEmptyOrBlankTitleReadsBackFromItsOwnExport() throws Exception {
        // A WordPress post may have no title; the library keeps it, so its Markdown export must import again.
        for (String title : List.of("", "  ")) {
            Post untitled = new Post(title, "This post has no title.", Meta.builder().reference("wp-42").build());
            assertThat(reader.read(writer.write(untitled), "p.md")).containsExactly(untitled);
        }
        assertThat(reader.read("---\ntitle:\ndraft: true\n---\nbody", "site.md").get(0).title())
                .as("a site file's key with no value").isEmpty();
    }

    @Test
    void anExportedFilesDateEditedAloneIsTheNewLastReview() throws Exception {
        Post exported = post(ReviewStatus.DRAFTED, LocalDate.of(2022, 1, 6));
        String md = writer.write(exported).replace("date: 2022-01-06\n", "date: 2023-05-05\n");
        assertThat(reader.read(md, "p.md").get(0).meta().revision().lastReviewed()).isEqualTo(LocalDate.of(2023, 5, 5));
        String both = writer.write(exported).replace("date: 2022-01-06\n", "date: 2023-05-05\n")
                .replace("lastmod: 2022-01-06\n", "lastmod: 2024-04-04\n");
        assertThat(reader.read(both, "p.md").get(0).meta().revision().lastReviewed()).as("lastmod first")
                .isEqualTo(LocalDate.of(2024, 4, 4));
        assertThat(reader.read(writer.write(exported), "p.md").get(0)).isEqualTo(exported);
    }

    @Test
    void aSiteKeyEditedInAnExportedFileWinsOverTheMetaItWasDerivedFrom() throws Exception {
        Post exported = post(ReviewStatus.DRAFTED, LocalDate.of(2022, 1, 6));
        String md = writer.write(exported)
                .replace("description: how a report got fast\n", "description: a faster report\n")
                .replace("draft: true\n", "draft: false\n")
                .replace("lastmod: 2022-01-06\n", "lastmod: 2024-04-04\n")
                // The site's tags come before review_desk, whose lists are indented further.
                .replaceFirst("\n  - redis\n", "\n  - redis\n  - varnish\n")
                .replaceFirst("\n  - mysql\n", "\n");
        Meta m = reader.read(md, "p.md").get(0).meta();
        assertThat(m.summary()).isEqualTo("a faster report");
        assertThat(m.revision()).isEqualTo(new Revision(ReviewStatus.PUBLISHED, SemVer.parse("1.10.0"), LocalDate.of(2024, 4, 4)));
        assertThat(m.stack()).containsExactly("php", "varnish");
        assertThat(m.tools()).containsExactly("redis", "php");
        assertThat(m.notes()).isEqualTo(exported.meta().notes());

        Post untouched = reader.read(writer.write(exported), "p.md").get(0);
        assertThat(untouched).isEqualTo(exported);
        String withoutSiteKeys = writer.write(exported).replaceAll("(?m)^(description|tags|draft|lastmod|date):.*\n(  - .*\n)*", "");
        assertThat(reader.read(withoutSiteKeys, "p.md").get(0)).as("a key taken out says nothing").isEqualTo(exported);
    }

    @Test
    void aPlainHugoPostMapsItsOwnKeys() throws Exception {
        String hugo = """
                ---
                title: Deploying on Fridays
                date: 2023-05-01T10:00:00Z
                draft: false
                tags: [ops, deploys]
                description: why we stopped
                slug: fridays
                weight: 3
                ---

                We stopped.
                """;
        Post post = reader.read(hugo, "fridays.md").get(0);

        assertThat(post.title()).isEqualTo("Deploying on Fridays");
        assertThat(post.body()).isEqualTo("We stopped.");
        Meta m = post.meta();
        assertThat(m.summary()).isEqualTo("why we stopped");
        assertThat(m.stack()).containsExactly("ops", "deploys");
        assertThat(m.revision()).isEqualTo(new Revision(ReviewStatus.PUBLISHED, null, LocalDate.of(2023, 5, 1)));
        assertThat(m.extra()).containsOnly(Map.entry("slug", "fridays"), Map.entry("weight", "3"));
        assertThat(m.reference()).matches("md-gen-[0-9a-f]{12}");
    }

    @Test
    void aJekyllPostWithTagsAsWordsAndNoDraftKey() throws Exception {
        Post post = reader.read("---\ntitle: Notes\ntags: java jdbc\n---\nbody", "notes.md").get(0);
        assertThat(post.meta().stack()).containsExactly("java", "jdbc");
        assertThat(post.meta().revision()).isNull();
        assertThat(post.body()).isEqualTo("body");
    }

    @Test
    void jekyllsDateWithATimeIsReadAndADateBesideLastmodIsKept() throws Exception {
        Post jekyll = reader.read("---\nlayout: post\ntitle: Jekyll\ndate:   2022-07-04 09:00:00 -0500\n---\n\nBody.\n", "j.md").get(0);
        assertThat(jekyll.meta().revision().lastReviewed()).isEqualTo(LocalDate.of(2022, 7, 4));

        Post hugo = reader.read("---\ntitle: Hugo\ndate: 2020-01-01\nlastmod: 2023-03-03\n---\n\nBody.\n", "h.md").get(0);
        assertThat(hugo.meta().revision().lastReviewed()).isEqualTo(LocalDate.of(2023, 3, 3));
        assertThat(hugo.meta().extra()).containsEntry("date", "2020-01-01");
    }

    @Test
    void aKeyGivenTwiceIsRefusedAtItsLine() {
        assertRejected("---\ntitle: First\ntitle: Second\n---\nbody", 3, "Duplicate field 'title'");
        assertRejected("---\ntitle: T\nreview_desk:\n  reference: r\n  score:\n    quality: 10\n  score:\n    depth: 20\n---\n",
                7, "Duplicate field 'score'");
    }

    @Test
    void badInputIsRejectedWithTheLineInTheFile() {
        assertRejected("---\ntitle: T\nbody without a closing line\n", 1, "never closed");
        assertRejected("---\ntitle: T\ndate: 2021-13-40\n---\nbody", 3, "date: expected a date as YYYY-MM-DD");
        assertRejected("---\ndescription: no title\n---\nbody", 2, "expected a 'title'");
        assertRejected("---\ntags: [a]\ntitle: [a, list]\n---\nbody", 3, "expected the title as text");
        assertRejected("---\ntitle: T\nreview_desk:\n  reference: r\n  score:\n    clarity: 101\n---\n", 6,
                "score.clarity: expected a whole number from 0 to 100");
        assertRejected("---\ntitle: T\nreview_desk:\n  revision:\n    version: \"1.2\"\n---\n", 5,
                "revision.version: expected a semantic version");
        assertRejected("---\ntitle: [unclosed\n---\n", 2,
                "not valid YAML front matter: while parsing a flow sequence; expected ',' or ']', but got <stream end>");
    }

    @Test
    void aYamlAliasIsRefusedAtItsLineRatherThanReadAsTheAnchorsName() throws Exception {
        String merge = "---\ntitle: Alias post\ndefaults: &defaults\n  owner: ops\nservice:\n  <<: *defaults\nother: *defaults\n---\nBody.\n";
        assertRejected(merge, 6, "a YAML alias (*defaults) is not read: expected the value written out here");
        assertRejected("---\ntitle: T\nn: &n 5\nreview_desk:\n  notes: [a, *n]\n---\n", 5, "a YAML alias (*n)");
        assertRejected("---\ntitle: T\nk: &k key\n*k : v\n---\n", 4, "a YAML alias (*k)");

        Post anchoredOnly = reader.read("---\ntitle: T\nslug: &s fridays\ndescription: \"*not* an alias\"\n---\nb", "a.md").get(0);
        assertThat(anchoredOnly.meta().extra()).containsEntry("slug", "fridays");
        assertThat(anchoredOnly.meta().summary()).isEqualTo("*not* an alias");
    }

    @Test
    void plainMarkdownBecomesADraftTitledByItsFirstHeading() throws Exception {
        Post post = reader.read("# Release notes\n\nwhat changed and why.\n", "notes.md").get(0);
        assertThat(post.title()).isEqualTo("Release notes");
        assertThat(post.body()).isEqualTo("what changed and why.");
        assertThat(post.meta().flags().needsReview()).isTrue();
        assertThat(reader.read("no heading here\n", "dir/loose-note.md").get(0).title()).isEqualTo("loose-note");
    }

    private void assertRejected(String md, int line, String reason) {
        assertThatThrownBy(() -> reader.read(md, "post.md")).isInstanceOfSatisfying(PostFormatException.class, e -> {
            assertThat(e.file()).isEqualTo("post.md");
            assertThat(e.reason()).contains(reason);
            assertThat(e.line()).as(e.getMessage()).isEqualTo(line);
        });
    }
}
