package org.reviewdesk.gui.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.reviewdesk.checks.CommonSentences;
import org.reviewdesk.checks.Severity;
import org.reviewdesk.checks.rules.BoilerplateSentenceCheck;
import org.reviewdesk.gui.task.ManualExecutor;
import org.reviewdesk.gui.task.SameThreadExecutor;
import org.reviewdesk.model.library.StoredFinding;
import org.reviewdesk.synth.PostSynthesizer;
import org.reviewdesk.testing.TempLibrary;
import org.reviewdesk.model.Meta;
import org.reviewdesk.model.Payload;
import org.reviewdesk.model.Post;

class FindingsViewModelTest {
    /** A repeated sentence on line 3 and a line of share buttons on line 5. */
    static final String BODY = """
            Tide tables help sailors plan the day.

            The harbour opens at dawn. Tide tables help sailors plan the day.

            Like Comment Share
            """;

    @RegisterExtension
    final TempLibrary library = new TempLibrary();

    private final SameThreadExecutor executor = new SameThreadExecutor();
    private final InMemoryFindings access = new InMemoryFindings();
    private final RecordingEditor editor = new RecordingEditor(7, new Post("Tides", BODY, Meta.EMPTY));
    private final FindingsViewModel model = new FindingsViewModel(access, executor, editor);
    private final List<String> notices = new ArrayList<>();

    {
        model.onNoticeProperty().set(notices::add);
    }

    private Checked checkedAfterPause() {
        model.postChanged(editor.id, editor.post);
        executor.advance(FindingsViewModel.CHECK_DELAY);
        return model.checkedProperty().get();
    }

    private FindingRow row(String checkId) {
        return model.checkedProperty().get().active().stream().filter(r -> r.finding().checkId().equals(checkId))
                .findFirst().orElseThrow(() -> new AssertionError("no " + checkId + " in " + model.checkedProperty().get()));
    }

    @Test
    void checksRunOnlyAfterThePauseAndTheLatestTextWins() {
        model.postChanged(7, editor.post.withBody("Plain words."));
        executor.advance(FindingsViewModel.CHECK_DELAY.dividedBy(2));
        assertThat(model.summaryProperty().get()).isEqualTo("checking\u2026");

        model.postChanged(7, editor.post);
        executor.advance(FindingsViewModel.CHECK_DELAY.dividedBy(2));
        assertThat(model.summaryProperty().get()).as("the first edit was superseded, the second not yet due")
                .isEqualTo("checking\u2026");
        executor.advance(FindingsViewModel.CHECK_DELAY);

        assertThat(model.checkedProperty().get().post().body()).isEqualTo(BODY);
        assertThat(model.summaryProperty().get()).endsWith("findings");
    }

    @Test
    void findingsAreGroupedBySeverityWithCountsAndLineMarks() {
        Checked checked = checkedAfterPause();

        assertThat(checked.active()).extracting(r -> r.finding().checkId())
                .contains("repeated-sentence", "scrape-debris");
        assertThat(checked.active()).isSortedAccordingTo((a, b) -> a.finding().severity().compareTo(b.finding().severity()));
        int total = checked.counts().values().stream().mapToInt(Integer::intValue).sum();
        assertThat(total).isEqualTo(checked.active().size());
        assertThat(model.summaryProperty().get()).isEqualTo(total + " findings");
        assertThat(checked.lineMarks()).containsKeys(3, 5);
        assertThat(checked.lineMarks().get(5)).isEqualTo(row("scrape-debris").finding().severity());
        assertThat(row("scrape-debris").location()).isEqualTo("line 5");
    }

    @Test
    void aClickSelectsTheFindingsRangeInTheEditor() {
        checkedAfterPause();
        FindingRow repeat = row("repeated-sentence");

        model.jump(repeat);

        assertThat(BODY.substring(editor.selectedStart, editor.selectedEnd)).contains("Tide tables help sailors plan the day.");
        assertThat(BODY.substring(0, editor.selectedStart).split("\n", -1)).hasSize(3);
    }

