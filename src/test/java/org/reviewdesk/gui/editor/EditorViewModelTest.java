package org.reviewdesk.gui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reviewdesk.gui.InMemoryLibrary;
import org.reviewdesk.gui.library.DeskLibraryAccess;
import org.reviewdesk.gui.task.SameThreadExecutor;
import org.reviewdesk.model.Meta;
import org.reviewdesk.model.Post;
import org.reviewdesk.model.FieldDrafts;

class EditorViewModelTest {
    private final InMemoryLibrary library = new InMemoryLibrary();
    private final SameThreadExecutor executor = new SameThreadExecutor();
    private final EditorViewModel editor = new EditorViewModel(library, executor, executor);
    private final List<String> notices = new ArrayList<>();
    private long id;

    @BeforeEach
    void openAPost() {
        id = library.create(InMemoryLibrary.post("Caching", "# Caching\n\nCache the query."));
        editor.onNoticeProperty().set(notices::add);
        editor.open(id);
    }

    private int words() {
        return editor.bodyScanProperty().get().structure().words();
    }

    @Test
    void typingMarksThePostUnsavedUntilTheAutosaveAMomentLater() {
        editor.edit("# Caching\n\nCache the query result.");

        assertThat(editor.saveStatusProperty().get()).isEqualTo("Unsaved changes");
        assertThat(editor.dirtyProperty().get()).isTrue();
        executor.advance(Duration.ofMillis(500));
        assertThat(library.saves).isZero();

        executor.advance(Duration.ofMillis(400));
        assertThat(library.saves).isEqualTo(1);
        assertThat(library.open(id).post().body()).isEqualTo("# Caching\n\nCache the query result.");
        assertThat(editor.saveStatusProperty().get()).isEqualTo("Saved");
    }

    @Test
    void aBurstOfTypingIsSavedOnceAfterItStops() {
        for (String s : List.of("a", "ab", "abc", "abcd")) {
            editor.edit(s);
            executor.advance(Duration.ofMillis(300));
        }
        executor.advance(Duration.ofSeconds(2));

        assertThat(library.saves).isEqualTo(1);
        assertThat(library.open(id).post().body()).isEqualTo("abcd");
    }

    @Test
    void openingAnotherPostSavesTheFirstAtOnce() {
        long other = library.create(InMemoryLibrary.post("Queues", "Queues body"));
        editor.edit("changed");

        editor.open(other);

        assertThat(library.open(id).post().body()).isEqualTo("changed");
        assertThat(editor.textProperty().get()).isEqualTo("Queues body");
        assertThat(editor.saveStatusProperty().get()).isEqualTo("Saved");
    }

    @Test
    void wordsAndReadingTimeFollowTheText() {
        executor.advance(BodyFigures.REST);
        editor.edit("# Title\n\n" + "word ".repeat(401));

        assertThat(words()).isEqualTo(402);
        assertThat(editor.bodyScanProperty().get().structure().readingMinutes()).isEqualTo(3);
    }

    @Test
    void whileTheUserTypesTheWordsAreCountedOnceASecondNotAtEveryKeystroke() {
        executor.advance(BodyFigures.REST);
        int before = executor.submittedCount();
        List<Integer> shown = new ArrayList<>();
        editor.bodyScanProperty().addListener((o, was, now) -> {
            if (now != null) shown.add(now.structure().words());
        });
        // A keystroke every 60 ms for 2.4 s; keystroke i leaves "Title" and i words.
        for (int i = 1; i <= 40; i++) {
            editor.edit("# Title\n\n" + "word ".repeat(i));
            executor.advance(Duration.ofMillis(60));
        }

        // A scan at the first keystroke, then one per second's rest with the text typed by then (keystrokes 17 and
        // 34, at 960 and 1,980 ms), not forty.
        assertThat(shown).containsExactly(2, 18, 35);
        assertThat(executor.submittedCount() - before).isEqualTo(3);
        executor.advance(BodyFigures.REST);
        assertThat(shown).as("the last text, a second after the last scan").containsExactly(2, 18, 35, 41);
        executor.advance(BodyFigures.REST.multipliedBy(3));
        assertThat(shown).as("nothing left to count after the pause").containsExactly(2, 18, 35, 41);
        assertThat(words()).isEqualTo(41);
    }

