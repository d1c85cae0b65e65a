package org.reviewdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reviewdesk.model.library.StoredFinding;
import org.reviewdesk.service.JsonSnapshotCodec;
import org.reviewdesk.synth.PostSynthesizer;
import org.reviewdesk.testing.TestLibraries;

/**
 * The checks each post has open findings of (V16), which the queue's counts per check read: right after the upgrade
 * of a library that has findings and dismissals, and as findings are written after it.
 */
class PostOpenChecksTest {
    @TempDir
    Path dir;
    private final PostSynthesizer synth = new PostSynthesizer(23);

    private static StoredFinding finding(String check, String message, int line) {
        return new StoredFinding(0, check, "warning", message, line, 0, 5, null, null);
    }

    @Test
    void aLibraryBeforeV16CountsItsOpenFindingsPerCheckAsItDidAndKeepsCountingAfterwards() throws Exception {
        assumeFalse(TestLibraries.onServer(), "the folder library's upgrade");
        String url = FirstSchemaLibrary.upgradedTo(dir, List.of(synth.post(1), synth.post(2)), "15");
        try (Connection c = DriverManager.getConnection(url, "sa", ""); var st = c.createStatement()) {
            st.execute("INSERT INTO finding_message (id, message) VALUES (1, 'a word not in the dictionary')");
            st.execute("INSERT INTO finding (post_id, check_id, severity, message_id, line, start_pos, end_pos) "
                    + "SELECT id, 'spelling', 'warning', 1, 3, 0, 5 FROM post");
            st.execute("INSERT INTO finding (post_id, check_id, severity, message_id, line, start_pos, end_pos) "
                    + "SELECT id, 'scrape-debris', 'warning', 1, 4, 0, 5 FROM post");
            st.execute("INSERT INTO finding_dismissal (post_id, check_id, anchor, reason) "
                    + "SELECT MIN(id), 'scrape-debris', 'line:4', 'kept on purpose' FROM post");
        }
        try (Library library = Library.open(dir, new JsonSnapshotCodec())) {
            var all = org.reviewdesk.model.library.QueueFilter.ALL;
            assertThat(library.queue().findingCounts(all)).as("the dismissed finding does not count")
                    .containsExactly(java.util.Map.entry("spelling", 2), java.util.Map.entry("scrape-debris", 1));
            long b = library.posts().findByReference(synth.post(2).reference()).orElseThrow().id();
            library.findings().replace(b, List.of(finding("spelling", "a word not in the dictionary", 3)));
            assertThat(library.queue().findingCounts(all)).containsExactly(java.util.Map.entry("spelling", 2));
        }
    }

    @Test
    void thePostgreSqlMigrationKeepsTheOpenChecksOfEachPost() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(TestLibraries.onServer(), "needs the test server");
        PostgreSqlScripts.run("V16__post_open_checks.sql", st -> {
            st.execute("CREATE TABLE post (id BIGINT PRIMARY KEY)");
            st.execute("CREATE TABLE finding (id BIGINT, post_id BIGINT, check_id VARCHAR(200) COLLATE \"C\", "
                    + "line INT, field VARCHAR(400))");
            st.execute("CREATE TABLE finding_dismissal (post_id BIGINT, check_id VARCHAR(200), anchor VARCHAR(400))");
            st.execute("INSERT INTO post VALUES (1), (2), (3)");
            st.execute("INSERT INTO finding VALUES (1, 1, 'spelling', 3, NULL), (2, 1, 'spelling', 5, NULL), "
                    + "(3, 1, 'scrape-debris', 4, NULL), (4, 2, 'scrape-debris', 4, NULL), (5, 2, 'stale-review', 0, 'revision')");
            st.execute("INSERT INTO finding_dismissal VALUES (2, 'scrape-debris', 'line:4'), (2, 'stale-review', 'field:revision')");
        }, st -> {
            Map<Long, String> rows = new java.util.TreeMap<>();
            try (var rs = st.executeQuery("SELECT post_id, check_ids FROM post_open_checks")) {
                while (rs.next()) rows.put(rs.getLong(1), rs.getString(2));
            }
            assertThat(rows).as("post 2's findings are all dismissed; post 3 has none").containsExactly(
                    Map.entry(1L, "scrape-debris,spelling"));
        });
    }
}
