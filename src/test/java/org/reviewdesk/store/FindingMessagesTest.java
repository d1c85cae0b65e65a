package org.reviewdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reviewdesk.model.library.StoredFinding;
import org.reviewdesk.service.JsonSnapshotCodec;
import org.reviewdesk.synth.PostSynthesizer;
import org.reviewdesk.testing.TestLibraries;

/** A finding's message is kept once per library, and every finding still reads its own words. */
class FindingMessagesTest {
    private static final String BOILERPLATE = "This sentence reads like boilerplate: say what this post adds, or cut it.";

    @TempDir
    Path dir;
    private final PostSynthesizer synth = new PostSynthesizer(23);

    private Library open() throws Exception {
        return Library.open(TestLibraries.address(dir), dir.resolve("local"), new JsonSnapshotCodec());
    }

    private static long post(Library library, PostSynthesizer synth, int n) {
        library.posts().importPost(synth.post(n), false);
        return library.posts().findByReference(synth.post(n).reference()).orElseThrow().id();
    }

    private static StoredFinding finding(String check, String message, int line) {
        return new StoredFinding(0, check, "warning", message, line, 0, 5, null, null);
    }

    private static long rows(Library library) {
        return library.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM finding_message").mapTo(Long.class).one());
    }

    @Test
    void theSameMessageOnManyPostsIsKeptOnceAndEachPostReadsItsOwnFindings() throws Exception {
        try (Library library = open()) {
            long a = post(library, synth, 1);
            long b = post(library, synth, 2);
            library.findings().replace(a, List.of(finding("boilerplate-sentence", BOILERPLATE, 3),
                    finding("spelling", "\"recieve\" is not in the dictionary.", 5)));
            library.findings().replace(b, List.of(finding("boilerplate-sentence", BOILERPLATE, 7)));

            assertThat(rows(library)).isEqualTo(2);
            assertThat(library.findings().list(a)).extracting(StoredFinding::message)
                    .containsExactly(BOILERPLATE, "\"recieve\" is not in the dictionary.");
            assertThat(library.findings().list(b)).extracting(StoredFinding::message, StoredFinding::line)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(BOILERPLATE, 7));
            assertThat(library.spelling().postsWithMisspelling(List.of("Recieve"))).containsExactly(a);
        }
    }

    @Test
    void aMessageWhoseDigestHoldsAnotherTextTakesTheNextIdAndReadsBackItsOwnWords() throws Exception {
        try (Library library = open()) {
            long a = post(library, synth, 1);
            long digest = FindingMessages.digest(BOILERPLATE);
            library.jdbi().useHandle(h -> h.execute("INSERT INTO finding_message (id, message) VALUES (?, ?)",
                    digest, "another message that happens to have the same digest"));

            library.findings().replace(a, List.of(finding("boilerplate-sentence", BOILERPLATE, 3)));
            library.findings().replace(a, List.of(finding("boilerplate-sentence", BOILERPLATE, 4)));

            assertThat(library.findings().list(a)).extracting(StoredFinding::message).containsExactly(BOILERPLATE);
            long stored = library.jdbi().withHandle(h -> h.createQuery("SELECT message_id FROM finding WHERE post_id = ?")
                    .bind(0, a).mapTo(Long.class).one());
            assertThat(stored).isEqualTo(digest + 1);
            assertThat(rows(library)).isEqualTo(2);
        }
    }

    @Test
    void messagesNoFindingUsesAreGoneAfterTheLastCloseCompacts() throws Exception {
        assumeFalse(TestLibraries.onServer(), "a team library is not compacted by one program");
        long a;
        try (Library library = open()) {
            a = post(library, synth, 1);
            for (int round = 0; round < 5; round++) {
                library.findings().replace(a, List.of(finding("stale-review", "Last reviewed " + round + " days ago.", 0)));
            }
            assertThat(rows(library)).isEqualTo(5);
        }
        try (Library library = open()) {
            assertThat(rows(library)).isEqualTo(1);
            assertThat(library.findings().list(a)).extracting(StoredFinding::message).containsExactly("Last reviewed 4 days ago.");
        }
    }

    @Test
    void findingsOfALibraryBeforeV15KeepTheirMessagesAndShareThemWithNewFindings() throws Exception {
        assumeFalse(TestLibraries.onServer(), "the folder library's upgrade");
        String url = FirstSchemaLibrary.upgradedTo(dir, List.of(synth.post(1), synth.post(2)), "14");
        try (Connection c = DriverManager.getConnection(url, "sa", ""); var st = c.createStatement()) {
            st.execute("INSERT INTO finding (post_id, check_id, severity, message, line, start_pos, end_pos) "
                    + "SELECT id, 'boilerplate-sentence', 'warning', '" + BOILERPLATE + "', 2, 0, 5 FROM post");
            st.execute("INSERT INTO finding (post_id, check_id, severity, message, line, start_pos, end_pos) "
                    + "SELECT id, 'spelling', 'warning', 'Zürich ünd “quotes”', 3, 0, 5 FROM post");
        }
        try (Library library = Library.open(dir, new JsonSnapshotCodec())) {
            long a = library.posts().findByReference(synth.post(1).reference()).orElseThrow().id();
            assertThat(library.findings().list(a)).extracting(StoredFinding::message)
                    .containsExactly(BOILERPLATE, "Zürich ünd “quotes”");
            assertThat(rows(library)).isEqualTo(2);

            library.findings().replace(a, List.of(finding("boilerplate-sentence", BOILERPLATE, 9),
                    finding("spelling", "Zürich ünd “quotes”", 10)));
            assertThat(rows(library)).as("the migration's ids are the store's digests").isEqualTo(2);
        }
    }

    @Test
    void thePostgreSqlMigrationGivesEachMessageTheIdTheStoreComputes() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(TestLibraries.onServer(), "needs the test server");
        PostgreSqlScripts.run("V15__finding_messages.sql", st -> {
            st.execute("CREATE TABLE finding (id BIGINT, post_id BIGINT, message VARCHAR(8000) COLLATE \"C\" NOT NULL)");
            st.execute("INSERT INTO finding VALUES (1, 1, '" + BOILERPLATE + "'), (2, 1, 'Zürich ünd “quotes”'), "
                    + "(3, 2, '" + BOILERPLATE + "')");
        }, st -> {
            try (var rs = st.executeQuery("SELECT f.message_id, m.message FROM finding f "
                    + "JOIN finding_message m ON m.id = f.message_id ORDER BY f.id")) {
                List<Long> ids = new java.util.ArrayList<>();
                while (rs.next()) ids.add(rs.getLong(1));
                assertThat(ids).containsExactly(FindingMessages.digest(BOILERPLATE),
                        FindingMessages.digest("Zürich ünd “quotes”"), FindingMessages.digest(BOILERPLATE));
            }
        });
    }
}