    @Test
    void anotherPostsFiguresAreUnknownUntilItsOwnScanNotTheLastPosts() {
        executor.advance(BodyFigures.REST);
        editor.edit("# Title\n\n" + "word ".repeat(401));
        assertThat(words()).isEqualTo(402);
        long other = library.create(InMemoryLibrary.post("Queues", "Queues in three words"));

        editor.open(other);

        assertThat(editor.bodyScanProperty().get()).as("the scan rests after the last post's; nothing is known yet").isNull();
        executor.advance(BodyFigures.REST);
        assertThat(editor.bodyScanProperty().get()).isNotNull();
        assertThat(words()).isEqualTo(4);
    }

    @Test
    void backToTheOpenPostWhileAnotherIsLoadingKeepsItOpen() {
        org.reviewdesk.gui.task.ManualExecutor slow = new org.reviewdesk.gui.task.ManualExecutor();
        EditorViewModel ed = new EditorViewModel(library, slow, executor);
        long other = library.create(InMemoryLibrary.post("Queues", "Queues body"));
        ed.open(id);
        slow.runNext();
        assertThat(ed.openPostId()).isEqualTo(id);

        ed.open(other);
        ed.open(id);
        slow.runNext();

        assertThat(ed.openPostId()).as("the list's selection, the last asked for").isEqualTo(id);
        assertThat(ed.textProperty().get()).isEqualTo("# Caching\n\nCache the query.");
    }

    @Test
    void losingARaceKeepsBothTexts() {
        editor.edit("my words");
        library.writeBehindTheWindow(id, "the other writer's words");

        editor.saveNow();

        assertThat(editor.textProperty().get()).isEqualTo("the other writer's words");
        assertThat(editor.dirtyProperty().get()).isFalse();
        assertThat(library.open(id).post().body()).isEqualTo("the other writer's words");
        var copy = library.search("my words", 0, 10);
        assertThat(copy).singleElement().satisfies(row -> assertThat(row.title()).matches("Caching \\(my edit \\d\\d:\\d\\d:\\d\\d\\)"));
        assertThat(library.open(copy.get(0).id()).post().body()).isEqualTo("my words");
        assertThat(notices).containsExactly("Someone else saved \"Caching\" while you were editing it. The editor now shows "
                + "their version; your text is kept as the new post \"" + copy.get(0).title() + "\".");
    }

    @Test
    void losingARaceKeepsTheFieldDraftsWithTheCopy() {
        FieldDrafts typed = new FieldDrafts(java.util.Map.of("score.quality", "600"));
        editor.editMeta("Caching", editor.currentPost().meta(), typed);
        library.writeBehindTheWindow(id, "their version");

        editor.saveNow();

        long copy = library.search("(my edit", 0, 10).get(0).id();
        assertThat(library.open(copy).drafts()).isEqualTo(typed);
        assertThat(library.open(id).drafts()).isEqualTo(FieldDrafts.NONE);
    }

    @Test
    void aSaveOfAPostDeletedForGoodSaysWhyAndKeepsTheTextUnsaved(@TempDir Path folder) throws Exception {
        try (DeskLibraryAccess real = DeskLibraryAccess.open(folder)) {
            long doomed = real.create(new Post("Doomed", "# Doomed\n\nOld words.", Meta.builder().reference("ref-doomed").build()));
            EditorViewModel window = new EditorViewModel(real, executor, executor);
            List<String> said = new ArrayList<>();
            window.onNoticeProperty().set(said::add);
            window.open(doomed);
            window.edit("# Doomed\n\nWords nobody saved.");
            real.trash(doomed);
            real.emptyTrash();

            window.saveNow();

            assertThat(window.saveStatusProperty().get()).isEqualTo("Save failed: no post with id " + doomed);
            assertThat(said).containsExactly("The post \"Doomed\" was not saved: no post with id " + doomed);
            assertThat(window.textProperty().get()).isEqualTo("# Doomed\n\nWords nobody saved.");
            assertThat(window.dirtyProperty().get()).isTrue();
            assertThat(real.search("", 0, 10)).as("nothing was written back").isEmpty();
        }
    }
}
