package org.reviewdesk.store;

import org.reviewdesk.model.library.ImportOutcome;
import org.reviewdesk.model.library.LibraryException;
import org.reviewdesk.model.library.PostSummary;
import org.reviewdesk.model.library.QueueCounts;
import org.reviewdesk.model.library.QueueFilter;
import org.reviewdesk.model.library.QueuePage;
import org.reviewdesk.model.library.QueueSort;
import org.reviewdesk.model.library.RevisionInfo;
import org.reviewdesk.model.library.SavedView;
import org.reviewdesk.model.library.StaleEditException;
import org.reviewdesk.model.library.StoredFinding;
import org.reviewdesk.model.library.StoredPost;
import org.reviewdesk.model.library.UndoToken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reviewdesk.model.FieldDrafts;
import org.reviewdesk.model.Flags;
import org.reviewdesk.model.Meta;
import org.reviewdesk.model.Post;
import org.reviewdesk.model.Score;
import org.reviewdesk.model.SemVer;
import org.reviewdesk.service.JsonSnapshotCodec;
import org.reviewdesk.synth.PostSynthesizer;

/** The library on a real H2 file database in a temporary folder. */
class LibraryTest {
    @TempDir
    Path dir;
    private Library library;
    private final PostSynthesizer synth = new PostSynthesizer(11);

    @BeforeEach
    void open() throws LibraryException {
        library = Library.open(dir, new JsonSnapshotCodec());
    }

    @AfterEach
    void close() {
        library.close();
    }

    @Test
    void postsComeBackExactlyWithEveryFieldAbsentFieldsAndExtras() {
        List<Post> posts = new ArrayList<>();
        for (int i = 0; i < 50; i++) posts.add(synth.post(i));
        Post sparse = new Post("only a title", "", Meta.builder().reference("sparse-1")
                .stack(List.of()).score(new Score(null, 12, null, null))
                .putExtra("mood swing42", "").putExtra("tags", List.of("ünïcode", "emoji 🚀")).putExtra("empty list", List.of())
                .build());
        posts.add(sparse);
        for (Post p : posts) assertThat(library.posts().importPost(p, false)).isEqualTo(ImportOutcome.IMPORTED);
        for (Post p : posts) {
            assertThat(library.posts().findByReference(p.reference()).orElseThrow().post()).isEqualTo(p);
        }
        List<Post> streamed = new ArrayList<>();
        library.posts().forEach(sp -> streamed.add(sp.post()));
        assertThat(streamed).containsExactlyInAnyOrderElementsOf(posts);
    }

    @Test
    void reImportFollowsTheFourRules() throws Exception {
        Post original = synth.post(1);
        library.posts().importPost(original, false);
        assertThat(library.posts().importPost(original, false)).isEqualTo(ImportOutcome.UNCHANGED);

        Post changedAtSource = original.withTitle(original.title() + " (revised)");
        assertThat(library.posts().importPost(changedAtSource, false)).isEqualTo(ImportOutcome.UPDATED);
        StoredPost stored = library.posts().findByReference(original.reference()).orElseThrow();
        assertThat(stored.post().title()).endsWith("(revised)");
        assertThat(library.revisions().history(stored.id())).extracting(RevisionInfo::note).contains("state before a re-import");

        library.posts().save(stored.id(), stored.rowVersion(), stored.post().withBody("edited by an editor"));
        assertThat(library.posts().importPost(original, false)).isEqualTo(ImportOutcome.CONFLICT_KEPT_LOCAL);
        assertThat(library.posts().find(stored.id()).orElseThrow().post().body()).isEqualTo("edited by an editor");

        assertThat(library.posts().importPost(original, true)).isEqualTo(ImportOutcome.OVERWRITTEN);
        assertThat(library.posts().find(stored.id()).orElseThrow().post()).isEqualTo(original);
        boolean localKept = library.revisions().history(stored.id()).stream()
                .map(r -> library.revisions().snapshot(r.id()).orElseThrow().body())
                .anyMatch("edited by an editor"::equals);
        assertThat(localKept).as("the local edit is kept as a revision").isTrue();
    }

