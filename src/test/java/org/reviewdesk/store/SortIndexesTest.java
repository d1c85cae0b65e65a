package org.reviewdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reviewdesk.service.JsonSnapshotCodec;

/** The sort indexes a large import leaves out and builds again are the migrations' own, column for column. */
class SortIndexesTest {
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
        assertThat(migrated).isEqualTo(SortIndexes.DEFERRED);

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
            assertThat(sortIndexes()).isEqualTo(SortIndexes.DEFERRED);
        }
    }

    @Test
    void openingALibraryWithoutThemSaysSoBeforeBuildingThemAgain() throws Exception {
        library.jdbi().useHandle(h -> h.execute("DROP INDEX post_sort_quality"));
        library.close();
        java.util.List<String> notices = new java.util.ArrayList<>();

        library = Library.open(new org.reviewdesk.model.library.LibraryAddress.Folder(dir.toString()), null,
                new JsonSnapshotCodec(), notices::add);

        assertThat(notices).containsExactly(SortIndexes.REBUILDING);
        assertThat(sortIndexes()).isEqualTo(SortIndexes.DEFERRED);
        library.close();
        notices.clear();
        library = Library.open(new org.reviewdesk.model.library.LibraryAddress.Folder(dir.toString()), null,
                new JsonSnapshotCodec(), notices::add);
        assertThat(notices).as("a library that has them opens without a word").isEmpty();
    }

    /** The deferred indexes the library's post table has, each with its columns in order, as H2 lists them. */
    private Map<String, String> sortIndexes() {
        Map<String, String> found = new LinkedHashMap<>();
        library.jdbi().useHandle(h -> h.createQuery("SELECT INDEX_NAME, LISTAGG(COLUMN_NAME, ', ') WITHIN GROUP "
                        + "(ORDER BY ORDINAL_POSITION) FROM INFORMATION_SCHEMA.INDEX_COLUMNS WHERE TABLE_NAME = 'POST' "
                        + "GROUP BY INDEX_NAME")
                .map((rs, ctx) -> Map.entry(rs.getString(1).toLowerCase(Locale.ROOT), rs.getString(2).toLowerCase(Locale.ROOT)))
                .forEach(e -> {
                    if (SortIndexes.DEFERRED.containsKey(e.getKey())) found.put(e.getKey(), e.getValue());
                }));
        return found;
    }
}
