package org.reviewdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reviewdesk.model.library.PostSummary;
import org.reviewdesk.model.library.QueueFilter;
import org.reviewdesk.model.library.QueueSort;
import org.reviewdesk.service.JsonSnapshotCodec;
import org.reviewdesk.synth.PostSynthesizer;

/**
 * The indexes a large import leaves out and builds again are the migrations' own, column for column; meanwhile the
 * list and the queue answer without them.
 */
class DeferredIndexesTest {
    @TempDir
    Path dir;

    private Library library;

    @BeforeEach
    void open() throws Exception {
        library = Library.open(dir, new JsonSnapshotCodec());
    }

    @AfterEach
    void close() {
        library.close();
    }

    @Test
    void theIndexesBuiltAgainAfterALargeImportAreTheOnesTheMigrationsMade() {
        Map<String, String> migrated = sortIndexes();
        assertThat(migrated).isEqualTo(DeferredIndexes.DEFERRED);

        PostRepository.BulkImport bulk = library.posts().bulkImport(PostRepository.BULK_FILES);
        assertThat(bulk.deferred()).isTrue();
        assertThat(sortIndexes()).as("while the import runs").isEmpty();
        bulk.close();

        assertThat(sortIndexes()).isEqualTo(migrated);
    }

    @Test
    void aSmallerImportKeepsThem() {
        try (PostRepository.BulkImport bulk = library.posts().bulkImport(PostRepository.BULK_FILES - 1)) {
            assertThat(bulk.deferred()).isFalse();
            assertThat(sortIndexes()).isEqualTo(DeferredIndexes.DEFERRED);
        }
    }

    @Test
    void openingALibraryWithoutThemSaysSoBeforeBuildingThemAgain() throws Exception {
        library.jdbi().useHandle(h -> h.execute("DROP INDEX post_sort_quality"));
        library.close();
        java.util.List<String> notices = new java.util.ArrayList<>();

        library = Library.open(new org.reviewdesk.model.library.LibraryAddress.Folder(dir.toString()), null,
                new JsonSnapshotCodec(), notices::add);

        assertThat(notices).containsExactly(DeferredIndexes.REBUILDING);
        assertThat(sortIndexes()).isEqualTo(DeferredIndexes.DEFERRED);
        library.close();
        notices.clear();
        library = Library.open(new org.reviewdesk.model.library.LibraryAddress.Folder(dir.toString()), null,
                new JsonSnapshotCodec(), notices::add);
        assertThat(notices).as("a library that has them opens without a word").isEmpty();
    }

    @Test
    void whileTheyAreLeftOutTheListAndTheQueueStillAnswer() {
        PostSynthesizer synth = new PostSynthesizer(7);
        for (int i = 1; i <= 30; i++) library.posts().importPost(synth.post(i), false);
        int flagged = library.queue().count(QueueFilter.DEFAULT);
        List<String> titles = library.posts().search("", 0, 5).stream().map(PostSummary::title).toList();

        try (PostRepository.BulkImport bulk = library.posts().bulkImport(PostRepository.BULK_FILES)) {
            assertThat(sortIndexes()).as("while the import runs").isEmpty();
            assertThat(library.posts().search("", 0, 5)).extracting(PostSummary::title).isEqualTo(titles);
            assertThat(library.queue().count(QueueFilter.DEFAULT)).isEqualTo(flagged);
            assertThat(library.queue().totals(QueueFilter.DEFAULT).total()).isEqualTo(flagged);
            assertThat(library.queue().page(QueueFilter.ALL, QueueSort.PRIORITY, 0, 10).rows()).hasSize(10);
        }
        assertThat(titles).hasSize(5);
    }

    /** The deferred indexes the library has, each as "table (columns in order)", as H2 lists them. */
    private Map<String, String> sortIndexes() {
        Map<String, String> found = new LinkedHashMap<>();
        library.jdbi().useHandle(h -> h.createQuery("SELECT INDEX_NAME, TABLE_NAME, LISTAGG(COLUMN_NAME || "
                        + "CASE WHEN ORDERING_SPECIFICATION = 'DESC' THEN ' DESC' ELSE '' END, ', ') WITHIN GROUP "
                        + "(ORDER BY ORDINAL_POSITION) FROM INFORMATION_SCHEMA.INDEX_COLUMNS "
                        + "WHERE TABLE_NAME IN ('POST', 'POST_TAG') GROUP BY INDEX_NAME, TABLE_NAME")
                .map((rs, ctx) -> Map.entry(rs.getString(1).toLowerCase(Locale.ROOT),
                        rs.getString(2).toLowerCase(Locale.ROOT) + " (" + rs.getString(3).toLowerCase(Locale.ROOT)
                                .replace(" desc", " DESC") + ")"))
                .forEach(e -> {
                    if (DeferredIndexes.DEFERRED.containsKey(e.getKey())) found.put(e.getKey(), e.getValue());
                }));
        return found;
    }
}