    @Test
    void aMetaFindingAsksTheWindowToRevealItsField() {
        editor.post = new Post("Tides", "One short paragraph.\n", Meta.builder().payload(new Payload(null, null, 9, null, null)).build());
        checkedAfterPause();
        FindingRow paragraphs = model.checkedProperty().get().active().stream()
                .filter(r -> "payload.paragraphs".equals(r.finding().metaField())).findFirst().orElseThrow();

        model.jump(paragraphs);

        assertThat(editor.revealed).containsExactly("payload.paragraphs");
        assertThat(editor.selectedStart).isEqualTo(-1);
    }

    @Test
    void aQuickFixEditsTheEditorsPostAndTheFindingIsGoneOnTheRerun() {
        checkedAfterPause();

        model.applyQuickFix(row("scrape-debris"));

        assertThat(editor.post.body()).doesNotContain("Like Comment Share").contains("The harbour opens at dawn.");
        assertThat(model.checkedProperty().get().active()).extracting(r -> r.finding().checkId())
                .doesNotContain("scrape-debris").contains("repeated-sentence");

        model.applyQuickFix(row("repeated-sentence"));
        assertThat(editor.post.body()).containsOnlyOnce("Tide tables help sailors plan the day.");
        assertThat(model.checkedProperty().get().active()).extracting(r -> r.finding().checkId())
                .doesNotContain("repeated-sentence");
    }

    @Test
    void aMetaFixTheWindowCannotApplyChangesNothingAndSaysWhy() {
        editor.editsMeta = false;
        editor.post = new Post("Tides", "One short paragraph.\n", Meta.builder().payload(new Payload(null, null, 9, null, null)).build());
        checkedAfterPause();
        FindingRow paragraphs = model.checkedProperty().get().active().stream()
                .filter(r -> "payload.paragraphs".equals(r.finding().metaField())).findFirst().orElseThrow();
        Post before = editor.post;

        model.applyQuickFix(paragraphs);

        assertThat(editor.post).isEqualTo(before);
        assertThat(notices).singleElement().asString().contains("meta");
    }

    @Test
    void aDismissedFindingKeepsItsReasonAndLeavesTheCount() {
        checkedAfterPause();
        int before = model.checkedProperty().get().active().size();

        model.dismiss(row("repeated-sentence"), "  the echo is the point of the intro ");

        Checked after = model.checkedProperty().get();
        assertThat(after.active()).hasSize(before - 1);
        assertThat(after.dismissed()).singleElement().satisfies(r -> {
            assertThat(r.finding().checkId()).isEqualTo("repeated-sentence");
            assertThat(r.dismissedReason()).isEqualTo("the echo is the point of the intro");
        });
        assertThat(checkedAfterPause().dismissed()).as("still dismissed after the next edit").hasSize(1);
    }

    @Test
    void aDismissedFindingBroughtBackCountsAgainAndStaysBack() {
        checkedAfterPause();
        int before = model.checkedProperty().get().active().size();
        model.dismiss(row("repeated-sentence"), "the echo is the point");
        FindingRow dismissed = model.checkedProperty().get().dismissed().get(0);

        model.bringBack(dismissed);

        assertThat(model.checkedProperty().get().dismissed()).isEmpty();
        assertThat(model.checkedProperty().get().active()).hasSize(before);
        assertThat(checkedAfterPause().dismissed()).as("not dismissed again by the next edit").isEmpty();
    }

    @Test
    void aDismissalWithoutAReasonIsRefused() {
        checkedAfterPause();
        model.dismiss(row("repeated-sentence"), " ");
        assertThat(model.checkedProperty().get().dismissed()).isEmpty();
        assertThat(notices).singleElement().asString().contains("reason");
    }

