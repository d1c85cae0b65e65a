package org.reviewdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reviewdesk.service.JsonSnapshotCodec;
import org.reviewdesk.synth.PostSynthesizer;

/** Opening libraries of this schema, of an older one, and of one this build does not know. */
class LibraryMigrationTest {
    @TempDir
    Path dir;
    private final PostSynthesizer synth = new PostSynthesizer(5);

    private Connection connect() throws Exception {
        return DriverManager.getConnection("jdbc:h2:file:" + dir.resolve(Library.DATABASE) + ";AUTO_SERVER=TRUE", "sa", "");
    }

    @Test
    void theMigrationsListedAreTheFilesShipped() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList()).isEqualTo(Library.MIGRATIONS);
        }
    }

    @Test
    void aLibraryOfTheFirstSchemaIsBackedUpThenMigratedAndKeepsItsPosts() throws Exception {
        String reference;
        try (Library library = Library.open(dir, new JsonSnapshotCodec())) {
            reference = synth.post(1).reference();
            library.posts().importPost(synth.post(1), false);
        }
        // What a library written by the first release looks like: without what the second and third migrations did.
        try (Connection c = connect(); var st = c.createStatement()) {
            st.execute("DROP INDEX post_sort_cover");
            for (String column : List.of("quality", "depth", "clarity", "status", "last_reviewed", "view_count",
                    "difficulty", "assignee")) {
                st.execute("CREATE INDEX post_" + column + " ON post (" + column + ")");
            }
            st.execute("CREATE INDEX post_version ON post (version_key)");
            st.execute("CREATE INDEX post_findings ON post (findings_total)");
            st.execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '3'");
            st.execute("DROP TABLE sentence_stat");
            st.execute("DROP TABLE sentence_stat_info");
            st.execute("DROP INDEX post_code_language");
            st.execute("DROP INDEX post_change_seq");
            st.execute("ALTER TABLE post DROP COLUMN change_seq");
            st.execute("DROP SEQUENCE post_change");
            st.execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '2'");
        }

        try (Library library = Library.open(dir, new JsonSnapshotCodec())) {
            assertThat(library.posts().findByReference(reference)).isPresent();
            assertThat(library.sentenceStats().load()).isEmpty();
            assertThat(library.queue().page(QueueFilter.ALL, new QueueSort(QueueSort.Column.QUALITY, true), 0, 10).rows())
                    .extracting(PostSummary::reference).containsExactly(reference);
        }
        try (Connection c = connect(); var st = c.createStatement();
             var rs = st.executeQuery("SELECT INDEX_NAME FROM INFORMATION_SCHEMA.INDEXES WHERE TABLE_NAME = 'POST'")) {
            List<String> indexes = new java.util.ArrayList<>();
            while (rs.next()) indexes.add(rs.getString(1).toLowerCase(java.util.Locale.ROOT));
            assertThat(indexes).contains("post_sort_cover", "post_change_seq").doesNotContain("post_quality", "post_assignee");
        }
        try (Stream<Path> backups = Files.list(dir.resolve("backups"))) {
            List<Path> zips = backups.toList();
            assertThat(zips).hasSize(1);
            assertThat(zips.get(0).getFileName().toString()).startsWith("library-").endsWith("-before-V2.zip");
            assertThat(Files.size(zips.get(0))).isPositive();
        }
    }

    @Test
    void anUpToDateLibraryOpensWithoutMigratingAndAChangedScriptIsRefusedWithItsBackups() throws Exception {
        Library.open(dir, new JsonSnapshotCodec()).close();
        try (Connection c = connect()) {
            assertThat(Library.upToDate(c)).isTrue();
            try (var st = c.createStatement()) {
                st.execute("UPDATE \"flyway_schema_history\" SET \"checksum\" = \"checksum\" + 1 WHERE \"version\" = '1'");
            }
            assertThat(Library.upToDate(c)).isFalse();
        }
        assertThatThrownBy(() -> Library.open(dir, new JsonSnapshotCodec()))
                .isInstanceOf(LibraryException.class)
                .hasMessageContaining("does not recognise")
                .hasMessageContaining(dir.resolve("backups").toString());
    }
}