    @Test
    void aStaleSaveIsRefusedAndCarriesWhatTheOtherWriterSaved() throws Exception {
        library.posts().importPost(synth.post(2), false);
        StoredPost a = library.posts().findByReference(synth.post(2).reference()).orElseThrow();
        library.posts().save(a.id(), a.rowVersion(), a.post().withBody("first writer"));
        assertThatThrownBy(() -> library.posts().save(a.id(), a.rowVersion(), a.post().withBody("second writer")))
                .isInstanceOfSatisfying(StaleEditException.class,
                        e -> assertThat(e.current().post().body()).isEqualTo("first writer"));
    }

    @Test
    void fieldDraftsAreSavedWithThePostReplacedByTheNextSaveAndGoWithThePost() throws Exception {
        library.posts().importPost(synth.post(4), false);
        StoredPost a = library.posts().findByReference(synth.post(4).reference()).orElseThrow();
        FieldDrafts typed = new FieldDrafts(Map.of("score.quality", "600"));
        StoredPost saved = library.posts().save(a.id(), a.rowVersion(), a.post().withBody("edited"), typed);
        assertThat(library.posts().findWithDrafts(a.id()).orElseThrow().drafts()).isEqualTo(typed);

        assertThatThrownBy(() -> library.posts().save(a.id(), a.rowVersion(), a.post(), FieldDrafts.NONE))
                .isInstanceOf(StaleEditException.class);
        assertThat(library.posts().findWithDrafts(a.id()).orElseThrow().drafts()).as("a refused save writes nothing")
                .isEqualTo(typed);

        library.posts().save(a.id(), saved.rowVersion(), saved.post(), FieldDrafts.NONE);
        assertThat(library.posts().findWithDrafts(a.id()).orElseThrow().drafts()).isEqualTo(FieldDrafts.NONE);

        StoredPost again = library.posts().find(a.id()).orElseThrow();
        library.posts().save(a.id(), again.rowVersion(), again.post(), typed);
        library.posts().trash(a.id());
        library.posts().emptyTrash();
        assertThat(library.posts().findWithDrafts(a.id())).isEmpty();
    }

    @Test
    void trashHidesAndRestoresAndEmptyingDeletesForGood() {
        library.posts().importPost(synth.post(3), false);
        long id = library.posts().findByReference(synth.post(3).reference()).orElseThrow().id();
        library.posts().trash(id);
        assertThat(library.posts().count()).isZero();
        assertThat(library.posts().trashed()).extracting(PostSummary::id).containsExactly(id);
        library.posts().restore(id);
        assertThat(library.posts().count()).isEqualTo(1);
        library.posts().trash(id);
        assertThat(library.posts().emptyTrash()).isEqualTo(1);
        assertThat(library.posts().find(id)).isEmpty();
    }

    @Test
    void searchLooksAtTitleTopicReferenceAndBody() {
        for (int i = 0; i < 20; i++) library.posts().importPost(synth.post(i), false);
        Post p = synth.post(5);
        assertThat(library.posts().search(p.reference().toUpperCase(), 0, 50)).extracting(PostSummary::reference)
                .containsExactly(p.reference());
        String bodyWords = p.body().substring(0, 40);
        assertThat(library.posts().search(bodyWords, 0, 50)).extracting(PostSummary::reference).contains(p.reference());
        assertThat(library.posts().count("zzzz-nothing-matches")).isZero();
        assertThat(library.posts().search("", 0, 7)).hasSize(7);
    }

