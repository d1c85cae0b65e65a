package org.reviewdesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.reviewdesk.checks.Finding;
import org.reviewdesk.model.Meta;
import org.reviewdesk.model.Post;
import org.reviewdesk.model.library.PostSummary;
import org.reviewdesk.model.library.QueueFilter;
import org.reviewdesk.model.library.QueueSort;
import org.reviewdesk.testing.TempLibrary;

/** The readability column and filter of the queue, the readability finding, and a library's changes to the tell lists. */
class ReadabilityAndTellsTest {
    static final String EASY = "We ran the job. It broke at noon. We read the log. The disk was full. We freed some room. "
            .repeat(6);
    static final String HARD = ("Organizational infrastructure considerations necessitate comprehensive architectural "
            + "documentation regarding interoperability requirements, particularly concerning authentication mechanisms "
            + "and authorization configurations. ").repeat(6);

    @RegisterExtension
    final TempLibrary library = new TempLibrary();
    private Desk desk;

    private static Post post(String ref, String body) {
        return new Post("Post " + ref, body, Meta.builder().reference(ref).build());
    }

    @BeforeEach
    void posts() {
        desk = library.with(List.of(post("easy", EASY), post("hard", HARD),
                post("code", "```\nprint('only code here')\n```\n")));
        desk.checks().recheckAll(n -> { });
    }

    private List<String> refs(QueueFilter filter, QueueSort sort) {
        return desk.queue().page(filter, sort, 0, 50).rows().stream().map(PostSummary::reference).toList();
    }

    private Integer ease(String ref) {
        return desk.queue().page(QueueFilter.ALL, QueueSort.PRIORITY, 0, 50).rows().stream()
                .filter(r -> r.reference().equals(ref)).findFirst().orElseThrow().readingEase();
    }

    @Test
    void theCheckStoresTheReadingEaseAndTheQueueFiltersAndSortsByIt() {
        assertThat(ease("easy")).isGreaterThan(90);
        assertThat(ease("hard")).isLessThan(0);
        assertThat(ease("code")).as("no prose, no figure").isNull();
        assertThat(refs(QueueFilter.ALL.withReadingEase(new QueueFilter.Range(30, null)), QueueSort.PRIORITY))
                .containsExactly("easy");
        assertThat(refs(QueueFilter.ALL.withReadingEase(QueueFilter.Range.atMost(29)), QueueSort.PRIORITY))
                .containsExactly("hard");
        assertThat(refs(QueueFilter.ALL, new QueueSort(QueueSort.Column.READABILITY, false)))
                .containsExactly("hard", "easy", "code");
    }

    @Test
    void theQueuesCsvCarriesTheReadingEase(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws Exception {
        java.nio.file.Path csv = tmp.resolve("queue.csv");
        desk.queue().export(QueueFilter.ALL, new QueueSort(QueueSort.Column.READABILITY, false), csv, true);
        List<String> lines = java.nio.file.Files.readAllLines(csv);
        int column = List.of(lines.get(0).split(",", -1)).indexOf("reading_ease");
        assertThat(column).as("a reading_ease column").isPositive();
        assertThat(lines.get(1)).startsWith("hard,");
        assertThat(lines.get(1).split(",", -1)[column]).isEqualTo(String.valueOf(ease("hard")));
        assertThat(lines.get(3)).startsWith("code,");
        assertThat(lines.get(3).split(",", -1)[column]).as("no prose, no figure").isEmpty();
    }

    @Test
    void storingTheWindowsFindingsWritesTheFigureOfThePostAsItIs() {
        long id = desk.posts().byReference("code").id();
        Post now = post("code", EASY);
        desk.checks().store(id, now, desk.checks().findings(now));
        assertThat(ease("code")).isGreaterThan(90);
    }

    @Test
    void aHardPostGetsAReadabilityWarningAndAnEasyOneDoesNot() {
        List<String> hard = desk.findings().list(desk.posts().byReference("hard").id()).stream()
                .map(f -> f.checkId() + ":" + f.severity()).toList();
        assertThat(hard).contains("readability:warning");
        assertThat(desk.findings().list(desk.posts().byReference("easy").id()))
                .noneMatch(f -> f.checkId().equals("readability"));
    }

    @Test
    void theThresholdIsALibrarySetting() {
        // EASY: 120 words of one syllable in 30 sentences: 206.835 - 1.015 * 4 - 84.6 = 118.2
        Post easy = post("e", EASY);
        assertThat(desk.checks().findings(easy)).noneMatch(f -> f.checkId().equals("readability"));
        desk.settings().set("readability.min_reading_ease", "120");
        assertThat(desk.checks().findings(easy)).filteredOn(f -> f.checkId().equals("readability")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("reading ease 118, under this library's 120"));
        assertThatThrownBy(() -> desk.settings().set("readability.min_reading_ease", "easy"))
                .hasMessage("setting readability.min_reading_ease takes a number from -100 to 120, not 'easy'");
    }

    @Test
    void aLibraryAddsSwitchesOffAndBackOnATellEntry() {
        Post post = post("x", "We delve into the logs and synergize.");
        assertThat(ids(post)).containsExactly("tell-overused-word");
        desk.tells().off("overused-words", "Delve");
        desk.tells().add("overused-words", "synergize", "work together");
        List<Finding> found = desk.checks().findings(post).stream().filter(f -> f.checkId().startsWith("tell-")).toList();
        assertThat(found).singleElement().satisfies(f -> assertThat(f.message()).contains("synergize", "work together"));
        assertThat(desk.tells().entries("overused-words")).anySatisfy(e -> {
            assertThat(e.phrase()).isEqualTo("delve");
            assertThat(e.on()).isFalse();
        });
        desk.tells().on("overused-words", "delve");
        desk.tells().off("overused-words", "synergize");
        assertThat(ids(post)).containsExactly("tell-overused-word");
        assertThat(desk.checks().findings(post).stream().filter(f -> f.checkId().startsWith("tell-")))
                .singleElement().satisfies(f -> assertThat(f.message()).contains("delve"));
    }

    @Test
    void anUnknownListOrEntryIsRefusedInOneLine() {
        assertThatThrownBy(() -> desk.tells().add("buzzwords", "synergy", null))
                .hasMessage("no tell list 'buzzwords'; the lists are overused-words, stock-phrases, filler, "
                        + "announcement-headings, hedges, chat-artifacts");
        assertThatThrownBy(() -> desk.tells().off("hedges", "maybe not"))
                .hasMessageContaining("the tell list hedges has no entry 'maybe not'");
    }

    private List<String> ids(Post post) {
        return desk.checks().findings(post).stream().map(Finding::checkId).filter(id -> id.startsWith("tell-")).toList();
    }
}