    @Test
    void aCheckTurnedOffForTheLibraryLeavesThePanelAndTheStoredFindingsAndStaysOffAfterARestart() {
        Post tides = new Post("Tides", BODY, Meta.builder().reference("ref-tides").build());
        long id = library.desk().posts().create(tides).id();
        RecordingEditor open = new RecordingEditor(id, tides);
        FindingsViewModel panel = new FindingsViewModel(new DeskFindingsAccess(library.desk()), executor, open);
        List<String> said = new ArrayList<>();
        panel.onNoticeProperty().set(said::add);
        panel.postChanged(id, tides);
        executor.advance(FindingsViewModel.CHECK_DELAY);
        assertThat(checkIds(panel)).as("before").contains("scrape-debris", "repeated-sentence");

        panel.turnOff("scrape-debris");

        assertThat(checkIds(panel)).doesNotContain("scrape-debris").contains("repeated-sentence");
        assertThat(said).singleElement().asString().startsWith("The check \"scrape-debris\" is off for this library.")
                .contains("Settings");
        panel.saved(id, tides);
        assertThat(library.desk().findings().list(id)).extracting(StoredFinding::checkId)
                .doesNotContain("scrape-debris").contains("repeated-sentence");

        library.close();
        FindingsViewModel reopened = new FindingsViewModel(new DeskFindingsAccess(library.desk()), executor, open);
        reopened.postChanged(id, tides);
        executor.advance(FindingsViewModel.CHECK_DELAY);
        assertThat(checkIds(reopened)).doesNotContain("scrape-debris").contains("repeated-sentence");
    }

    private static List<String> checkIds(FindingsViewModel panel) {
        return panel.checkedProperty().get().active().stream().map(r -> r.finding().checkId()).toList();
    }

    @Test
    void findingsAreStoredAfterASaveAndNotWhileTyping() {
        checkedAfterPause();
        assertThat(access.stored).isEmpty();

        model.saved(7, editor.post);

        assertThat(access.stored.get(7L)).extracting(f -> f.checkId()).contains("repeated-sentence", "scrape-debris");
    }

    @Test
    void aResultForAPostTheEditorHasLeftIsNotShown() {
        model.postChanged(7, editor.post);
        editor.id = 8;
        executor.advance(FindingsViewModel.CHECK_DELAY);
        assertThat(model.checkedProperty().get().active()).isEmpty();
        assertThat(model.checkedProperty().get().checking()).as("post 7's result was dropped, not shown").isTrue();
    }

    @Test
    void anotherPostOpenedShowsAsBeingCheckedAtOnceNotWithTheLastPostsFindings() {
        checkedAfterPause();
        assertThat(model.summaryProperty().get()).endsWith("findings");

        editor.id = 8;
        editor.post = new Post("Plain", "One short paragraph about knots.\n", Meta.EMPTY);
        model.postChanged(8, editor.post);

        Checked now = model.checkedProperty().get();
        assertThat(now.postId()).isEqualTo(8);
        assertThat(now.checking()).isTrue();
        assertThat(now.active()).isEmpty();
        assertThat(now.lineMarks()).as("no gutter marks of the other post").isEmpty();
        assertThat(model.summaryProperty().get()).isEqualTo("checking\u2026");

        executor.advance(FindingsViewModel.CHECK_DELAY);
        assertThat(model.checkedProperty().get().checking()).isFalse();
        assertThat(model.checkedProperty().get().active()).extracting(r -> r.finding().checkId())
                .doesNotContain("repeated-sentence", "scrape-debris");
        assertThat(model.summaryProperty().get()).doesNotContain("checking");
    }