    @Test
    void queueFiltersOrdersCountsAndPages() {
        List<Post> posts = new ArrayList<>();
        for (int i = 0; i < 3000; i++) posts.add(synth.post(i));
        for (int i = 0; i < posts.size(); i += 100) library.posts().importPosts(posts.subList(i, i + 100), false);

        long needs = posts.stream().filter(p -> p.meta().flagsOrEmpty().needsReview()).count();
        long stale = posts.stream().filter(p -> freshness(p) <= 40).count();
        long both = posts.stream().filter(p -> p.meta().flagsOrEmpty().needsReview() && freshness(p) <= 40).count();

        QueuePage page = library.queue().page(new QueueFilter(true, 40, null, null, null, null, null), QueueSort.PRIORITY, 0, 200);
        assertThat(page.total()).isEqualTo(needs + stale - both);
        assertThat(page.counts()).isEqualTo(new QueueCounts((int) needs, (int) stale, (int) both));
        assertThat(page.rows()).hasSize(200);
        for (int i = 1; i < page.rows().size(); i++) {
            PostSummary a = page.rows().get(i - 1);
            PostSummary b = page.rows().get(i);
            assertThat(a.needsHumanReview() || !b.needsHumanReview()).as("needs review first").isTrue();
            if (a.needsHumanReview() == b.needsHumanReview()) {
                assertThat(a.freshness()).isLessThanOrEqualTo(b.freshness());
                if (a.freshness().equals(b.freshness())) assertThat(a.viewCount()).isGreaterThanOrEqualTo(b.viewCount());
            }
        }
        QueuePage second = library.queue().page(new QueueFilter(true, 40, null, null, null, null, null), QueueSort.PRIORITY, 200, 200);
        assertThat(second.rows().get(0).id()).isNotEqualTo(page.rows().get(199).id());

        QueuePage onlyStale = library.queue().page(new QueueFilter(false, 40, null, null, null, null, null),
                new QueueSort(QueueSort.Column.FRESHNESS, true), 0, 50);
        assertThat(onlyStale.total()).isEqualTo(stale);
        assertThat(onlyStale.rows()).allSatisfy(r -> assertThat(r.freshness()).isLessThanOrEqualTo(40));

        String tool = posts.get(0).meta().tools().get(0);
        long withTool = posts.stream().filter(p -> p.meta().tools().contains(tool) || p.meta().stack().contains(tool)).count();
        assertThat(library.queue().page(new QueueFilter(false, null, null, null, tool, null, null), QueueSort.PRIORITY, 0, 1).total())
                .isEqualTo(withTool);
    }

    private static int freshness(Post p) {
        return p.meta().scoreOrEmpty().freshness();
    }

