package org.reviewdesk.gui.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reviewdesk.model.FieldDrafts;
import org.reviewdesk.model.Meta;
import org.reviewdesk.model.Post;

/** The adapter over a real library in a temporary folder. */
class DeskLibraryAccessTest {
    @TempDir
    Path folder;

    private static Post post(String reference, String title, String body) {
        return new Post(title, body, Meta.builder().reference(reference).topic("caching").build());
    }

    @Test
    void searchCountAndOpenSeeWhatWasCreated() throws Exception {
        try (DeskLibraryAccess library = DeskLibraryAccess.open(folder)) {
            assertThat(library.isEmpty()).isTrue();
            long id = library.create(post("ref-a", "Redis eviction", "Use allkeys-lru."));
            library.create(post("ref-b", "Kafka lag", "Watch it."));

            assertThat(library.count("")).isEqualTo(2);
            assertThat(library.search("eviction", 0, 10)).extracting(PostRow::id).containsExactly(id);
            assertThat(library.count("LRU")).isEqualTo(1);
            assertThat(library.open(id).post().body()).isEqualTo("Use allkeys-lru.");
            assertThat(library.isEmpty()).isFalse();
        }
    }

    @Test
    void anOpeningThatBuildsTheDeferredIndexesAgainSaysSoWhereTheListsCountWillBe() throws Exception {
        try (DeskLibraryAccess library = DeskLibraryAccess.open(folder)) {
            library.create(post("ref-a", "Redis eviction", "Use allkeys-lru."));
        }
        // As a process killed during a large import leaves it (decision 0021).
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + folder.resolve("library")
                + ";AUTO_SERVER=TRUE;IFEXISTS=TRUE", "sa", "")) {
            c.createStatement().execute("DROP INDEX post_sort_quality");
        }

        DeskLibraryAccess library = DeskLibraryAccess.opening(folder);
        try {
            LibraryListViewModel list = new LibraryListViewModel(library, new org.reviewdesk.gui.task.SameThreadExecutor());
            library.opened().get(60, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(list.countTextProperty().get())
                    .isEqualTo("Building the library's indexes again (an import was interrupted before it built them)\u2026");
            list.refresh();
            assertThat(list.countTextProperty().get()).isEqualTo("1 post");
        } finally {
            library.close();
        }
    }

    @Test
    void aLibraryStillOpeningAnswersOnceOpenAndAnUnopenableOneSaysWhyToEveryCall() throws Exception {
        DeskLibraryAccess library = DeskLibraryAccess.opening(folder.resolve("new"));
        try {
            assertThat(library.folder()).isEqualTo(folder.resolve("new"));
            assertThat(library.count("")).isZero();
            assertThat(library.opened()).isDone();
        } finally {
            library.close();
        }

        Path notALibrary = Files.createDirectories(folder.resolve("broken"));
        Files.write(notALibrary.resolve("library.mv.db"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        DeskLibraryAccess broken = DeskLibraryAccess.opening(notALibrary);
        assertThatThrownBy(() -> broken.opened().join()).cause()
                .isInstanceOf(org.reviewdesk.model.library.LibraryException.class).hasMessageContaining(notALibrary.toString());
        assertThatThrownBy(() -> broken.search("", 0, 10)).hasMessageStartingWith("the library at " + notALibrary);
        broken.close();
    }

    @Test
    void aSaveAgainstAnOldRowVersionLosesAndCarriesTheStoredPost() throws Exception {
        try (DeskLibraryAccess library = DeskLibraryAccess.open(folder)) {
            long id = library.create(post("ref-a", "Redis", "first"));
            OpenedPost opened = library.open(id);
            library.save(id, opened.rowVersion(), opened.post().withBody("theirs"), FieldDrafts.NONE);

            assertThatThrownBy(() -> library.save(id, opened.rowVersion(), opened.post().withBody("mine"), FieldDrafts.NONE))
                    .isInstanceOfSatisfying(StaleSaveException.class,
                            e -> assertThat(e.current().post().body()).isEqualTo("theirs"));
        }
    }

    @Test
    void theTrashHoldsAPostUntilItIsEmptied() throws Exception {
        try (DeskLibraryAccess library = DeskLibraryAccess.open(folder)) {
            long id = library.create(post("ref-a", "Redis", "x"));
            library.trash(id);
            assertThat(library.count("")).isZero();
            assertThat(library.trashed()).extracting(PostRow::id).containsExactly(id);

            library.restore(id);
            assertThat(library.count("")).isEqualTo(1);
            library.trash(id);
            library.emptyTrash();
            assertThat(library.trashed()).isEmpty();
        }
    }

    @Test
    void importReportsFailuresWithFileAndLineAndExportWritesFiles() throws Exception {
        Path bad = Files.writeString(folder.resolve("broken.json"), "{\"title\": ");
        try (DeskLibraryAccess library = DeskLibraryAccess.open(folder.resolve("lib"))) {
            long id = library.create(post("ref-a", "Redis", "Body text."));

            ImportSummary summary = library.importFiles(List.of(bad), (done, total) -> { });
            List<Path> written = library.export(List.of(id), "json", Files.createDirectories(folder.resolve("out")));

            assertThat(summary.failed()).singleElement().satisfies(f -> {
                assertThat(f.file()).endsWith("broken.json");
                assertThat(f.reason()).isNotBlank();
            });
            assertThat(written).singleElement().satisfies(p -> assertThat(Files.readString(p)).contains("Body text."));
            assertThat(library.exportFormats()).contains("alphanode", "json", "markdown").doesNotContain("social");
        }
    }

    @Test
    void theSamplesFillAnEmptyLibrary() throws Exception {
        try (DeskLibraryAccess library = DeskLibraryAccess.open(folder)) {
            int added = library.addSamples();

            assertThat(added).isPositive();
            assertThat(library.count("")).isEqualTo(added);
        }
    }
}