    @Test
    void aDismissalAskedOnOnePostIsNotAppliedToThePostOpenedMeanwhile() {
        checkedAfterPause();
        FindingRow repeat = row("repeated-sentence");
        access.stored.put(8L, List.of());
        editor.id = 8;
        editor.post = new Post("Plain", "One short paragraph about knots.\n", Meta.EMPTY);
        model.postChanged(8, editor.post);

        model.dismiss(7, repeat, "quoted on purpose");

        assertThat(notices).singleElement().asString().contains("Nothing was dismissed");
        assertThat(access.stored.get(8L)).as("the opened post's stored findings").isEmpty();
        assertThat(access.dismissals(7)).isEmpty();
    }

    @Test
    void aSavesFindingsAreStoredEvenWhenAnotherPostOpensWhileTheyAreChecked() {
        ManualExecutor slow = new ManualExecutor();
        FindingsViewModel panel = new FindingsViewModel(access, slow, editor);
        panel.postChanged(7, editor.post);
        slow.runNext();
        assertThat(slow.waiting()).as("the edit's check, under way").isEqualTo(1);
        panel.saved(7, editor.post);
        editor.id = 8;
        editor.post = new Post("Plain", "One short paragraph about knots.\n", Meta.EMPTY);
        panel.postChanged(8, editor.post);

        while (slow.waiting() > 0) slow.runNext();

        assertThat(access.stored.get(7L)).as("the left post's saved findings").extracting(f -> f.checkId())
                .contains("repeated-sentence", "scrape-debris");
        assertThat(panel.checkedProperty().get().postId()).isEqualTo(8);
    }

    @Test
    void aFailedCheckOfAPostLeftSaysSoWithoutCallingThePostOpenedSinceNotChecked() {
        ManualExecutor slow = new ManualExecutor();
        FindingsViewModel panel = new FindingsViewModel(access, slow, editor);
        panel.onNoticeProperty().set(notices::add);
        panel.saved(7, editor.post);
        editor.id = 8;
        editor.post = new Post("Plain", "One short paragraph about knots.\n", Meta.EMPTY);
        panel.postChanged(8, editor.post);
        access.storeFailure = new IllegalStateException("disk full");

        slow.runNext();

        assertThat(notices).containsExactly("The checks failed: disk full");
        assertThat(panel.summaryProperty().get()).as("post 8's check has not run yet").isEqualTo("checking\u2026");
        access.storeFailure = null;
        while (slow.waiting() > 0) slow.runNext();
        assertThat(panel.summaryProperty().get()).isIn("no findings", "1 finding").doesNotContain("not checked");
    }

    @Test
    void theOpenPostsFailedCheckSaysItIsNotChecked() {
        ManualExecutor slow = new ManualExecutor();
        FindingsViewModel panel = new FindingsViewModel(access, slow, editor);
        panel.onNoticeProperty().set(notices::add);
        editor.id = 8;
        editor.post = new Post("Plain", "One short paragraph about knots.\n", Meta.EMPTY);
        panel.saved(8, editor.post);
        panel.postChanged(8, editor.post);
        access.storeFailure = new IllegalStateException("disk full");

        slow.runNext();

        assertThat(notices).containsExactly("The checks failed: disk full");
        assertThat(panel.summaryProperty().get()).isEqualTo("not checked");
    }

    @Test
    void editsToTheSamePostKeepItsFindingsShownUntilTheNextCheck() {
        checkedAfterPause();
        String before = model.summaryProperty().get();

        model.postChanged(7, editor.post.withBody(BODY + "\nOne more line.\n"));

        assertThat(model.checkedProperty().get().checking()).isFalse();
        assertThat(model.summaryProperty().get()).isEqualTo(before);
    }

    @Test
    void noOpenPostClearsThePanel() {
        checkedAfterPause();
        model.postChanged(-1, null);
        assertThat(model.checkedProperty().get().active()).isEmpty();
        assertThat(model.summaryProperty().get()).isEmpty();
        assertThat(Severity.values()).allSatisfy(s -> assertThat(model.checkedProperty().get().of(s)).isEmpty());
    }

