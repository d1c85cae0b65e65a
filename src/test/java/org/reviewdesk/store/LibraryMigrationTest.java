package org.reviewdesk.store;

import org.reviewdesk.model.library.LibraryException;
import org.reviewdesk.model.library.PostSummary;
import org.reviewdesk.model.library.QueueFilter;
import org.reviewdesk.model.library.QueueSort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reviewdesk.model.Entity;
import org.reviewdesk.model.ImageSource;
import org.reviewdesk.model.Meta;
import org.reviewdesk.model.Post;
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
            // in the order of their numbers: V10 comes after V9, though a plain string sort puts it before V2
            assertThat(files.map(p -> p.getFileName().toString())
                    .sorted(java.util.Comparator.comparingInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))))
                    .toList()).isEqualTo(LibraryMigrator.MIGRATIONS);
        }
    }

    @Test
    void aLibraryOfTheFirstSchemaIsBackedUpThenMigratedAndKeepsItsPosts() throws Exception {
        Post synthesized = synth.post(1);
        Post awkward = awkwardLists();
        // A library as the first release wrote it: V1 alone, its lists one row per entry.
        Flyway.configure().dataSource("jdbc:h2:file:" + dir.resolve(Library.DATABASE), "sa", "")
                .locations("classpath:db/migration").target("1").loggers("slf4j").load().migrate();
        try (Connection c = connect()) {
            Handle h = Jdbi.create(c).open();
            FirstSchemaLibrary.insert(h, synthesized);
            FirstSchemaLibrary.insert(h, awkward);
        }

        try (Library library = Library.open(dir, new JsonSnapshotCodec())) {
            assertThat(library.posts().findByReference(synthesized.reference()).orElseThrow().post()).isEqualTo(synthesized);
            assertThat(library.posts().findByReference(awkward.reference()).orElseThrow().post()).isEqualTo(awkward);
            assertThat(library.sentenceStats().load()).isEmpty();
            assertThat(library.queue().page(QueueFilter.ALL, new QueueSort(QueueSort.Column.QUALITY, true), 0, 10).rows())
                    .extracting(PostSummary::reference).containsExactlyInAnyOrder(synthesized.reference(), awkward.reference());
            // The stack-or-tool filter and the suggestions read the entries the migration moved.
            QueueFilter byTool = new QueueFilter(false, null, null, null, "TOOL \"Ä\"", null, null);
            assertThat(library.queue().page(byTool, QueueSort.PRIORITY, 0, 10).rows())
                    .extracting(PostSummary::reference).containsExactly(awkward.reference());
            assertThat(library.posts().distinctItems("tools", 50)).contains("tool \"ä\"", synthesized.meta().tools().get(0));
            // V17 hands ids out in larger blocks; a post added after it still gets an id of its own, after the others.
            long highest = Math.max(library.posts().findByReference(synthesized.reference()).orElseThrow().id(),
                    library.posts().findByReference(awkward.reference()).orElseThrow().id());
            Post third = synth.post(2);
            library.posts().importPosts(List.of(third), false);
            assertThat(library.posts().findByReference(third.reference()).orElseThrow().id()).isGreaterThan(highest);
        }
        try (Connection c = connect(); var st = c.createStatement(); var rs = st.executeQuery(
                "SELECT TABLE_NAME, IDENTITY_CACHE FROM INFORMATION_SCHEMA.COLUMNS WHERE IS_IDENTITY = 'YES' ORDER BY 1")) {
            List<String> caches = new java.util.ArrayList<>();
            while (rs.next()) caches.add(rs.getString(1).toLowerCase(java.util.Locale.ROOT) + " " + rs.getLong(2));
            assertThat(caches).containsExactly("finding 1000", "post 1000", "post_comment 1000", "revision 1000");
        }
        try (Connection c = connect(); var st = c.createStatement();
             var rs = st.executeQuery("SELECT INDEX_NAME FROM INFORMATION_SCHEMA.INDEXES WHERE TABLE_NAME = 'POST'")) {
            List<String> indexes = new java.util.ArrayList<>();
            while (rs.next()) indexes.add(rs.getString(1).toLowerCase(java.util.Locale.ROOT));
            assertThat(indexes).contains("post_sort_quality", "post_change_seq")
                    .doesNotContain("post_sort_cover", "post_quality", "post_assignee");
        }
        // V18: every sorted column's index also holds the queue filter's columns, behind the column and reference.
        try (Connection c = connect(); var st = c.createStatement(); var rs = st.executeQuery(
                "SELECT INDEX_NAME, LISTAGG(COLUMN_NAME, ',') WITHIN GROUP (ORDER BY ORDINAL_POSITION) "
                        + "FROM INFORMATION_SCHEMA.INDEX_COLUMNS WHERE TABLE_NAME = 'POST' GROUP BY INDEX_NAME")) {
            java.util.Map<String, String> columns = new java.util.HashMap<>();
            while (rs.next()) columns.put(rs.getString(1).toLowerCase(java.util.Locale.ROOT), rs.getString(2));
            assertThat(columns).containsEntry("post_sort_quality", "IN_TRASH,QUALITY,REFERENCE,NEEDS_REVIEW,FRESHNESS_KEY")
                    .containsEntry("post_title", "IN_TRASH,TITLE_KEY,REFERENCE,NEEDS_REVIEW,FRESHNESS_KEY")
                    .containsEntry("post_stale", "IN_TRASH,FRESHNESS_KEY,REFERENCE,NEEDS_REVIEW");
        }
        // The backup is the library as it was: a database file that opens, with the first schema and both posts.
        Path backup;
        try (Stream<Path> backups = Files.list(dir.resolve("backups"))) {
            List<Path> files = backups.toList();
            assertThat(files).hasSize(1);
            backup = files.get(0);
        }
        assertThat(backup.getFileName().toString()).startsWith("library-").endsWith("-before-V2.mv.db");
        String name = backup.toString().substring(0, backup.toString().length() - ".mv.db".length());
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + name + ";IFEXISTS=TRUE", "sa", "");
             var st = c.createStatement();
             var rs = st.executeQuery("SELECT COUNT(*), (SELECT COUNT(*) FROM post_item) FROM post")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(2);
            assertThat(rs.getInt(2)).isPositive();
        }
    }

    @Test
    void aLibraryOpenElsewhereIsNotMigratedUnderTheOtherProgram() throws Exception {
        Flyway.configure().dataSource("jdbc:h2:file:" + dir.resolve(Library.DATABASE), "sa", "")
                .locations("classpath:db/migration").target("3").loggers("slf4j").load().migrate();
        // Another connection holds the database open: the upgrade needs the file to itself, and says so.
        try (Connection other = connect()) {
            assertThatThrownBy(() -> Library.open(dir, new JsonSnapshotCodec()))
                    .isInstanceOf(LibraryException.class)
                    .hasMessageContaining("needs a schema update (to V4)")
                    .hasMessageContaining("close the other Review Desk");
            assertThat(other.isValid(1)).isTrue();
        }
        try (Library library = Library.open(dir, new JsonSnapshotCodec())) {
            assertThat(library.posts().count()).isZero();
        }
        try (Stream<Path> backups = Files.list(dir.resolve("backups"))) {
            assertThat(backups.map(p -> p.getFileName().toString()).toList())
                    .singleElement().asString().endsWith("-before-V4.mv.db");
        }
    }

    @Test
    void whatAnInterruptedUpgradeLeftBesideTheLibraryIsRemovedAndTheUpgradeRunsAgain() throws Exception {
        Flyway.configure().dataSource("jdbc:h2:file:" + dir.resolve(Library.DATABASE), "sa", "")
                .locations("classpath:db/migration").target("3").loggers("slf4j").load().migrate();
        // A process killed while it migrated the copy leaves the copy, half-migrated, beside an untouched library.
        Files.copy(dir.resolve("library.mv.db"), dir.resolve("library.upgrading.mv.db"));
        Files.writeString(dir.resolve("library.creating-1.mv.db"), "half a new library");
        List<String> notices = new java.util.ArrayList<>();
        try (Library library = Library.open(new org.reviewdesk.model.library.LibraryAddress.Folder(dir.toString()), null,
                new JsonSnapshotCodec(), notices::add)) {
            assertThat(library.posts().count()).isZero();
        }
        assertThat(notices).as("said before the upgrade, which takes long on a large library")
                .containsExactly("upgrading the library to this version of Review Desk (a copy of it as it was goes to "
                        + dir.resolve("backups") + ")");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("upgrading") || n.contains("creating"));
        }
    }

    @Test
    void aLibraryHalfBuiltByAnEarlierBuildSaysSoAndWhereItsCopyIs() throws Exception {
        // What an earlier build, which migrated the library in place, left when it was killed during V1.
        Flyway.configure().dataSource("jdbc:h2:file:" + dir.resolve(Library.DATABASE), "sa", "")
                .locations("classpath:db/migration").target("1").loggers("slf4j").load().migrate();
        try (Connection c = connect(); var st = c.createStatement()) {
            st.execute("UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"version\" = '1'");
        }
        assertThatThrownBy(() -> Library.open(dir, new JsonSnapshotCodec()))
                .isInstanceOf(LibraryException.class)
                .hasMessageContaining("half-built by a schema update that did not finish")
                .hasMessageContaining("V1__library.sql")
                .hasMessageContaining(dir.resolve("backups").toString())
                .hasMessageNotContaining("development build");
    }

    /** Lists with what a JSON array must carry intact: quotes, backslashes, line breaks, nulls, empty lists, order. */
    private static Post awkwardLists() {
        Meta meta = Meta.builder()
                .reference("awkward-1")
                .stack(List.of("b", "a", "a"))
                .tools(List.of("tool \"ä\"", "back\\slash", "line\nbreak"))
                .checklist(List.of())
                .notes(List.of("ünïcödé ✓", ""))
                .entities(List.of(new Entity("x", null), new Entity(null, "area"), new Entity("\"q\"", "t")))
                .imageSources(List.of(new ImageSource("unsplash", "https://example.invalid/a?b=1&c=2", null)))
                .build();
        return new Post("Awkward lists", "A body.\n", meta);
    }

    @Test
    void anUpToDateLibraryOpensWithoutMigratingAndAChangedScriptIsRefusedWithItsBackups() throws Exception {
        Library.open(dir, new JsonSnapshotCodec()).close();
        try (Connection c = connect()) {
            assertThat(LibraryMigrator.Schema.of(c).state()).isEqualTo(LibraryMigrator.Schema.State.CURRENT);
            try (var st = c.createStatement()) {
                st.execute("UPDATE \"flyway_schema_history\" SET \"checksum\" = \"checksum\" + 1 WHERE \"version\" = '1'");
            }
            assertThat(LibraryMigrator.Schema.of(c).state()).isEqualTo(LibraryMigrator.Schema.State.CHANGED);
        }
        assertThatThrownBy(() -> Library.open(dir, new JsonSnapshotCodec()))
                .isInstanceOf(LibraryException.class)
                .hasMessageContaining("does not recognise")
                .hasMessageContaining(dir.resolve("backups").toString());
    }
}
