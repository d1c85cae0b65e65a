package org.reviewdesk.formats.alphanode;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.reviewdesk.formats.SourceText;
import org.reviewdesk.model.AiOutline;
import org.reviewdesk.model.Difficulty;
import org.reviewdesk.model.Entity;
import org.reviewdesk.model.Flags;
import org.reviewdesk.model.ImageSource;
import org.reviewdesk.model.Meta;
import org.reviewdesk.model.Payload;
import org.reviewdesk.model.Post;
import org.reviewdesk.model.ReviewStatus;
import org.reviewdesk.model.Revision;
import org.reviewdesk.model.Score;
import org.reviewdesk.model.SemVer;
import org.reviewdesk.testing.SharedData;

/**
 * The two alphanode sample pages of ../shared/seeds: every meta field, the body's structure and the round
 * trip. Long prose values are compared with the seed's own line (found independently of the reader), so
 * no text of the seeds is copied into the project.
 */
class AlphanodeSeedConformanceTest {
    private static final String S989 = "alphanode-000989.txt";
    private static final String S25967 = "alphanode-025967.txt";
    private static final String CONTEXT = "for a content heavy programming website";
    private static final String ACTION = "measure first, change carefully, document the result";

    private static String seed(String name) throws Exception {
        return SourceText.decode(Files.readAllBytes(SharedData.seed(name)), name);
    }

    private static Post read(String name) throws Exception {
        return new AlphanodeTextReader().read(seed(name), name).get(0);
    }

    /** The rest of the seed's line that starts with {@code key}: the oracle for long glued values. */
    private static String glued(String text, String key) {
        return text.lines().filter(l -> l.startsWith(key)).findFirst().orElseThrow().substring(key.length());
    }

    /** The bullet items of a group in the seed, found by position. */
    private static List<String> items(String text, String group) {
        List<String> lines = text.lines().toList();
        int at = lines.indexOf(group);
        return lines.subList(at + 1, lines.size()).stream().takeWhile(l -> l.startsWith("  • "))
                .map(l -> l.substring(4)).toList();
    }

    @Test
    void everyMetaFieldOf000989() throws Exception {
        String text = seed(S989);
        Post post = read(S989);
        Meta m = post.meta();

        assertThat(post.title()).isEqualTo(text.lines().skip(2).findFirst().orElseThrow());
        assertThat(m.topic()).isEqualTo("building safer deployment steps / python services");
        assertThat(m.summary()).isEqualTo(glued(text, "summary")).startsWith("this ai-style technical summary");
        assertThat(m.aiOutline()).isEqualTo(new AiOutline(CONTEXT, "building safer deployment steps",
                "python services", ACTION));
        assertThat(m.aiBrief()).isEqualTo(glued(text, "ai brief")).startsWith("the article is written like");
        assertThat(m.stack()).containsExactly("python services", "backend", "python");
        assertThat(m.tools()).containsExactly("fastapi", "pytest", "uvicorn", "ruff", "git", "logs");
        assertThat(m.codeLanguage()).isEqualTo("python");
        assertThat(m.difficulty()).isEqualTo(Difficulty.BEGINNER);
        assertThat(m.readingTime()).isEqualTo(9);
        assertThat(m.viewCount()).isEqualTo(629898L);
        assertThat(m.score()).isEqualTo(new Score(95, 78, 73, 97));
        assertThat(m.revision()).isEqualTo(new Revision(ReviewStatus.DRAFTED, SemVer.of(1, 7, 3), LocalDate.of(2022, 1, 6)));
        assertThat(m.reference()).isEqualTo("anp-ref-000989-2184");
        assertThat(m.hash()).isEqualTo("8998bd32aa8a8fc7e342286f");
        assertThat(m.flags()).isEqualTo(new Flags(true, false, false, false));
        assertThat(m.checklist()).containsExactly("run linting", "run unit tests", "run one integration check",
                "verify staging config", "tag the release");
        assertThat(m.entities()).containsExactly(new Entity("python services", "stack"), new Entity("backend", "area"),
                new Entity("building safer deployment steps", "problem"));
        assertThat(m.imageSources()).isNull();
        assertThat(m.payload()).isEqualTo(new Payload("alphanode-000989", "anp content synthesizer", 8, CONTEXT, 989L));
        assertThat(m.notes()).hasSize(3).isEqualTo(items(text, "notes"));
        assertThat(m.extra()).isEmpty();
    }