    @Test
    void recountsRunOneAtATimeAndAskingDuringOneCountsOnceMoreAfterIt() {
        ManualExecutor slow = new ManualExecutor();
        FindingsViewModel panel = new FindingsViewModel(access, slow, new RecordingEditor(7, null));

        panel.refreshStats();
        panel.refreshStats();
        panel.refreshStats();
        assertThat(slow.waiting()).as("one count at a time").isEqualTo(1);
        assertThat(access.statsRefreshed).isZero();

        slow.runNext();
        assertThat(access.statsRefreshed).isEqualTo(1);
        assertThat(slow.waiting()).as("the asks during the count make one more").isEqualTo(1);
        slow.runNext();
        assertThat(access.statsRefreshed).isEqualTo(2);
        assertThat(slow.waiting()).isZero();

        panel.refreshStats();
        assertThat(slow.waiting()).as("a later ask counts again").isEqualTo(1);
    }

    @Test
    void aFailedRecountSaysSoAndDoesNotBlockTheNext() {
        ManualExecutor slow = new ManualExecutor();
        access.statsFailure = new IllegalStateException("disk full");
        FindingsViewModel panel = new FindingsViewModel(access, slow, new RecordingEditor(7, null));
        panel.onNoticeProperty().set(notices::add);

        panel.refreshStats();
        slow.runNext();

        assertThat(notices).containsExactly("Could not count the library's sentences: disk full");
        panel.refreshStats();
        assertThat(slow.waiting()).isEqualTo(1);
    }

    @Test
    void afterTheLibrarysSentencesAreCountedTheOpenPostShowsItsBoilerplate() {
        PostSynthesizer synth = new PostSynthesizer(8);
        library.with(IntStream.range(0, 60).mapToObj(synth::post).toList());
        Post sample = synth.post(3);
        long id = library.desk().posts().byReference(sample.meta().reference()).id();
        RecordingEditor open = new RecordingEditor(id, sample);
        FindingsViewModel panel = new FindingsViewModel(new DeskFindingsAccess(library.desk()), executor, open);
        panel.postChanged(id, sample);
        executor.advance(FindingsViewModel.CHECK_DELAY);
        assertThat(checkIds(panel)).as("nothing counted yet").doesNotContain(BoilerplateSentenceCheck.ID);

        panel.refreshStats();

        assertThat(checkIds(panel)).as("rechecked after the count").contains(BoilerplateSentenceCheck.ID);
    }

    @Test
    void openingTakesTheKeptCountsAndRecountsOnlyWhenTheLibraryChangedMuch() {
        PostSynthesizer synth = new PostSynthesizer(8);
        library.with(IntStream.range(0, 60).mapToObj(synth::post).toList()).checks().refreshStats();
        library.close();
        library.with(IntStream.range(60, 65).mapToObj(synth::post).toList());
        Post sample = synth.post(3);
        long id = library.desk().posts().byReference(sample.meta().reference()).id();
        FindingsViewModel panel = new FindingsViewModel(new DeskFindingsAccess(library.desk()), executor,
                new RecordingEditor(id, sample));
        panel.postChanged(id, sample);
        executor.advance(FindingsViewModel.CHECK_DELAY);
        assertThat(checkIds(panel)).as("before the kept counts are read").doesNotContain(BoilerplateSentenceCheck.ID);

        panel.loadStats();

        assertThat(checkIds(panel)).as("the open post is checked again with them").contains(BoilerplateSentenceCheck.ID);
        assertThat(countedPosts()).as("five posts more is not worth a recount").isEqualTo(60);

        library.close();
        library.with(IntStream.range(65, 95).mapToObj(synth::post).toList());
        new FindingsViewModel(new DeskFindingsAccess(library.desk()), executor, new RecordingEditor(id, sample)).loadStats();

        assertThat(countedPosts()).as("thirty more is").isEqualTo(95);
    }

    private int countedPosts() {
        return ((CommonSentences) library.desk().checks().stats()).librarySize();
    }
}
