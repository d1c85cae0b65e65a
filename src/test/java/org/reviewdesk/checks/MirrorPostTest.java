package org.reviewdesk.checks;

import org.reviewdesk.checks.rules.StandardChecks;
import static org.assertj.core.api.Assertions.assertThat;
import static org.reviewdesk.checks.Posts.md;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reviewdesk.model.AiOutline;
import org.reviewdesk.model.Entity;
import org.reviewdesk.model.Flags;
import org.reviewdesk.model.ImageSource;
import org.reviewdesk.model.Meta;
import org.reviewdesk.model.Payload;
import org.reviewdesk.model.Post;
import org.reviewdesk.model.ReviewStatus;
import org.reviewdesk.model.Revision;

/**
 * A post written for this test with the shape of an imported alphanode post that has images and code (like seed
 * 025967): intro, a stock-photo image, sections, an untagged Python block spanning a blank line, a padding sentence
 * repeated, the checklist, a trailing image. Runs without ../shared/.
 */
class MirrorPostTest {
    private static final String PAD = "Write the owner and the rollback step next to the change.";
    private static final String BODY = md(
            "Queues fail quietly unless someone is watching them. This note keeps a small worker honest.",
            "",
            "![worker dashboard](https://images.unsplash.com/photo-9?w=800)",
            "",
            "## Before you start",
            "",
            "List what the worker reads and writes. " + PAD,
            "",
            "Pick one metric that tells you the queue is draining.",
            "",
            "```",
            "from rq import Queue",
            "",
            "def drain(q):",
            "    return q.count",
            "```",
            "",
            "## Keeping it boring",
            "",
            "Retry with a ceiling, never forever. " + PAD,
            "",
            "## Implementation checklist",
            "",
            "- add a dead letter queue",
            "- alert on queue age",
            "![queue age chart](https://cdn.example.org/age.png)",
            "",
            "## Final notes",
            "",
            "Small workers stay small when their limits are written down.");

    @Test
    void findsWhatTheShapeLeadsOneToExpect() {
        Meta meta = Meta.builder()
                .aiOutline(new AiOutline(null, "keeping a worker honest", "python workers", null))
                .tools(List.of("rq", "celery")).entities(List.of(new Entity("python workers", "stack")))
                .codeLanguage("python").readingTime(12)
                .revision(new Revision(ReviewStatus.DRAFTED, null, LocalDate.of(2025, 3, 1)))
                .flags(new Flags(true, true, false, true))
                .checklist(List.of("add a dead letter queue", "alert on queue age"))
                .imageSources(List.of(
                        new ImageSource("unsplash", "https://images.unsplash.com/photo-9?w=800", "worker dashboard"),
                        new ImageSource("own", "https://cdn.example.org/age.png", "queue age chart")))
                .payload(new Payload("mirror-1", "test", 4, null, 1L)).build();
        Post post = new Post("Keeping a worker honest with python workers", BODY, meta);

        BodyStructure body = BodyStructure.of(BODY);
        assertThat(body.paragraphsAfterIntro()).isEqualTo(4);
        assertThat(body.checklist().orElseThrow().texts()).containsExactly("add a dead letter queue", "alert on queue age");
        assertThat(body.codeBlocks()).singleElement().satisfies(c -> assertThat(c.text()).contains("def drain"));

        List<Finding> findings = StandardChecks.engine().run(post, LibraryStats.EMPTY, Posts.SETTINGS);
        assertThat(findings).extracting(Finding::checkId, Finding::line).containsExactly(
                org.assertj.core.groups.Tuple.tuple("reading-time-mismatch", 0),       // 12 vs 1 (a warning first)
                org.assertj.core.groups.Tuple.tuple("entity-not-mentioned", 0),        // celery (info)
                org.assertj.core.groups.Tuple.tuple("placeholder-image-host", 3),      // unsplash
                org.assertj.core.groups.Tuple.tuple("repeated-sentence", 20));         // PAD again
    }
}
