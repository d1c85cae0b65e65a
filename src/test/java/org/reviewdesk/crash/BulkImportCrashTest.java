package org.reviewdesk.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reviewdesk.formats.Format;
import org.reviewdesk.formats.registry.Formats;
import org.reviewdesk.model.library.QueueFilter;
import org.reviewdesk.model.library.QueueSort;
import org.reviewdesk.service.Desk;
import org.reviewdesk.service.FileOutcome;
import org.reviewdesk.service.ImportListener;
import org.reviewdesk.service.ImportOptions;
import org.reviewdesk.service.ImportReport;
import org.reviewdesk.store.PostRepository;
import org.reviewdesk.synth.PostSynthesizer;

/**
 * A large import leaves some of the library's indexes out while it runs (decisions 0021, 0022). Killed in its middle with SIGKILL,
 * it leaves a library without them; opened again, the library has them back, sorts as before, and the same import
 * run again finishes with nothing failed.
 */
class BulkImportCrashTest {
    /** The indexes a large import drops, as H2 names them. */
    private static final List<String> SORT_INDEXES = List.of("post_queue", "post_title", "post_tag_key", "post_stale", "post_reading_ease", "post_sort_status",
            "post_sort_version", "post_sort_quality", "post_sort_last_reviewed", "post_sort_view_count",
            "post_sort_findings", "post_sort_assignee", "post_sort_open_comments");

    @TempDir
    Path work;

    @Test
    void aLargeImportKilledInItsMiddleLeavesALibraryThatOpensWithItsDeferredIndexes() throws Exception {
        Path files = Files.createDirectories(work.resolve("files"));
        var writer = Formats.writer(Format.ALPHANODE);
        PostSynthesizer synth = new PostSynthesizer(5);
        int count = PostRepository.BULK_FILES + 100;
        for (int i = 1; i <= count; i++) {
            Files.writeString(files.resolve(String.format("post-%04d.txt", i)), writer.write(synth.post(i)), StandardCharsets.UTF_8);
        }
        for (int round = 0; round < 2; round++) {
            Path library = work.resolve("library-" + round);
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                    "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), CrashChild.class.getName(),
                    "import-acks", library.toString(), files.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String killedAt = waitForAck(child, 2 + round * 2);
            child.destroyForcibly(); // SIGKILL
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();

            assertThat(sortIndexes(library)).as("killed at %s, in the middle of the import", killedAt).isEmpty();
            int before;
            try (Desk desk = Desk.open(library)) {
                before = desk.library().posts().count();
            }
            assertThat(before).isBetween(1, count - 1);
            assertThat(sortIndexes(library)).as("the library opened again").containsExactlyInAnyOrderElementsOf(SORT_INDEXES);
            try (Desk desk = Desk.open(library)) {
                List<String> finishing = new ArrayList<>();
                ImportReport again = desk.imports().importPaths(List.of(files), ImportOptions.DEFAULT, new ImportListener() {
                    @Override
                    public void fileDone(int done, int total, FileOutcome outcome) {
                        assertThat(finishing).as("told only once every file is in").isEmpty();
                    }

                    @Override
                    public void finishing(String what) {
                        finishing.add(what);
                    }
                });
                assertThat(finishing).containsExactly("building the library's indexes");
                assertThat(again.failed()).isEmpty();
                assertThat(again.imported()).isEqualTo(count - before);
                var page = desk.queue().page(QueueFilter.ALL, new QueueSort(QueueSort.Column.QUALITY, false), 0, 50);
                assertThat(page.rows()).hasSize(50);
            }
            assertThat(sortIndexes(library)).as("after the import run again").containsExactlyInAnyOrderElementsOf(SORT_INDEXES);
        }
    }

    /** Reads the child's lines until its {@code n}th "ack"; returns that line. */
    private static String waitForAck(Process child, int n) throws Exception {
        BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        int acks = 0;
        for (String line; (line = lines.readLine()) != null; ) {
            if (line.startsWith("ack ") && ++acks == n) {
                assertThat(line).as("the import was still running").isNotEqualTo("ack done");
                return line;
            }
        }
        throw new AssertionError("the import ended before its ack " + n);
    }

    /** Which of those indexes the library's file holds, read with a plain connection. */
    private static List<String> sortIndexes(Path library) throws Exception {
        List<String> found = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + library.resolve("library") + ";IFEXISTS=TRUE", "sa", "");
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT INDEX_NAME FROM INFORMATION_SCHEMA.INDEXES WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME IN ('POST', 'POST_TAG')")) {
            while (rs.next()) {
                String name = rs.getString(1).toLowerCase(Locale.ROOT);
                if (SORT_INDEXES.contains(name)) found.add(name);
            }
        }
        return found;
    }
}