    @Test
    void markReviewedManyAtOnceAndUndo() {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Post p = synth.post(i).withMeta(synth.post(i).meta().toBuilder()
                    .flags(synth.post(i).meta().flagsOrEmpty().withNeedsHumanReview(true)).build());
            library.posts().importPost(p, false);
            ids.add(library.posts().findByReference(p.reference()).orElseThrow().id());
        }
        List<Post> before = ids.stream().map(id -> library.posts().find(id).orElseThrow().post()).toList();
        LocalDate today = LocalDate.of(2026, 11, 22);
        UndoToken token = library.queue().markReviewed(ids, today, SemVer.Bump.PATCH, "triaged");
        for (int i = 0; i < ids.size(); i++) {
            Post after = library.posts().find(ids.get(i)).orElseThrow().post();
            assertThat(after.meta().flagsOrEmpty().needsReview()).isFalse();
            assertThat(after.meta().revision().status().value()).isEqualTo("reviewed");
            assertThat(after.meta().revision().lastReviewed()).isEqualTo(today);
            assertThat(after.meta().revision().version()).isEqualTo(before.get(i).meta().revision().version().bumpPatch());
        }
        assertThat(library.queue().page(new QueueFilter(true, null, null, null, null, null, null), QueueSort.PRIORITY, 0, 50).total()).isZero();
        library.queue().undo(token);
        for (int i = 0; i < ids.size(); i++) {
            assertThat(library.posts().find(ids.get(i)).orElseThrow().post()).isEqualTo(before.get(i));
        }
        library.queue().assign(ids.subList(0, 3), "ana");
        assertThat(library.queue().page(new QueueFilter(false, null, null, null, null, "ana", null), QueueSort.PRIORITY, 0, 50).total())
                .isEqualTo(3);
    }

    @Test
    void theStateAsImportedIsDatedWhenItWasImportedNotAtTheFirstChangeThatKeepsIt() throws Exception {
        Post p = synth.post(5);
        library.posts().importPost(p, false);
        java.time.Instant afterImport = java.time.Instant.now();
        Thread.sleep(1_100);
        StoredPost stored = library.posts().findByReference(p.reference()).orElseThrow();

        library.posts().save(stored.id(), stored.rowVersion(), stored.post().withBody("rewritten"));

        RevisionInfo imported = library.revisions().history(stored.id()).stream()
                .filter(r -> r.kind().equals("import")).findFirst().orElseThrow();
        assertThat(imported.createdAt()).as("the import, not the save a second later").isBeforeOrEqualTo(afterImport);
        assertThat(library.revisions().snapshot(imported.id()).orElseThrow().body()).isEqualTo(p.body());
    }

    @Test
    void bumpAndRestoreKeepEveryRevision() throws Exception {
        Post p = synth.post(4).withMeta(synth.post(4).meta().toBuilder()
                .revision(synth.post(4).meta().revision().withVersion(SemVer.parse("2.0.0-rc.1"))).build());
        library.posts().importPost(p, false);
        long id = library.posts().findByReference(p.reference()).orElseThrow().id();
        LocalDate today = LocalDate.of(2026, 11, 22);
        StoredPost bumped = library.revisions().bump(id, SemVer.Bump.PATCH, "release", today);
        assertThat(bumped.post().meta().revision().version()).hasToString("2.0.0");
        assertThat(bumped.post().meta().revision().lastReviewed()).isEqualTo(today);

        library.posts().save(id, bumped.rowVersion(), bumped.post().withBody("rewritten"));
        StoredPost restored = library.revisions().restore(id, "2.0.0-rc.1", today);
        assertThat(restored.post().body()).isEqualTo(p.body());
        assertThat(restored.post().meta().revision().version()).hasToString("2.0.1");
        assertThat(library.revisions().history(id)).extracting(RevisionInfo::version)
                .containsExactly("2.0.1", "2.0.0", "2.0.0-rc.1");
    }

    @Test
    void findingsAreStoredCountedAndDismissalsSurviveAReRun() {
        library.posts().importPost(synth.post(6), false);
        long id = library.posts().findByReference(synth.post(6).reference()).orElseThrow().id();
        List<StoredFinding> findings = List.of(
                new StoredFinding(0, "repeated-sentence", "warning", "said twice", 4, 10, 20, null, null),
                new StoredFinding(0, "stale-review", "info", "old review", 0, -1, -1, "revision.last_reviewed", null));
        library.findings().replace(id, findings);
        assertThat(library.posts().find(id).map(StoredPost::id)).isPresent();
        assertThat(library.queue().page(new QueueFilter(false, null, null, null, null, null, true), QueueSort.PRIORITY, 0, 5).rows())
                .singleElement().satisfies(r -> assertThat(r.findings()).isEqualTo(2));
        long first = library.findings().list(id).get(0).id();
        library.findings().dismiss(first, "intended emphasis");
        library.findings().replace(id, findings);
        assertThat(library.findings().list(id)).filteredOn(StoredFinding::dismissed).singleElement()
                .satisfies(f -> assertThat(f.dismissedReason()).isEqualTo("intended emphasis"));
        library.findings().setCheckEnabled("stale-review", false);
        assertThat(library.findings().disabledChecks()).containsExactly("stale-review");
    }

    @Test
    void savedViewsAreKeptInTheLibrary() {
        QueueFilter filter = new QueueFilter(true, 35, "drafted", null, "python", null, null);
        library.views().save("python drafts", filter);
        assertThat(library.views().list()).containsExactly(new SavedView("python drafts", filter));
        assertThat(library.views().delete("python drafts")).isTrue();
    }

    @Test
    void aSecondProcessCanShareTheLibraryAndSeesChanges() throws Exception {
        long stamp = library.changeStamp();
        try (Library other = Library.open(dir, new JsonSnapshotCodec())) {
            other.posts().importPost(synth.post(7), false);
            assertThat(library.changeStamp()).isGreaterThan(stamp);
            assertThat(library.posts().findByReference(synth.post(7).reference())).isPresent();
        }
    }

    @Test
    void anUnusableLibraryGivesAOneLineMessageNamingTheFolder() throws Exception {
        Path notADatabase = Files.createDirectories(dir.resolve("broken"));
        Files.write(notADatabase.resolve("library.mv.db"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12});
        assertThatThrownBy(() -> Library.open(notADatabase, new JsonSnapshotCodec()))
                .isInstanceOf(LibraryException.class)
                .hasMessageContaining(notADatabase.toString())
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        assertThatThrownBy(() -> Library.open(file.resolve("lib"), new JsonSnapshotCodec()))
                .isInstanceOf(LibraryException.class).hasMessageContaining("a-file");
    }

    @Test
    void flagsAbsentOnAPostAreCreatedWhenItIsFlagged() {
        Post p = new Post("no flags", "body", Meta.builder().reference("nf-1").build());
        library.posts().importPost(p, false);
        long id = library.posts().findByReference("nf-1").orElseThrow().id();
        library.queue().flagForReview(List.of(id));
        assertThat(library.posts().find(id).orElseThrow().post().meta().flags()).isEqualTo(new Flags(null, null, null, true));
    }
}