    @Test
    void everyMetaFieldOf025967() throws Exception {
        String text = seed(S25967);
        Meta m = read(S25967).meta();

        assertThat(m.topic()).isEqualTo("keeping staging close to production / python services");
        assertThat(m.summary()).isEqualTo(glued(text, "summary"));
        assertThat(m.aiOutline()).isEqualTo(new AiOutline(CONTEXT, "keeping staging close to production",
                "python services", ACTION));
        assertThat(m.aiBrief()).isEqualTo(glued(text, "ai brief"));
        assertThat(m.stack()).containsExactly("python services", "backend", "python");
        assertThat(m.tools()).containsExactly("fastapi", "pytest", "uvicorn", "ruff", "git", "logs");
        assertThat(m.codeLanguage()).isEqualTo("python");
        assertThat(m.difficulty()).isEqualTo(Difficulty.INTERMEDIATE);
        assertThat(m.readingTime()).isEqualTo(11);
        assertThat(m.viewCount()).isEqualTo(681783L);
        assertThat(m.score()).isEqualTo(new Score(82, 52, 88, 96));
        assertThat(m.revision()).isEqualTo(new Revision(ReviewStatus.DRAFTED, SemVer.of(1, 1, 7), LocalDate.of(2016, 10, 4)));
        assertThat(m.reference()).isEqualTo("anp-ref-025967-1218");
        assertThat(m.hash()).isEqualTo("87b0362f50087c553ac6698e");
        assertThat(m.flags()).isEqualTo(new Flags(true, true, false, true));
        assertThat(m.checklist()).containsExactly("inspect cache headers", "test logged-in traffic",
                "purge only the affected route", "measure response time", "keep a rollback command ready");
        assertThat(m.entities()).containsExactly(new Entity("python services", "stack"), new Entity("backend", "area"),
                new Entity("keeping staging close to production", "problem"));
        String caption = "keeping staging close to production with python services visual reference ";
        assertThat(m.imageSources()).containsExactly(
                new ImageSource("unsplash", "https://images.unsplash.com/photo-1555949963-aa79dcee981c"
                        + "?auto=format&fit=crop&w=1200&q=80", caption + 1),
                new ImageSource("unsplash", "https://images.unsplash.com/photo-1555066931-4365d14bab8c"
                        + "?auto=format&fit=crop&w=1200&q=80", caption + 2));
        assertThat(m.payload()).isEqualTo(new Payload("alphanode-025967", "anp content synthesizer", 10, CONTEXT, 25967L));
        assertThat(m.notes()).hasSize(3).isEqualTo(items(text, "notes"));
        assertThat(m.extra()).isEmpty();
    }

    @Test
    void theBodyOf000989HasItsSectionsAndChecklist() throws Exception {
        String body = read(S989).body();

        assertThat(headings(body)).containsExactly("why this matters", "production checks", "implementation checklist",
                "final notes");
        assertThat(body).contains("## implementation checklist\n\n- run linting\n- run unit tests\n"
                + "- run one integration check\n- verify staging config\n- tag the release\n\n## final notes");
        assertThat(body).doesNotContain("```", "![", "•", "Similar Posts", "alphanode post meta").doesNotStartWith("|");
    }

    @Test
    void theBodyOf025967HasOneFencedPythonBlockAndBothImages() throws Exception {
        Post post = read(S25967);
        String body = post.body();

        assertThat(headings(body)).containsExactly("the practical approach", "why this matters",
                "security and maintenance notes", "implementation checklist", "final notes");
        List<String> fences = Pattern.compile("(?ms)^```python\n(.*?)\n```$").matcher(body).results()
                .map(r -> r.group(1)).toList();
        assertThat(fences).singleElement().satisfies(code -> assertThat(code)
                .startsWith("from fastapi import FastAPI\napp = FastAPI()\n\n@app.get('/health')\ndef health():")
                .endsWith("    return {'ok': True}"));
        List<ImageSource> sources = post.meta().imageSources();
        Matcher images = Pattern.compile("(?m)^!\\[(.+)]\\((.+)\\)$").matcher(body);
        for (ImageSource source : sources) {
            assertThat(images.find()).isTrue();
            assertThat(images.group(1)).isEqualTo(source.caption());
            assertThat(images.group(2)).isEqualTo(source.url()).startsWith("https://images.unsplash.com/");
        }
        assertThat(images.find()).isFalse();
        assertThat(body).doesNotContain("image source:", "•", "Similar Posts");
    }

    @Test
    void payloadParagraphsCountTheBodyParagraphsAfterTheIntroduction() throws Exception {
        for (String name : List.of(S989, S25967)) {
            Post post = read(name);
            long paragraphs = Arrays.stream(post.body().split("\n\n(?!    )"))
                    .filter(block -> !block.startsWith("## ") && !block.startsWith("- ") && !block.startsWith("![")
                            && !block.startsWith("```") && !block.contains("\n"))
                    .count();
            assertThat(paragraphs - 1).as(name).isEqualTo(post.meta().payload().paragraphs().longValue());
        }
    }

    @Test
    void bothSeedsComeBackTheSameAfterWritingAndReading() throws Exception {
        AlphanodeTextWriter writer = new AlphanodeTextWriter();
        for (String name : List.of(S989, S25967)) {
            Post post = read(name);
            assertThat(new AlphanodeTextReader().read(writer.write(post), name).get(0)).as(name).isEqualTo(post);
        }
    }

    @Test
    void theWriterReproducesTheSeedsUpToOneBlankLine() throws Exception {
        AlphanodeTextWriter writer = new AlphanodeTextWriter();
        assertThat(writer.write(read(S989))).isEqualTo(seed(S989));

        // Markdown needs a blank line between a list and the next image; the page had none.
        String seed = seed(S25967);
        String lastItem = "  • keep a rollback command ready\n";
        int at = seed.indexOf(lastItem + "keeping staging") + lastItem.length();
        assertThat(at).isGreaterThan(lastItem.length());
        assertThat(writer.write(read(S25967))).isEqualTo(seed.substring(0, at) + "\n" + seed.substring(at));
    }

    private static List<String> headings(String body) {
        return body.lines().filter(l -> l.startsWith("## ")).map(l -> l.substring(3)).toList();
    }
}
